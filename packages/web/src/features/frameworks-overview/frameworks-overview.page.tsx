import { Badge, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { IconHistory, IconPencil, IconSearch, IconUserSquareRounded } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { lintDocument } from "@yardstick/core";
import { useMemo } from "react";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor, RouterButton } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { organizationDocumentQuery } from "../frameworks/frameworks.queries.js";
import { kpisQuery } from "../kpis/kpis.queries.js";
import { familyOptions } from "../roles/role.types.js";
import { rolesQuery } from "../roles/roles.queries.js";
import {
  buildOverviewRows,
  filterOverviewRows,
  isOrganizationFinding,
  OVERVIEW_STATUS_LABELS,
  type OverviewRow,
  type OverviewStatus,
  summarizeRows,
} from "./framework-overview.model.js";
import { OrgFindingsPanel } from "./org-findings.panel.js";

const route = getRouteApi("/app/frameworks");

const STATUS_COLORS: Record<OverviewStatus, string> = {
  none: "gray",
  draft: "yellow",
  published: "green",
  pending: "teal",
};

const STATUS_OPTIONS = (Object.keys(OVERVIEW_STATUS_LABELS) as OverviewStatus[]).map((value) => ({
  value,
  label: OVERVIEW_STATUS_LABELS[value],
}));

// The badge stays short; the lines under it name the versions.
const STATUS_BADGES: Record<OverviewStatus, string> = {
  none: "No framework",
  draft: "Draft only",
  published: "Published",
  pending: "Published",
};

function StatusCell({ row }: { row: OverviewRow }) {
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={STATUS_COLORS[row.status]} variant="light" miw="max-content">
        {STATUS_BADGES[row.status]}
      </Badge>
      {row.published && (
        <Text size="xs" c="dimmed">
          v{row.published.version} effective{" "}
          <span style={{ whiteSpace: "nowrap" }}>{row.published.effectiveDate ?? "—"}</span>
        </Text>
      )}
      {row.draft && (
        <Text size="xs" c={row.published ? undefined : "dimmed"} fw={row.published ? 600 : undefined}>
          {row.published ? `Draft v${row.draft.version} pending` : `Draft v${row.draft.version}`}
        </Text>
      )}
    </Stack>
  );
}

function KpiCountCell({ row }: { row: OverviewRow }) {
  const main = row.published ?? row.draft;
  if (!main) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">{main.kpiCount}</Text>
      {row.published && row.draft && row.draft.kpiCount !== row.published.kpiCount && (
        <Text size="xs" c="dimmed">
          {row.draft.kpiCount} in draft
        </Text>
      )}
    </Stack>
  );
}

function ChecksCell({ row }: { row: OverviewRow }) {
  if (!row.findingsOf) return <Text c="dimmed">—</Text>;
  const { error, warning } = row.findings;
  return (
    <Stack gap={2}>
      {error === 0 && warning === 0 ? (
        <Badge color="green" variant="light" miw="max-content">
          No issues
        </Badge>
      ) : (
        <Group gap={4} wrap="wrap">
          {error > 0 && (
            <Badge color="var(--mantine-color-red-light-color)" variant="filled" miw="max-content">
              {error} {error === 1 ? "error" : "errors"}
            </Badge>
          )}
          {warning > 0 && (
            <Badge color="orange" variant="light" miw="max-content">
              {warning} {warning === 1 ? "warning" : "warnings"}
            </Badge>
          )}
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {row.findingsOf === "draft" ? "in the draft" : "in the published version"}
      </Text>
    </Stack>
  );
}

function ActionsCell({ row, canDesign }: { row: OverviewRow; canDesign: boolean }) {
  const hasFramework = Boolean(row.published || row.draft);
  if (!hasFramework && !canDesign) return <Text c="dimmed">—</Text>;
  const verb = !hasFramework ? "Start framework" : row.draft && canDesign ? "Open editor" : "View framework";
  return (
    <Group gap={4} wrap="wrap">
      <RouterButton
        to="/roles/$roleId/framework"
        params={{ roleId: row.roleId }}
        search={{ version: undefined }}
        size="compact-sm"
        variant="light"
        leftSection={<IconPencil size={14} aria-hidden />}
        aria-label={`${verb} for ${row.title}`}
      >
        {verb}
      </RouterButton>
      {hasFramework && (
        <RouterButton
          to="/roles/$roleId/framework/history"
          params={{ roleId: row.roleId }}
          size="compact-sm"
          variant="subtle"
          leftSection={<IconHistory size={14} aria-hidden />}
          aria-label={`History of ${row.title}`}
        >
          History
        </RouterButton>
      )}
    </Group>
  );
}

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="xl" fw={700} c={value > 0 ? color : undefined} component="dd" m={0}>
        {value}
      </Text>
    </Paper>
  );
}

