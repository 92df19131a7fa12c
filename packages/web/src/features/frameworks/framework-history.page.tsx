import { Badge, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton, PageSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { kpisQuery } from "../kpis/kpis.queries.js";
import { roleQuery } from "../roles/roles.queries.js";
import { objectivesQuery } from "../strategy/objectives.queries.js";
import { diffQuery, versionsQuery } from "./frameworks.queries.js";
import { VersionDiffView } from "./version-diff.view.js";
import { versionLabel } from "./version-label.js";

const route = getRouteApi("/app/roles/$roleId/framework/history");

const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : "—");

/** Every version of a role's framework, and what changed between any two of them. */
export function FrameworkHistoryPage() {
  const { roleId } = route.useParams();
  const role = useQuery(roleQuery(roleId));
  const versions = useQuery(versionsQuery(roleId));
  const kpis = useQuery(kpisQuery({ includeArchived: true }));
  const objectives = useQuery(objectivesQuery(true));
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);

  const list = versions.data ?? [];
  // Defaults: the latest version against the one before it.
  const toVersion = to ?? list.at(-1)?.version ?? null;
  const fromVersion = from ?? list.at(-2)?.version ?? null;
  const canCompare = fromVersion !== null && toVersion !== null && fromVersion !== toVersion;
  const diff = useQuery({ ...diffQuery(roleId, fromVersion ?? 1, toVersion ?? 1), enabled: canCompare });

  const kpiName = useMemo(() => {
    const names = new Map((kpis.data ?? []).map((k) => [k.key, k.name]));
    return (key: string) => names.get(key) ?? key;
  }, [kpis.data]);
  const objectiveName = useMemo(() => {
    const names = new Map((objectives.data ?? []).map((o) => [o.key, o.title]));
    return (key: string) => names.get(key) ?? key;
  }, [objectives.data]);

  const back = (
    <RouterAnchor
      to="/roles/$roleId/framework"
      params={{ roleId }}
      size="sm"
      style={{ display: "inline-flex", gap: 4, alignItems: "center" }}
    >
      <IconArrowLeft size={14} aria-hidden /> Framework
    </RouterAnchor>
  );
  if (role.isError || versions.isError) {
    const failed = role.isError ? role : versions;
    return (
      <>
        <PageHeader title="Version history" above={back} />
        <ErrorAlert error={failed.error} title="Could not load the version history" onRetry={() => failed.refetch()} />
      </>
    );
  }
  if (role.isPending || versions.isPending) return <PageSkeleton />;

  const options = [...list].reverse().map((v) => ({ value: String(v.version), label: versionLabel(v) }));

  return (
    <>
      <PageHeader
        title={`Version history: ${role.data.title}`}
        above={back}
        description="Every version of this role's framework, and what changed."
      />
      {list.length === 0 ? (
        <EmptyState title="No versions yet" description="The first draft of this role's framework will appear here." />
      ) : (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="versions-heading">
            <Title order={2} size="h4" id="versions-heading" mb="sm">
              Versions
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Version</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Effective</Table.Th>
                    <Table.Th scope="col">KPIs</Table.Th>
                    <Table.Th scope="col">Changelog</Table.Th>
                    <Table.Th scope="col">Published</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...list].reverse().map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>
                        <RouterAnchor
                          to="/roles/$roleId/framework"
                          params={{ roleId }}
                          search={{ version: v.version }}
                          size="sm"
                        >
                          Version {v.version}
                        </RouterAnchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={v.status === "published" ? "green" : "yellow"} variant="light">
                          {v.status === "published" ? "Published" : "Draft"}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{v.effectiveDate ?? "—"}</Table.Td>
                      <Table.Td>{v.kpiCount}</Table.Td>
                      <Table.Td style={{ whiteSpace: "pre-wrap", maxWidth: 420 }}>{v.changelog ?? "—"}</Table.Td>
                      <Table.Td>
                        {v.status === "published" ? date(v.publishedAt) : `edited ${date(v.updatedAt)}`}
                        {v.publishedBy || v.createdBy ? ` by ${v.publishedBy ?? v.createdBy}` : ""}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>

          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="compare-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="compare-heading">
                Compare versions
              </Title>
              {list.length < 2 ? (
                <Text size="sm" c="dimmed">
                  There is only one version; the comparison appears once a second version exists.
                </Text>
              ) : (
                <>
                  <Group gap="sm" align="flex-end">
                    <Select
                      label="From version"
                      data={options}
                      value={fromVersion === null ? null : String(fromVersion)}
                      allowDeselect={false}
                      onChange={(v) => v && setFrom(Number(v))}
                      w={280}
                    />
                    <Select
                      label="To version"
                      data={options}
                      value={toVersion === null ? null : String(toVersion)}
                      allowDeselect={false}
                      onChange={(v) => v && setTo(Number(v))}
                      w={280}
                    />
                  </Group>
                  {!canCompare ? (
                    <Text size="sm" c="dimmed">
                      Choose two different versions.
                    </Text>
                  ) : diff.isPending ? (
                    <ListSkeleton rows={3} label="Loading the differences" />
                  ) : diff.isError ? (
                    <ErrorAlert
                      error={diff.error}
                      title="Could not compare these versions"
                      onRetry={() => diff.refetch()}
                    />
                  ) : (
                    <section
                      aria-live="polite"
                      aria-label={`Differences from version ${fromVersion} to version ${toVersion}`}
                    >
                      <VersionDiffView diff={diff.data} kpiName={kpiName} objectiveName={objectiveName} />
                    </section>
                  )}
                </>
              )}
            </Stack>
          </Paper>
        </Stack>
      )}
    </>
  );
}
