import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { RouterButton } from "../../components/router-link.js";
import { formatBytes, formatCount, percent, plural } from "./import-format.js";
import { importRunQuery, useRefreshAfterImport } from "./imports.queries.js";
import type { ImportCounts, ImportRunDetail } from "./imports.types.js";
import { ProblemsTable } from "./problems.table.js";

interface Props {
  runId: string;
  /** The dry run's counts: how many values the writing phase has to write. */
  expected: ImportCounts | null;
  onStartOver: () => void;
  onBackToCheck: () => void;
  onShowHistory: () => void;
}

function phaseText(run: ImportRunDetail): string {
  if (run.phase === "queued") return "Waiting for another import of this organization to finish…";
  if (run.phase === "writing") return "Step 2 of 2: saving";
  return "Step 1 of 2: reading and checking the file";
}

/** Seconds since the page started following the run, ticking even while a poll waits for the server. */
function useElapsedSeconds(): number {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.floor((now - started) / 1000);
}

function formatElapsed(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

function Progressing({ run, expected }: { run: ImportRunDetail; expected: ImportCounts | null }) {
  const elapsed = useElapsedSeconds();
  const toWrite = expected ? expected.added + expected.changed + expected.unchanged : 0;
  const value =
    run.phase === "writing"
      ? percent(run.processedRows, toWrite)
      : run.phase === "reading"
        ? percent(run.bytesRead, run.totalBytes)
        : 0;
  const unit = run.kind === "people" ? "people" : "values";
  return (
    <Stack gap={6}>
      <Text fw={600} role="status" aria-live="polite">
        {phaseText(run)}
      </Text>
      <Progress
        value={run.phase === "queued" || !run.phase ? 100 : value}
        striped={run.phase === "queued" || !run.phase}
        animated
        size="xl"
        aria-label="Import progress"
        aria-valuetext={`${phaseText(run)}: ${value}%`}
      />
      <Text size="sm" c="dimmed">
        {run.phase === "writing"
          ? toWrite > 0
            ? `${formatCount(run.processedRows)} of ${formatCount(toWrite)} ${unit} saved (${value}%)`
            : `${formatCount(run.processedRows)} ${unit} saved`
          : run.phase === "reading"
            ? `${formatBytes(run.bytesRead)} of ${formatBytes(run.totalBytes)} read (${value}%) · ${plural(run.processedRows, "row")}`
            : "Starting…"}
        {` · running for ${formatElapsed(elapsed)}`}
      </Text>
      <Text size="sm">You can leave this page: the import keeps running and shows up in the history.</Text>
    </Stack>
  );
}

/** Step 4: the commit running as a job, polled for its progress, then what it did. */
export function RunStep({ runId, expected, onStartOver, onBackToCheck, onShowHistory }: Props) {
  const run = useQuery(importRunQuery(runId));
  const refresh = useRefreshAfterImport();
  const refreshed = useRef(false);
  const status = run.data?.status;
  useEffect(() => {
    if ((status === "committed" || status === "failed") && !refreshed.current) {
      refreshed.current = true;
      void refresh();
    }
  }, [status, refresh]);

  if (run.isError)
    return <ErrorAlert error={run.error} title="Could not follow the import" onRetry={() => run.refetch()} />;
  const r = run.data;
  const unit = r?.kind === "people" ? "people" : "values";
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {status === "committed" ? "Import complete" : status === "failed" ? "Import failed" : "Importing"}
      </Title>
      {(!r || r.status === "running" || r.status === "previewed") && (
        <Paper withBorder radius="md" p="md">
          {r ? <Progressing run={r} expected={expected} /> : <Text role="status">Starting the import…</Text>}
        </Paper>
      )}
      {r?.status === "committed" && (
        <>
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title="Imported" role="status">
            {r.fileName}: {plural(r.counts.rows, "row")} read; {formatCount(r.counts.added)} {unit} added,{" "}
            {formatCount(r.counts.changed)} changed, {formatCount(r.counts.unchanged)} unchanged.
          </Alert>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            {(
              [
                ["Rows", r.counts.rows],
                ["Added", r.counts.added],
                ["Changed", r.counts.changed],
                ["Unchanged", r.counts.unchanged],
              ] as const
            ).map(([label, value]) => (
              <Paper key={label} withBorder radius="md" p="sm">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {label}
                </Text>
                <Text size="xl" fw={700}>
                  {formatCount(value)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Group gap="xs" wrap="wrap">
            <Button onClick={onStartOver}>Import another file</Button>
            <Button variant="default" onClick={onShowHistory}>
              Import history
            </Button>
            {r.kind === "people" ? (
              <RouterButton to="/people" variant="default">
                Open people
              </RouterButton>
            ) : (
              <>
                <RouterButton to="/team" search={{}} variant="default">
                  Open team overview
                </RouterButton>
                <RouterButton to="/cycles" variant="default">
                  Open review cycles
                </RouterButton>
              </>
            )}
          </Group>
        </>
      )}
      {r?.status === "failed" && (
        <>
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title="Nothing was imported"
            role="alert"
          >
            {r.errorMessage ?? "The import stopped; nothing was written."}
          </Alert>
          {r.problems.length > 0 && (
            <section aria-labelledby="run-problems-heading">
              <Title order={3} size="h5" id="run-problems-heading" mb="xs">
                Problems by row and column ({formatCount(r.counts.problems || r.problems.length)})
              </Title>
              <ProblemsTable
                problems={r.problems}
                total={Math.max(r.counts.problems, r.problems.length)}
                headingId="run-problems-heading"
              />
            </section>
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onBackToCheck}>
              Back to the check
            </Button>
            <Button variant="default" onClick={onStartOver}>
              Start over
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
