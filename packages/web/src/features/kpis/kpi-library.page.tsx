import { Badge, Button, Group, Paper, Select, Switch, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconLayoutList, IconPlus, IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor, RouterButton } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { familyOptions } from "../roles/role.types.js";
import {
  FOCUS_LABELS,
  type Focus,
  FREQUENCY_LABELS,
  KIND_LABELS,
  type Kind,
  optionsOf,
  TIMING_LABELS,
  type Timing,
} from "./kpi.types.js";
import { KpiCategoryBadges } from "./kpi-category.badges.js";
import { KpiFormModal } from "./kpi-form.modal.js";
import { kpisQuery } from "./kpis.queries.js";

const route = getRouteApi("/app/kpis");

const oneOf = <T extends string>(labels: Record<T, string>, value: string | undefined): T | undefined =>
  value !== undefined && value in labels ? (value as T) : undefined;

/** The organization's KPI definitions with search and a filter per category; filters live in the URL. */
export function KpiLibraryPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? "");
  const [debounced] = useDebouncedValue(text, 250);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const canDesign = useCanDesign();

  useEffect(() => {
    if (debounced !== (search.q ?? ""))
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
  }, [debounced, search.q, navigate]);

  const filters = {
    search: search.q,
    family: search.family,
    kind: oneOf<Kind>(KIND_LABELS, search.kind),
    timing: oneOf<Timing>(TIMING_LABELS, search.timing),
    focus: oneOf<Focus>(FOCUS_LABELS, search.focus),
    includeArchived: includeArchived || undefined,
  };
  const kpis = useQuery(kpisQuery(filters));
  const allKpis = useQuery(kpisQuery());
  const items = kpis.data ?? [];
  const filtered = Boolean(search.q || search.family || search.kind || search.timing || search.focus);
  const setFilter = (name: "family" | "kind" | "timing" | "focus") => (value: string | null) =>
    void navigate({ search: (prev) => ({ ...prev, [name]: value ?? undefined }) });

  const newButton = canDesign && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New KPI
    </Button>
  );

  return (
    <>
      <PageHeader
        title="KPI library"
        description="Every KPI definition of your organization. Role frameworks pick their KPIs from here."
        actions={
          <>
            {canDesign && (
              <RouterButton to="/library" variant="default">
                Starter library
              </RouterButton>
            )}
            {newButton}
          </>
        }
      />
      <Paper withBorder radius="md" p="md" mb="md" component="section" aria-label="Filters">
        <Group align="flex-end" wrap="wrap" gap="sm">
          <TextInput
            label="Search KPIs"
            placeholder="Name, key or description"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            w={260}
          />
          <Select
            label="Role family"
            placeholder="All"
            clearable
            data={familyOptions((allKpis.data ?? []).map((k) => k.family))}
            value={search.family ?? null}
            onChange={setFilter("family")}
            w={180}
          />
          <Select
            label="Kind"
            placeholder="All"
            clearable
            data={optionsOf(KIND_LABELS)}
            value={filters.kind ?? null}
            onChange={setFilter("kind")}
            w={150}
          />
          <Select
            label="Timing"
            placeholder="All"
            clearable
            data={optionsOf(TIMING_LABELS)}
            value={filters.timing ?? null}
            onChange={setFilter("timing")}
            w={130}
          />
          <Select
            label="Focus"
            placeholder="All"
            clearable
            data={optionsOf(FOCUS_LABELS)}
            value={filters.focus ?? null}
            onChange={setFilter("focus")}
            w={150}
          />
          <Switch
            label="Show archived"
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
            mb={8}
          />
          {filtered && (
            <Button
              variant="subtle"
              onClick={() => {
                setText("");
                void navigate({ search: {} });
              }}
            >
              Clear filters
            </Button>
          )}
        </Group>
      </Paper>
      {kpis.isPending && <ListSkeleton label="Loading KPIs" />}
      {kpis.isError && <ErrorAlert error={kpis.error} title="Could not load the KPIs" onRetry={() => kpis.refetch()} />}
      {kpis.isSuccess && items.length === 0 && !filtered && (
        <EmptyState
          icon={<IconLayoutList size={28} aria-hidden />}
          title="No KPIs yet"
          description="Define your own KPIs, or adopt proven ones for Sales, HR, Marketing, Operations, IT and Support from the starter library."
          action={
            canDesign ? (
              <Group>
                <RouterButton to="/library">Browse the starter library</RouterButton>
                <Button variant="light" onClick={() => setCreating(true)}>
                  New KPI
                </Button>
              </Group>
            ) : undefined
          }
        />
      )}
      {kpis.isSuccess && items.length === 0 && filtered && (
        <Text c="dimmed">No KPI matches these filters. Clear the filters or search for another word.</Text>
      )}
      {items.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Caption>
                {items.length} KPI{items.length === 1 ? "" : "s"}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">KPI</Table.Th>
                  <Table.Th scope="col">Categories</Table.Th>
                  <Table.Th scope="col">Family</Table.Th>
                  <Table.Th scope="col">Unit</Table.Th>
                  <Table.Th scope="col">Frequency</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((kpi) => (
                  <Table.Tr key={kpi.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <RouterAnchor to="/kpis/$kpiId" params={{ kpiId: kpi.id }} fw={500}>
                          {kpi.name}
                        </RouterAnchor>
                        {kpi.archived && (
                          <Badge size="xs" color="gray" variant="outline">
                            Archived
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {kpi.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <KpiCategoryBadges categories={kpi.categories} />
                    </Table.Td>
                    <Table.Td>{kpi.family ?? <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>{kpi.unit ?? <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>{kpi.frequency ? FREQUENCY_LABELS[kpi.frequency] : <Text c="dimmed">—</Text>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <KpiFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
