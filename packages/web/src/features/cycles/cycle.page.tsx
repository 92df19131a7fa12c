import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconClipboardList } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton, PageSkeleton } from "../../components/list-skeleton.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { ExportLinks } from "../exports/export-links.js";
import { KpiHealthSection } from "../kpi-health/kpi-health.section.js";
import { ScorecardStatusBadge } from "../scorecards/scorecard-status.badge.js";
import { scorecardsQuery } from "../scorecards/scorecards.queries.js";
import { CADENCE_LABELS, type OpenCycleResult } from "./cycle.types.js";
import { CycleStatusBadge } from "./cycle-status.badge.js";
import { cycleQuery, useCloseCycle, useOpenCycle } from "./cycles.queries.js";

const route = getRouteApi("/app/cycles/$cycleId");

/** One cycle: dates, sub-periods, open/close, and the scorecards it holds. */
export function CyclePage() {
  const { cycleId } = route.useParams();
  const canAdmin = useCanDesign();
  const cycle = useQuery(cycleQuery(cycleId));
  const scorecards = useQuery({ ...scorecardsQuery({ cycleId }), enabled: cycle.isSuccess });
  const open = useOpenCycle();
  const close = useCloseCycle();
  const [confirm, setConfirm] = useState<"open" | "close" | null>(null);
  const [result, setResult] = useState<OpenCycleResult | null>(null);

  if (cycle.isPending) return <PageSkeleton />;
  if (cycle.isError)
    return <ErrorAlert error={cycle.error} title="Could not load the cycle" onRetry={() => cycle.refetch()} />;
  const c = cycle.data;
  const items = scorecards.data ?? [];

  return (
    <>
      <PageHeader
        title={c.name}
        above={
          <RouterAnchor to="/cycles" size="sm">
            ← Review cycles
          </RouterAnchor>
        }
        description={
          <Group gap="xs" component="span">
            <CycleStatusBadge status={c.status} />
            <span>
              {CADENCE_LABELS[c.cadence]} · {c.startDate} to {c.endDate}
            </span>
          </Group>
        }
        actions={
          canAdmin && (
            <>
              {c.status === "draft" && <Button onClick={() => setConfirm("open")}>Open cycle</Button>}
              {c.status === "open" && (
                <Button color="dark" variant="outline" onClick={() => setConfirm("close")}>
                  Close cycle
                </Button>
              )}
            </>
          )
        }
      />
      {result && (
        <Alert
          color={result.skipped.length > 0 ? "orange" : "green"}
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={`Cycle opened: ${result.created} scorecard${result.created === 1 ? "" : "s"} created`}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setResult(null)}
          mb="lg"
        >
          {result.skipped.length === 0 ? (
            <Text size="sm">Every active employee got a scorecard.</Text>
          ) : (
            <>
              <Text size="sm">
                {result.skipped.length} {result.skipped.length === 1 ? "employee got" : "employees got"} no scorecard:
              </Text>
              <List size="sm" mt={4}>
                {result.skipped.map((s) => (
                  <List.Item key={s.employeeId}>
                    <strong>{s.employeeName}</strong>: {s.reason}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" mt={4}>
                Publish a framework for their role; people added or changed later get a scorecard from that day.
              </Text>
            </>
          )}
        </Alert>
      )}
      <Stack gap="lg">
        {canAdmin && c.status === "closed" && <KpiHealthSection cycleId={c.id} final />}
        <section aria-labelledby="sub-periods-heading">
          <Title order={2} size="h4" mb="sm" id="sub-periods-heading">
            Sub-periods
          </Title>
          <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {c.subPeriods.map((p) => (
              <Paper key={p.key} component="li" withBorder radius="sm" px="sm" py={6}>
                <Text size="sm" fw={600}>
                  {p.label}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {p.start} to {p.end}
                </Text>
              </Paper>
            ))}
          </Group>
        </section>
        <Stack gap="sm">
          <Group justify="space-between" align="center" wrap="wrap" gap="xs">
            <Title order={2} size="h4" id="cycle-scorecards-heading">
              Scorecards
            </Title>
            {c.status !== "draft" && (
              <Group gap="md" wrap="wrap">
                <ExportLinks table="scorecards" cycleId={c.id} />
                <ExportLinks table="measurements" cycleId={c.id} />
              </Group>
            )}
          </Group>
          {c.status === "draft" && (
            <EmptyState
              icon={<IconClipboardList size={28} aria-hidden />}
              title="No scorecards until the cycle opens"
              description="Opening the cycle gives every active employee a scorecard from their role's published framework."
            />
          )}
          {c.status !== "draft" && scorecards.isPending && <ListSkeleton label="Loading scorecards" rows={3} />}
          {scorecards.isError && <ErrorAlert error={scorecards.error} title="Could not load the scorecards" />}
          {c.status !== "draft" && scorecards.isSuccess && items.length === 0 && (
            <Text c="dimmed">This cycle has no scorecards you can see.</Text>
          )}
          {items.length > 0 && (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing="xs" highlightOnHover aria-labelledby="cycle-scorecards-heading">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Employee</Table.Th>
                      <Table.Th scope="col">Role</Table.Th>
                      <Table.Th scope="col">Valid</Table.Th>
                      <Table.Th scope="col">Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...items]
                      .sort(
                        (a, b) =>
                          a.employeeName.localeCompare(b.employeeName) || a.validFrom.localeCompare(b.validFrom),
                      )
                      .map((s) => (
                        <Table.Tr key={s.id}>
                          <Table.Td>
                            <RouterAnchor to="/scorecards/$scorecardId" params={{ scorecardId: s.id }} fw={500}>
                              {s.employeeName}
                            </RouterAnchor>
                          </Table.Td>
                          <Table.Td>
                            {s.roleTitle}{" "}
                            <Badge variant="outline" color="gray" size="xs">
                              v{s.frameworkVersion}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                              {s.validFrom} to {s.validTo}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <ScorecardStatusBadge status={s.status} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
        </Stack>
        {canAdmin && c.status === "open" && <KpiHealthSection cycleId={c.id} final={false} />}
      </Stack>
      <ConfirmDialog
        opened={confirm === "open"}
        title={`Open “${c.name}”?`}
        confirmLabel="Open cycle"
        color="blue"
        loading={open.isPending}
        error={open.error}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          open.mutate(c.id, {
            onSuccess: (r) => {
              setConfirm(null);
              setResult(r);
              notifySuccess(`Opened “${c.name}”.`);
            },
          })
        }
      >
        Every active employee gets a scorecard from the framework their role has published today. Dates and sub-periods
        can no longer change afterwards.
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === "close"}
        title={`Close “${c.name}”?`}
        confirmLabel="Close cycle"
        loading={close.isPending}
        error={close.error}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          close.mutate(c.id, {
            onSuccess: () => {
              setConfirm(null);
              notifySuccess(`Closed “${c.name}”.`);
            },
          })
        }
      >
        Its scorecards become read-only history: nobody can report or correct values or change targets any more. This
        cannot be undone.
      </ConfirmDialog>
    </>
  );
}
