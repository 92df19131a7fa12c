import "@xyflow/react/dist/style.css";
import { Badge, Loader, Text } from "@mantine/core";
import {
  Background,
  Controls,
  type Edge,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from "@xyflow/react";
import { useEffect, useMemo, useState } from "react";
import { errorMessage } from "../../api/api-error.js";
import { layoutAlignment, NODE_HEIGHT, NODE_WIDTH } from "./alignment.layout.js";
import type { Alignment, AlignmentNode } from "./alignment.model.js";

type MapNode = Node<{ node: AlignmentNode }, "alignment">;

const KIND_COLOR: Record<AlignmentNode["kind"], string> = { objective: "teal", kpi: "blue", role: "grape" };
const KIND_LABEL: Record<AlignmentNode["kind"], string> = { objective: "Objective", kpi: "KPI", role: "Role" };
const GAP_LABEL: Record<AlignmentNode["kind"], string> = {
  objective: "Uncovered",
  kpi: "Unused",
  role: "No framework",
};

function AlignmentNodeView({ data }: NodeProps<MapNode>) {
  const { node } = data;
  const color = node.gap ? "red" : KIND_COLOR[node.kind];
  return (
    <div
      style={{
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        padding: "6px 10px",
        borderRadius: 8,
        border: `${node.gap ? 2 : 1}px ${node.draft ? "dashed" : "solid"} var(--mantine-color-${color}-${node.gap ? 6 : 4})`,
        background: node.gap ? "var(--mantine-color-red-0)" : "var(--mantine-color-body)",
        cursor: "pointer",
        overflow: "hidden",
      }}
    >
      {node.kind !== "objective" && <Handle type="target" position={Position.Left} isConnectable={false} />}
      <div style={{ display: "flex", gap: 4, alignItems: "center" }}>
        <Badge size="xs" color={KIND_COLOR[node.kind]} variant="light">
          {KIND_LABEL[node.kind]}
        </Badge>
        {node.gap && (
          <Badge size="xs" color="red" variant="filled">
            {GAP_LABEL[node.kind]}
          </Badge>
        )}
        {node.draft && (
          <Badge size="xs" color="yellow" variant="light">
            Draft
          </Badge>
        )}
      </div>
      <Text size="xs" fw={600} lineClamp={1} title={node.label}>
        {node.label}
      </Text>
      {node.kind !== "role" && <Handle type="source" position={Position.Right} isConnectable={false} />}
    </div>
  );
}

const nodeTypes = { alignment: AlignmentNodeView };

interface Props {
  alignment: Alignment;
  onOpen: (node: AlignmentNode) => void;
}

/** The alignment map drawn with ELK positions; loaded lazily with the graph libraries. */
export function AlignmentGraph({ alignment, onOpen }: Props) {
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }> | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    layoutAlignment(alignment.nodes, alignment.edges).then(
      (laid) => !cancelled && setPositions(laid),
      (cause: unknown) => !cancelled && setError(cause),
    );
    return () => {
      cancelled = true;
    };
  }, [alignment]);

  const nodes = useMemo<MapNode[]>(
    () =>
      positions
        ? alignment.nodes.map((node) => ({
            id: node.id,
            type: "alignment",
            position: positions.get(node.id) ?? { x: 0, y: 0 },
            data: { node },
            draggable: false,
            connectable: false,
            ariaLabel: `${KIND_LABEL[node.kind]} ${node.label}${node.gap ? `, ${GAP_LABEL[node.kind].toLowerCase()}` : ""}. Press Enter to open.`,
          }))
        : [],
    [alignment.nodes, positions],
  );
  const edges = useMemo<Edge[]>(
    () =>
      alignment.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
        style: e.draft ? { strokeDasharray: "5 4" } : undefined,
        focusable: false,
      })),
    [alignment.edges],
  );

  if (error) return <Text c="red">Could not lay out the map: {errorMessage(error)}</Text>;
  if (!positions) return <Loader aria-label="Laying out the map" />;

  const byId = new Map(alignment.nodes.map((n) => [n.id, n]));
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      fitView
      minZoom={0.1}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable
      onNodeClick={(_event, node) => {
        const target = byId.get(node.id);
        if (target) onOpen(target);
      }}
      onKeyDown={(event) => {
        // Nodes are focusable; Enter on the focused one opens it like a click.
        if (event.key !== "Enter") return;
        const id = (event.target as HTMLElement).closest("[data-id]")?.getAttribute("data-id");
        const target = id ? byId.get(id) : undefined;
        if (target) onOpen(target);
      }}
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
