import ELK, { type ElkNode } from "elkjs/lib/elk-api.js";
import elkWorkerUrl from "elkjs/lib/elk-worker.min.js?url";
import type { AlignmentEdge, AlignmentNode } from "./alignment.model.js";

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 56;

const LAYER: Record<AlignmentNode["kind"], number> = { objective: 0, kpi: 1, role: 2 };

let elk: InstanceType<typeof ELK> | undefined;

/**
 * Positions the nodes in three columns (objectives, KPIs, roles) with ELK's layered algorithm,
 * which orders each column to cross as few edges as it can. Partitions keep unlinked nodes
 * (the gaps) in their own column instead of a separate cluster.
 */
export async function layoutAlignment(
  nodes: AlignmentNode[],
  edges: AlignmentEdge[],
): Promise<Map<string, { x: number; y: number }>> {
  // The layout engine is large and CPU-heavy: it runs in a worker, off the page's main thread.
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.partitioning.activate": "true",
      "elk.separateConnectedComponents": "false",
      "elk.layered.spacing.nodeNodeBetweenLayers": "140",
      "elk.spacing.nodeNode": "16",
      "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
    },
    children: nodes.map((n) => ({
      id: n.id,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      layoutOptions: { "elk.partitioning.partition": String(LAYER[n.kind]) },
    })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const laid = await elk.layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const child of laid.children ?? []) positions.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return positions;
}
