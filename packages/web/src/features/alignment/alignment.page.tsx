import {
  Accordion,
  Badge,
  Grid,
  Group,
  List,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { lazy, Suspense, useMemo } from "react";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { PageSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { organizationDocumentQuery } from "../frameworks/frameworks.queries.js";
import { kpisQuery } from "../kpis/kpis.queries.js";
import { rolesQuery } from "../roles/roles.queries.js";
import { type AlignmentMode, type AlignmentNode, buildAlignment } from "./alignment.model.js";

const AlignmentGraph = lazy(() => import("./alignment.graph.js").then((m) => ({ default: m.AlignmentGraph })));

const route = getRouteApi("/app/alignment");

function NodeLink({
  node,
  kpiIds,
  roleIds,
}: {
  node: AlignmentNode;
  kpiIds: Map<string, string>;
  roleIds: Map<string, string>;
}) {
  if (node.kind === "kpi") {
    const id = kpiIds.get(node.key);
    if (id)
      return (
        <RouterAnchor to="/kpis/$kpiId" params={{ kpiId: id }} size="sm">
          {node.label}
        </RouterAnchor>
      );
  }
  if (node.kind === "role") {
    const id = roleIds.get(node.key);
    if (id)
      return (
        <RouterAnchor to="/roles/$roleId" params={{ roleId: id }} size="sm">
          {node.label}
        </RouterAnchor>
      );
  }
  if (node.kind === "objective")
    return (
      <RouterAnchor to="/strategy" size="sm">
        {node.label}
      </RouterAnchor>
    );
  return (
    <Text span size="sm">
      {node.label}
    </Text>
  );
}

function GapList({
  title,
  nodes,
  empty,
  kpiIds,
  roleIds,
}: {
  title: string;
  nodes: AlignmentNode[];
  empty: string;
  kpiIds: Map<string, string>;
  roleIds: Map<string, string>;
}) {
  const id = `gap-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id={id}>
          {title}
        </Title>
        <Badge color={nodes.length ? "red" : "green"} variant={nodes.length ? "filled" : "light"}>
          {nodes.length}
        </Badge>
      </Group>
      {nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {nodes.map((n) => (
            <List.Item key={n.id}>
              <NodeLink node={n} kpiIds={kpiIds} roleIds={roleIds} />
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

/** Which objectives the roles' KPIs serve, and where the gaps are. */
export function AlignmentPage() {
  const { drafts } = route.useSearch();
  const mode: AlignmentMode = drafts ? "drafts" : "published";
  const navigate = useNavigate();
  const doc = useQuery(organizationDocumentQuery);
  const kpis = useQuery(kpisQuery({ includeArchived: true }));
  const roles = useQuery(rolesQuery());
  const alignment = useMemo(() => (doc.data ? buildAlignment(doc.data, mode) : undefined), [doc.data, mode]);
  const kpiIds = useMemo(() => new Map((kpis.data ?? []).map((k) => [k.key, k.id])), [kpis.data]);
  const roleIds = useMemo(() => new Map((roles.data ?? []).map((r) => [r.key, r.id])), [roles.data]);
  const names = useMemo(() => new Map((alignment?.nodes ?? []).map((n) => [n.id, n.label])), [alignment]);

  const header = (
    <PageHeader
      title="Alignment"
      description="Objectives → KPIs → roles: which objectives the roles' KPIs serve, and where the gaps are."
      actions={
        <SegmentedControl
          aria-label="Frameworks shown"
          value={mode}
          onChange={(value) =>
            navigate({ to: "/alignment", search: { drafts: value === "drafts" ? true : undefined } })
          }
          data={[
            { value: "published", label: "Published" },
            { value: "drafts", label: "Including drafts" },
          ]}
        />
      }
    />
  );

  if (doc.isError) {
    return (
      <>
        {header}
        <ErrorAlert error={doc.error} title="Could not load the framework" onRetry={() => doc.refetch()} />
      </>
    );
  }
  if (!alignment) return <PageSkeleton />;

  const open = (node: AlignmentNode) => {
    if (node.kind === "kpi") {
      const id = kpiIds.get(node.key);
      if (id) void navigate({ to: "/kpis/$kpiId", params: { kpiId: id } });
    } else if (node.kind === "role") {
      const id = roleIds.get(node.key);
      if (id) void navigate({ to: "/roles/$roleId", params: { roleId: id } });
    } else {
      void navigate({ to: "/strategy" });
    }
  };

  if (alignment.nodes.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title="Nothing to map yet"
          description="Add objectives, KPIs and roles (or adopt the starter library), then link KPIs to objectives in the roles' frameworks."
        />
      </>
    );
  }

  return (
    <>
      {header}
      <Text size="sm" c="dimmed" mb="sm">
        {mode === "published"
          ? "Each role's latest published framework; a role without one shows its draft (dashed)."
          : "Each role's draft where one exists (dashed), else its published framework."}{" "}
        Gaps are red. Click a node or press Enter on it to open it.
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper
            withBorder
            radius="md"
            h={640}
            style={{ overflow: "hidden" }}
            component="section"
            aria-label="Alignment map"
          >
            <Group
              gap="md"
              px="sm"
              py={6}
              style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
              aria-hidden
            >
              <Text size="xs" fw={600} c="var(--mantine-color-teal-light-color)">
                Objectives
              </Text>
              <Text size="xs">→</Text>
              <Text size="xs" fw={600} c="blue.8">
                KPIs
              </Text>
              <Text size="xs">→</Text>
              <Text size="xs" fw={600} c="grape.8">
                Roles
              </Text>
            </Group>
            <div style={{ height: "calc(100% - 32px)" }}>
              <Suspense fallback={<Skeleton h="100%" aria-label="Loading the map" />}>
                <AlignmentGraph alignment={alignment} onOpen={open} />
              </Suspense>
            </div>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <GapList
              title="Uncovered objectives"
              nodes={alignment.uncoveredObjectives}
              empty="Every objective is served by at least one role's KPI."
              kpiIds={kpiIds}
              roleIds={roleIds}
            />
            <GapList
              title="Unused KPIs"
              nodes={alignment.unusedKpis}
              empty="Every KPI is used by a framework."
              kpiIds={kpiIds}
              roleIds={roleIds}
            />
            <GapList
              title="Roles without a framework"
              nodes={alignment.rolesWithoutFramework}
              empty="Every role has a framework."
              kpiIds={kpiIds}
              roleIds={roleIds}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      <Paper withBorder radius="md" mt="md" component="section" aria-labelledby="alignment-list-heading">
        <Accordion>
          <Accordion.Item value="list">
            <Accordion.Control>
              <Title order={2} size="h5" id="alignment-list-heading">
                The map as a list
              </Title>
            </Accordion.Control>
            <Accordion.Panel>
              <List size="sm" spacing="xs">
                {alignment.nodes
                  .filter((n) => n.kind === "objective")
                  .map((objective) => {
                    const kpisOf = alignment.paths.get(objective.key);
                    return (
                      <List.Item key={objective.id}>
                        <Text span fw={600} size="sm">
                          {objective.label}
                        </Text>
                        {!kpisOf ? (
                          <Text span size="sm" c={objective.gap ? "var(--mantine-color-red-light-color)" : "dimmed"}>
                            {objective.gap ? " — no KPI serves it" : " — served through its sub-objectives"}
                          </Text>
                        ) : (
                          <List size="sm" withPadding>
                            {[...kpisOf].map(([kpi, roleKeys]) => (
                              <List.Item key={kpi}>
                                {names.get(`kpi:${kpi}`) ?? kpi} →{" "}
                                {[...new Set(roleKeys)].map((r) => names.get(`role:${r}`) ?? r).join(", ")}
                              </List.Item>
                            ))}
                          </List>
                        )}
                      </List.Item>
                    );
                  })}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Paper>
    </>
  );
}
