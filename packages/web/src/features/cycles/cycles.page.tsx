import { Button, Paper, Table, Text } from "@mantine/core";
import { IconCalendarStats, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { CADENCE_LABELS } from "./cycle.types.js";
import { CycleFormModal } from "./cycle-form.modal.js";
import { CycleStatusBadge } from "./cycle-status.badge.js";
import { cyclesQuery } from "./cycles.queries.js";

/** Review cycles, newest first; HR creates, opens and closes them. */
export function CyclesPage() {
  const canAdmin = useCanDesign();
  const cycles = useQuery(cyclesQuery);
  const [creating, setCreating] = useState(false);
  const items = cycles.data ?? [];
  const newButton = canAdmin && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New cycle
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Review cycles"
        description="A cycle is a period of evaluation. Opening it gives every active employee a scorecard from their role's published framework."
        actions={newButton}
      />
      {cycles.isPending && <ListSkeleton label="Loading cycles" />}
      {cycles.isError && (
        <ErrorAlert error={cycles.error} title="Could not load cycles" onRetry={() => cycles.refetch()} />
      )}
      {cycles.isSuccess && items.length === 0 && (
        <EmptyState
          icon={<IconCalendarStats size={28} aria-hidden />}
          title="No review cycles yet"
          description="Create a quarterly cycle, check its sub-periods, then open it to hand out scorecards."
          action={newButton || undefined}
        />
      )}
      {items.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="Review cycles">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Cycle</Table.Th>
                  <Table.Th scope="col">Cadence</Table.Th>
                  <Table.Th scope="col">Dates</Table.Th>
                  <Table.Th scope="col">Sub-periods</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((cycle) => (
                  <Table.Tr key={cycle.id}>
                    <Table.Td>
                      <RouterAnchor to="/cycles/$cycleId" params={{ cycleId: cycle.id }} fw={500}>
                        {cycle.name}
                      </RouterAnchor>
                    </Table.Td>
                    <Table.Td>{CADENCE_LABELS[cycle.cadence]}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {cycle.startDate} to {cycle.endDate}
                      </Text>
                    </Table.Td>
                    <Table.Td>{cycle.subPeriods.length}</Table.Td>
                    <Table.Td>
                      <CycleStatusBadge status={cycle.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <CycleFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
