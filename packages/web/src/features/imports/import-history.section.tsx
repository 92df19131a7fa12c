import {
  ActionIcon,
  Badge,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from "@mantine/core";
import { IconHistory, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { notifySuccess } from "../../components/notify.js";
import { formatBytes, formatCount, formatWhen } from "./import-format.js";
import { importRunsQuery, importSourcesQuery, useDeleteImportSource } from "./imports.queries.js";
import { type ImportSource, KIND_LABELS, type RunStatus } from "./imports.types.js";

const STATUS: Record<RunStatus, { label: string; color: string }> = {
  previewed: { label: "Checked only", color: "gray" },
  running: { label: "Running", color: "blue" },
  committed: { label: "Imported", color: "green" },
  failed: { label: "Failed", color: "red" },
};

/** Who imported which file when, and what it did; plus the saved mappings per source. */
export function ImportHistorySection() {
  const runs = useQuery({
    ...importRunsQuery,
    refetchInterval: (q) => (q.state.data?.items.some((r) => r.status === "running") ? 2000 : false),
  });
  const sources = useQuery(importSourcesQuery);
  const [showChecks, setShowChecks] = useState(false);
  const [deleting, setDeleting] = useState<ImportSource | null>(null);
  const remove = useDeleteImportSource();
  const items = (runs.data ?? []).filter((r) => showChecks || r.status !== "previewed");

  return (
    <Stack gap="xl">
      <section aria-labelledby="import-history-heading">
        <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
          <Title order={2} size="h4" id="import-history-heading">
            Import history
          </Title>
          <Checkbox
            label="Show checks that were not imported"
            checked={showChecks}
            onChange={(event) => setShowChecks(event.currentTarget.checked)}
          />
        </Group>
        {runs.isPending && <ListSkeleton label="Loading the import history" rows={3} />}
        {runs.isError && (
          <ErrorAlert error={runs.error} title="Could not load the import history" onRetry={() => runs.refetch()} />
        )}
        {runs.isSuccess && items.length === 0 && (
          <EmptyState
            icon={<IconHistory size={28} aria-hidden />}
            title="No imports yet"
            description="Every import shows up here: who imported which file, when, and how many rows it added, changed or left unchanged."
          />
        )}
        {items.length > 0 && (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="xs" highlightOnHover aria-labelledby="import-history-heading">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">When and who</Table.Th>
                    <Table.Th scope="col">File</Table.Th>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Rows
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Added
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Changed
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Unchanged
                    </Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((run) => (
                    <Table.Tr key={run.id}>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                          {formatWhen(run.startedAt)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {run.user?.name ?? "—"}
                        </Text>
                      </Table.Td>
                      <Table.Td miw={160} style={{ overflowWrap: "anywhere" }}>
                        <Text size="sm" fw={500}>
                          {run.fileName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatBytes(run.fileSize)}
                          {run.source ? ` · source “${run.source.name}”` : ""}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>{KIND_LABELS[run.kind]}</Table.Td>
                      <Table.Td ta="right">{formatCount(run.counts.rows)}</Table.Td>
                      <Table.Td ta="right">{formatCount(run.counts.added)}</Table.Td>
                      <Table.Td ta="right">{formatCount(run.counts.changed)}</Table.Td>
                      <Table.Td ta="right">{formatCount(run.counts.unchanged)}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS[run.status].color} variant="light" miw="max-content">
                          {STATUS[run.status].label}
                        </Badge>
                        {run.status !== "committed" && run.counts.problems > 0 && (
                          <Text size="xs" c="var(--mantine-color-red-light-color)">
                            {formatCount(run.counts.problems)} problems
                          </Text>
                        )}
                        {run.status === "failed" && run.errorMessage && (
                          <Text size="xs" c="dimmed" maw={260}>
                            {run.errorMessage}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </section>
      <section aria-labelledby="import-sources-heading">
        <Title order={2} size="h4" id="import-sources-heading" mb="sm">
          Saved mappings
        </Title>
        {sources.isError && <ErrorAlert error={sources.error} title="Could not load the saved mappings" />}
        {sources.isSuccess && sources.data.length === 0 && (
          <Text c="dimmed" size="sm">
            None yet. Tick “Save mapping” before an import, and next month's file from the same tool maps itself.
          </Text>
        )}
        {sources.isSuccess && sources.data.length > 0 && (
          <Paper withBorder radius="md">
            <Table verticalSpacing="xs" aria-labelledby="import-sources-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Source</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Saved</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.data.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td fw={500}>{s.name}</Table.Td>
                    <Table.Td>
                      {KIND_LABELS[s.kind]}
                      {s.mapping.kind === "measurements" ? ` (${s.mapping.shape})` : ""}
                    </Table.Td>
                    <Table.Td>{formatWhen(s.updatedAt)}</Table.Td>
                    <Table.Td ta="right">
                      <Tooltip label="Delete this saved mapping">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete the saved mapping “${s.name}”`}
                          onClick={() => setDeleting(s)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </section>
      {deleting && (
        <ConfirmDialog
          opened
          title={`Delete the saved mapping “${deleting.name}”?`}
          confirmLabel="Delete mapping"
          loading={remove.isPending}
          error={remove.error}
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                notifySuccess(`Deleted the saved mapping “${deleting.name}”.`);
                setDeleting(null);
              },
            })
          }
        >
          Files from this source will have to be mapped again. The import history keeps its runs.
        </ConfirmDialog>
      )}
    </Stack>
  );
}