/** Every role's framework at a glance: status, versions, KPI count and quality findings, with the organization's own checks. */
export function FrameworksOverviewPage() {
  const { q = "", family, status } = route.useSearch();
  const navigate = route.useNavigate();
  const canDesign = useCanDesign();
  const roles = useQuery(rolesQuery());
  const organization = useQuery(organizationDocumentQuery);
  const kpis = useQuery(kpisQuery({ includeArchived: true }));

  // One lint of the whole stored framework, in the browser: the same document and rules GET /lint
  // uses, and its paths index the document we already hold, so grouping by role needs no extra request.
  const findings = useMemo(() => (organization.data ? lintDocument(organization.data) : []), [organization.data]);
  const rows = useMemo(
    () => (roles.data && organization.data ? buildOverviewRows(roles.data, organization.data, findings) : []),
    [roles.data, organization.data, findings],
  );
  const orgFindings = useMemo(() => findings.filter(isOrganizationFinding), [findings]);
  const visible = filterOverviewRows(rows, { q, family, status });
  const summary = summarizeRows(rows);
  const families = familyOptions(rows.map((row) => row.family));
  const roleIdByKey = new Map(rows.map((row) => [row.key, row.roleId]));
  const kpiIdByKey = new Map((kpis.data ?? []).map((kpi) => [kpi.key, kpi.id]));

  const setSearch = (patch: { q?: string; family?: string; status?: OverviewStatus }) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const error = roles.error ?? organization.error;
  const loading = roles.isPending || organization.isPending;

  return (
    <>
      <PageHeader
        title="Frameworks"
        description="Every role's KPI framework: what is published, what is in draft, and what the quality checks found."
        actions={
          <RouterButton to="/alignment" variant="default">
            Alignment map
          </RouterButton>
        }
      />
      {error && (
        <ErrorAlert
          error={error}
          title="Could not load the frameworks"
          onRetry={() => {
            void roles.refetch();
            void organization.refetch();
          }}
        />
      )}
      {!error && loading && <ListSkeleton label="Loading frameworks" />}
      {!error && !loading && rows.length === 0 && (
        <EmptyState
          icon={<IconUserSquareRounded size={28} aria-hidden />}
          title="No roles yet"
          description="A framework belongs to a role. Create roles first, or adopt ready-made roles with their KPIs from the starter library."
          action={
            <Group justify="center">
              <RouterButton to="/roles">Go to roles</RouterButton>
              {canDesign && (
                <RouterButton to="/library" variant="light">
                  Browse the starter library
                </RouterButton>
              )}
            </Group>
          }
        />
      )}
      {!error && !loading && rows.length > 0 && organization.data && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 3, md: 6 }} spacing="sm" component="dl" m={0} aria-label="Summary">
            <Stat label="Roles" value={rows.length} />
            <Stat
              label="Published"
              value={summary.published + summary.pending}
              color="var(--mantine-color-green-light-color)"
            />
            <Stat
              label="With a draft"
              value={summary.pending + summary.draft}
              color="var(--mantine-color-yellow-light-color)"
            />
            <Stat label="No framework" value={summary.none} color="gray.8" />
            <Stat label="Errors" value={summary.error} color="var(--mantine-color-red-light-color)" />
            <Stat label="Warnings" value={summary.warning} color="var(--mantine-color-orange-light-color)" />
          </SimpleGrid>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="Search roles"
              placeholder="Title, key or family"
              leftSection={<IconSearch size={16} aria-hidden />}
              defaultValue={q}
              onChange={(event) => setSearch({ q: event.currentTarget.value || undefined })}
              w={280}
            />
            <Select
              label="Role family"
              placeholder="All families"
              clearable={Boolean(family)}
              data={families}
              value={family ?? null}
              onChange={(value) => setSearch({ family: value ?? undefined })}
              w={200}
            />
            <Select
              label="Framework status"
              placeholder="Any status"
              clearable={Boolean(status)}
              data={STATUS_OPTIONS}
              value={status ?? null}
              onChange={(value) => setSearch({ status: (value as OverviewStatus | null) ?? undefined })}
              w={240}
            />
          </Group>
          {visible.length === 0 ? (
            <Text c="dimmed" role="status">
              No role matches these filters. Clear the search or pick another family or status.
            </Text>
          ) : (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={680}>
                <Table verticalSpacing="sm" highlightOnHover aria-label="Role frameworks">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Role</Table.Th>
                      <Table.Th scope="col" visibleFrom="lg">
                        Family
                      </Table.Th>
                      <Table.Th scope="col">Status</Table.Th>
                      <Table.Th scope="col">KPIs</Table.Th>
                      <Table.Th scope="col">Checks</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {visible.map((row) => (
                      <Table.Tr key={row.roleId}>
                        <Table.Td>
                          <RouterAnchor to="/roles/$roleId" params={{ roleId: row.roleId }} fw={500}>
                            {row.title}
                          </RouterAnchor>
                          <Text size="xs" c="dimmed">
                            {row.key}
                          </Text>
                          {/* On narrower screens the family sits under the role instead of in its own column. */}
                          {row.family && (
                            <Badge variant="light" size="sm" mt={4} miw="max-content" hiddenFrom="lg">
                              {row.family}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td visibleFrom="lg">
                          {row.family ? (
                            <Badge variant="light" miw="max-content">
                              {row.family}
                            </Badge>
                          ) : (
                            <Text c="dimmed">—</Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <StatusCell row={row} />
                        </Table.Td>
                        <Table.Td>
                          <KpiCountCell row={row} />
                        </Table.Td>
                        <Table.Td>
                          <ChecksCell row={row} />
                        </Table.Td>
                        <Table.Td>
                          <ActionsCell row={row} canDesign={canDesign} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
          <OrgFindingsPanel
            findings={orgFindings}
            document={organization.data}
            roleIdByKey={roleIdByKey}
            kpiIdByKey={kpiIdByKey}
          />
        </Stack>
      )}
    </>
  );
}
