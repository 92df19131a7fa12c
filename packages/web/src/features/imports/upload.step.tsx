import { Alert, Button, Group, NativeSelect, Progress, Radio, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { ApiError, errorMessage } from "../../api/api-error.js";
import { FileDropField } from "./file-drop.field.js";
import { formatBytes, percent } from "./import-format.js";
import type { ImportKind, ImportSource } from "./imports.types.js";

export interface UploadState {
  file: File | null;
  loaded: number;
  total: number;
  /** Uploading, then the server reads the headers; then checking with a saved mapping. */
  phase: "idle" | "uploading" | "reading" | "checking";
  error: unknown;
}

interface Props {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  sources: ImportSource[];
  /** The saved source chosen, or "" for a new one. */
  sourceId: string;
  onSourceId: (id: string) => void;
  newSourceName: string;
  onNewSourceName: (name: string) => void;
  state: UploadState;
  onFile: (file: File) => void;
  onCancel: () => void;
}

function errorTitle(error: unknown): string {
  if (error instanceof ApiError && error.status === 413) return "The file is too large";
  if (error instanceof ApiError && error.status === 400) return "The file cannot be imported";
  return "The upload failed";
}

/** Step 1: what the file holds, which tool it comes from, and the file itself. */
export function UploadStep(props: Props) {
  const { state } = props;
  const busy = state.phase !== "idle";
  const sourcesOfKind = props.sources.filter((s) => s.kind === props.kind);
  const uploadPercent = percent(state.loaded, state.total);
  const status =
    state.phase === "uploading"
      ? `Uploading ${state.file?.name ?? "the file"}: ${uploadPercent}%`
      : state.phase === "reading"
        ? "Upload complete. Reading the columns…"
        : state.phase === "checking"
          ? "Checking every row with the saved mapping…"
          : "";
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        Choose the file
      </Title>
      <Radio.Group
        label="What does the file hold?"
        value={props.kind}
        onChange={(value) => props.onKind(value as ImportKind)}
      >
        <Stack gap="xs" mt={6}>
          <Radio
            value="measurements"
            label="KPI values"
            description="Values per employee, KPI and period, exported from a CRM, a ticketing system or a spreadsheet"
            disabled={busy}
          />
          <Radio
            value="people"
            label="People"
            description="The people list exported from your HR system: numbers, names, roles, managers"
            disabled={busy}
          />
        </Stack>
      </Radio.Group>
      <Group align="flex-start" gap="md" wrap="wrap">
        <NativeSelect
          label="Where the file comes from"
          description="A source with a saved mapping maps next month's file by itself"
          value={props.sourceId}
          onChange={(event) => props.onSourceId(event.currentTarget.value)}
          disabled={busy}
          data={[
            { value: "", label: "A new source: map the columns" },
            ...sourcesOfKind.map((s) => ({ value: s.id, label: `${s.name} (saved mapping)` })),
          ]}
          w={{ base: "100%", sm: 320 }}
        />
        {props.sourceId === "" && (
          <TextInput
            label="Name for this source"
            description="Optional: saves the mapping for next time"
            placeholder="e.g. CRM monthly export"
            value={props.newSourceName}
            onChange={(event) => props.onNewSourceName(event.currentTarget.value)}
            disabled={busy}
            maxLength={100}
            w={{ base: "100%", sm: 320 }}
          />
        )}
      </Group>
      <FileDropField
        label="File to import"
        description="CSV or XLSX with the column names in the first row. Drop it here or select to browse."
        file={state.file}
        onFile={props.onFile}
        disabled={busy}
      />
      {busy && (
        <Stack gap={6}>
          <Progress
            value={state.phase === "uploading" ? uploadPercent : 100}
            animated={state.phase !== "uploading"}
            striped={state.phase !== "uploading"}
            aria-label="Upload progress"
            size="lg"
          />
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" role="status" aria-live="polite">
              {status}
            </Text>
            {state.phase === "uploading" && (
              <Text size="sm" c="dimmed">
                {formatBytes(state.loaded)} of {formatBytes(state.total)}
              </Text>
            )}
          </Group>
          {state.phase === "uploading" && (
            <Group>
              <Button variant="default" size="xs" onClick={props.onCancel}>
                Cancel upload
              </Button>
            </Group>
          )}
        </Stack>
      )}
      {state.error !== null && state.error !== undefined && (
        // The server's message already names the reason (limit, binary, empty, header only); issues would repeat it.
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={errorTitle(state.error)}
          icon={<IconAlertTriangle aria-hidden />}
        >
          <Text size="sm">{errorMessage(state.error)}</Text>
          <Text size="sm" mt={4}>
            Nothing was imported. Choose another file, or fix this one and select it again.
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
