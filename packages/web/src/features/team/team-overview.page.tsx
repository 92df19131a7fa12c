import { Badge, Paper, Table, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowsSort, IconArrowUp, IconTable, IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { ApiError } from "../../api/api-error.js";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor, RouterButton } from "../../components/router-link.js";
import { ExportLinks } from "../exports/export-links.js";
import { ScoreCell } from "./score.cell.js";
import { teamOverviewQuery } from "./team.queries.js";
import { TeamScopeControls, useTeamScope } from "./team-scope.js";
import { nextSort, type SortState, sortTeam } from "./team-sort.js";

const route = getRouteApi("/app/team");

/** A manager's reporting line × KPIs, with scores colour-scaled and every column sortable. */
export function TeamOverviewPage() {
  const search = route.useSearch();
  const setSearch = route.useNavigate();
  const navigate = useNavigate();
  const scope = useTeamScope(search.cycleId, search.managerId);
  const [sort, setSort] = useState<SortState>({ column: "name", direction: "asc" });
  const overview = useQuery({
    ...teamOverviewQuery(scope.cycle?.id ?? "", scope.managerId),
    enabled: Boolean(scope.cycle) && !(scope.canPickManager && !scope.managerId),
  });

  const header = (
    <PageHeader
      title="Team overview"
      description="Everyone in the reporting line and their score on each KPI. Select a person to open their scorecard."
      actions={
        <>
          {scope.cycle && <ExportLinks table="scorecards" cycleId={scope.cycle.id} label="Export all scores" />}
          <RouterButton
            to="/team/entry"
            search={{ cycleId: scope.cycle?.id, managerId: search.managerId }}
            variant="default"
            leftSection={<IconTable size={16} aria-hidden />}
          >
            Enter values
          </RouterButton>
        </>
      }
    />
  );
  if (scope.isPending)
    return (
      <>
        {header}
        <ListSkeleton label="Loading the team" />
      </>
    );
  if (scope.error) return <ErrorAlert error={scope.error} title="Could not load the team" />;
  if (!scope.cycle)
    return (
      <>
        {header}
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title="No review cycle has started"
          description="Team scores appear once HR opens a review cycle."
        />
      </>
    );

  const data = overview.data;
  const rows = data ? sortTeam(data.items, sort) : [];
  const sortButton = (column: string, label: string) => {
    const active = sort.column === column;
    const Icon = !active ? IconArrowsSort : sort.direction === "asc" ? IconArrowUp : IconArrowDown;
    return (
      <UnstyledButton
        onClick={() => setSort(nextSort(sort, column))}
        style={{
          display: "inline-flex",
          alignItems: "center",
          gap: 4,
          fontWeight: 600,
          fontSize: "var(--mantine-font-size-sm)",
        }}
      >
        {label}
        <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.4 }} />
      </UnstyledButton>
    );
  };
  const ariaSort = (column: string) =>
    sort.column === column ? (sort.direction === "asc" ? "ascending" : "descending") : "none";
  const noOwnRecord = overview.error instanceof ApiError && overview.error.issueFor("managerEmployeeId");

  return (
    <>
      {header}
      <TeamScopeControls
        scope={scope}
        onCycle={(cycleId) => void setSearch({ search: (prev) => ({ ...prev, cycleId }) })}
        onManager={(managerId) => void setSearch({ search: (prev) => ({ ...prev, managerId }) })}
      />
      {overview.isPending && overview.fetchStatus !== "idle" && <ListSkeleton label="Loading team scores" />}
      {overview.isError && !noOwnRecord && (
        <ErrorAlert error={overview.error} title="Could not load team scores" onRetry={() => overview.refetch()} />
      )}
      {(noOwnRecord || (scope.canPickManager && !scope.managerId)) && (
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title="Choose whose team to show"
          description="Your account has no employee record with reports. Pick a manager above."
        />
      )}
      {data && rows.length === 0 && (
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title="Nobody reports to this manager"
          description="People with this manager appear here, with their scores in the chosen cycle."
        />
      )}
      {data && rows.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={360 + data.kpis.length * 120}>
            <Table verticalSpacing="xs" highlightOnHover aria-label={`Team scores in ${scope.cycle.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" aria-sort={ariaSort("name")} miw={170}>
                    {sortButton("name", "Employee")}
                  </Table.Th>
                  <Table.Th scope="col" aria-sort={ariaSort("overall")} style={{ textAlign: "right" }}>
                    {sortButton("overall", "Overall")}
                  </Table.Th>
                  {data.kpis.map((k) => (
                    <Table.Th key={k.kpi} scope="col" aria-sort={ariaSort(k.kpi)} style={{ textAlign: "right" }}>
                      {sortButton(k.kpi, k.name)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((m) => {
                  const open = m.scorecardId
                    ? () =>
                        void navigate({ to: "/scorecards/$scorecardId", params: { scorecardId: m.scorecardId ?? "" } })
                    : undefined;
                  return (
                    <Table.Tr key={m.employeeId} onClick={open} style={{ cursor: open ? "pointer" : undefined }}>
                      <Table.Th scope="row" fw={400}>
                        {m.scorecardId ? (
                          <RouterAnchor
                            to="/scorecards/$scorecardId"
                            params={{ scorecardId: m.scorecardId }}
                            fw={500}
                            onClick={(e) => e.stopPropagation()}
                          >
                            {m.employeeName}
                          </RouterAnchor>
                        ) : (
                          <Text fw={500} size="sm">
                            {m.employeeName}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {m.direct ? "direct report" : "indirect report"}
                          {!m.scorecardId && " · no scorecard in this cycle"}
                          {m.rating && ` · ${m.rating.label}`}
                        </Text>
                      </Table.Th>
                      <ScoreCell score={m.overall} />
                      {data.kpis.map((k) => {
                        const cell = m.kpis.find((x) => x.kpi === k.kpi);
                        return <ScoreCell key={k.kpi} score={cell?.score ?? null} absent={!cell} />;
                      })}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {data && rows.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          Colours:{" "}
          <Badge size="xs" color="red" variant="light">
            below
          </Badge>{" "}
          under 70% of target,{" "}
          <Badge size="xs" color="orange" variant="light">
            near
          </Badge>{" "}
          70–99%,{" "}
          <Badge size="xs" color="green" variant="light">
            met
          </Badge>{" "}
          100% and more.
        </Text>
      )}
    </>
  );
}
