import type { FrameworkDocument, RoleFramework } from "@yardstick/core";

export type AlignmentMode = "published" | "drafts";

export interface AlignmentNode {
  id: string;
  kind: "objective" | "kpi" | "role";
  key: string;
  label: string;
  /** Objectives no KPI serves; KPIs no framework uses; roles without a framework. */
  gap: boolean;
  /** The role's framework shown is a draft (no published version, or drafts mode). */
  draft?: boolean;
}

export interface AlignmentEdge {
  id: string;
  source: string;
  target: string;
  draft: boolean;
}

export interface Alignment {
  nodes: AlignmentNode[];
  edges: AlignmentEdge[];
  uncoveredObjectives: AlignmentNode[];
  unusedKpis: AlignmentNode[];
  rolesWithoutFramework: AlignmentNode[];
  /** Objective key → KPI key → role keys, for the text version of the map. */
  paths: Map<string, Map<string, string[]>>;
}

const nodeId = (kind: AlignmentNode["kind"], key: string) => `${kind}:${key}`;

/**
 * The framework each role is measured by in this view: the latest published version (a role
 * without one shows its draft), or with `drafts` the draft where one exists.
 */
export function currentFrameworks(doc: FrameworkDocument, mode: AlignmentMode): Map<string, RoleFramework> {
  const byRole = new Map<string, { published?: RoleFramework; draft?: RoleFramework }>();
  for (const framework of doc.frameworks) {
    const entry = byRole.get(framework.role) ?? {};
    const slot = framework.status === "published" ? "published" : "draft";
    const existing = entry[slot];
    if (!existing || (framework.version ?? 0) > (existing.version ?? 0)) entry[slot] = framework;
    byRole.set(framework.role, entry);
  }
  const chosen = new Map<string, RoleFramework>();
  for (const [role, { published, draft }] of byRole) {
    const framework = mode === "drafts" ? (draft ?? published) : (published ?? draft);
    if (framework) chosen.set(role, framework);
  }
  return chosen;
}

/**
 * The alignment map as a layered graph: objectives → KPIs (an assignment links the KPI to the
 * objective) → roles (the role's framework uses the KPI). Gaps follow the organization lint
 * rules: an objective counts as covered when it or one of its sub-objectives is served; a KPI
 * is unused when no shown framework assigns it. Archived records appear only where still linked.
 */
export function buildAlignment(doc: FrameworkDocument, mode: AlignmentMode): Alignment {
  const frameworks = currentFrameworks(doc, mode);
  const objectiveByKey = new Map(doc.objectives.map((o) => [o.key, o]));
  const edges = new Map<string, AlignmentEdge>();
  const paths = new Map<string, Map<string, string[]>>();
  const usedKpis = new Set<string>();
  const linkedObjectives = new Set<string>();
  const covered = new Set<string>();

  for (const [role, framework] of frameworks) {
    const draft = framework.status === "draft";
    for (const assignment of framework.assignments) {
      usedKpis.add(assignment.kpi);
      const toRole = `${nodeId("kpi", assignment.kpi)}->${nodeId("role", role)}`;
      if (!edges.has(toRole))
        edges.set(toRole, { id: toRole, source: nodeId("kpi", assignment.kpi), target: nodeId("role", role), draft });
      for (const objective of assignment.objectives) {
        linkedObjectives.add(objective);
        const fromObjective = `${nodeId("objective", objective)}->${nodeId("kpi", assignment.kpi)}`;
        const existing = edges.get(fromObjective);
        // An objective → KPI link is solid as soon as one published framework makes it.
        if (!existing)
          edges.set(fromObjective, {
            id: fromObjective,
            source: nodeId("objective", objective),
            target: nodeId("kpi", assignment.kpi),
            draft,
          });
        else if (!draft) existing.draft = false;
        const kpis = paths.get(objective) ?? new Map<string, string[]>();
        kpis.set(assignment.kpi, [...(kpis.get(assignment.kpi) ?? []), role]);
        paths.set(objective, kpis);
        let current: string | undefined = objective;
        while (current !== undefined && !covered.has(current)) {
          covered.add(current);
          current = objectiveByKey.get(current)?.parent;
        }
      }
    }
  }

  const objectives: AlignmentNode[] = doc.objectives
    .filter((o) => !o.archived || linkedObjectives.has(o.key))
    .map((o) => ({
      id: nodeId("objective", o.key),
      kind: "objective",
      key: o.key,
      label: o.title,
      gap: !o.archived && !covered.has(o.key),
    }));
  const kpis: AlignmentNode[] = doc.kpis
    .filter((k) => !k.archived || usedKpis.has(k.key))
    .map((k) => ({ id: nodeId("kpi", k.key), kind: "kpi", key: k.key, label: k.name, gap: !usedKpis.has(k.key) }));
  const roles: AlignmentNode[] = doc.roles.map((r) => {
    const framework = frameworks.get(r.key);
    return {
      id: nodeId("role", r.key),
      kind: "role",
      key: r.key,
      label: r.title,
      gap: !framework,
      draft: framework?.status === "draft",
    };
  });
  const nodes = [...objectives, ...kpis, ...roles];
  const known = new Set(nodes.map((n) => n.id));
  return {
    nodes,
    // A link to a key that no longer exists has no node to draw; lint reports it elsewhere.
    edges: [...edges.values()].filter((e) => known.has(e.source) && known.has(e.target)),
    uncoveredObjectives: objectives.filter((o) => o.gap),
    unusedKpis: kpis.filter((k) => k.gap),
    rolesWithoutFramework: roles.filter((r) => r.gap),
    paths,
  };
}
