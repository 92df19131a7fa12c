import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { ErrorAlert } from "../../components/error-alert.js";
import type { ColumnSuggestion, DateOrder, MappingSuggestion, NumberFormat } from "./imports.types.js";
import {
  type MappingDraft,
  mappingFromDraft,
  needsKpi,
  type Shape,
  suggestionFor,
  targetLabel,
  targetOptions,
  withAssignment,
  withShape,
} from "./mapping-draft.model.js";

export interface KpiChoice {
  key: string;
  name: string;
}

interface Props {
  fileName: string;
  headers: string[];
  sheets: string[];
  sheet: string | null;
  onSheet: (sheet: string) => void;
  suggestion: MappingSuggestion | undefined;
  /** Set when the mapping came from a saved source. */
  savedSourceName: string | null;
  /** Set when the chosen source's saved mapping reads none of this file's columns. */
  mismatchedSourceName: string | null;
  draft: MappingDraft;
  onDraft: (draft: MappingDraft) => void;
  kpis: KpiChoice[];
  /** First values of each column, known once the file was checked. */
  samples: Record<string, string[]>;
  /** What the last check said about the mapping itself (e.g. a saved column that is gone). */
  serverIssues: string[];
  checking: boolean;
  checkError: unknown;
  onCheck: () => void;
  onStartOver: () => void;
}

function confidenceLabel(confidence: number): { label: string; color: string } {
  if (confidence >= 0.9) return { label: "sure", color: "green" };
  if (confidence >= 0.75) return { label: "likely", color: "blue" };
  return { label: "guess", color: "gray" };
}

function SuggestionHint({ suggestion, label, kept }: { suggestion?: ColumnSuggestion; label: string; kept: boolean }) {
  if (!suggestion) {
    return (
      <Text size="xs" c="dimmed">
        No suggestion for this column
      </Text>
    );
  }
  const { label: sureness, color } = confidenceLabel(suggestion.confidence);

  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge variant="light" color={color} size="sm" miw="max-content">
        {sureness} {Math.round(suggestion.confidence * 100)}%
      </Badge>
      <Text size="xs">
        {kept ? "As suggested" : `Suggested: ${label}`}: {suggestion.reason}
      </Text>
    </Group>
  );
}

/** The select value a suggestion stands for, to tell whether the person kept it. */
function suggestedTarget(s: ColumnSuggestion): string {
  if (s.field === "employee") {
    return s.employeeMatch === "email"
      ? "employee-email"
      : s.employeeMatch === "employeeNumber"
        ? "employee-number"
        : "employee-auto";
  }
  return s.field.startsWith("person.") ? s.field.slice("person.".length) : s.field;
}

/** Step 2: every file column with what it maps to, pre-filled from the suggestion or the saved source. */
export function MappingStep(props: Props) {
  const { draft, onDraft } = props;
  const result = mappingFromDraft(draft);
  const options = targetOptions(draft.kind, draft.shape);
  const hasPeriodColumn = Object.values(draft.columns).some((a) => a.target === "period");
  const kpiOptions = [
    { value: "", label: "Choose a KPI" },
    ...props.kpis.map((k) => ({ value: k.key, label: k.name })),
  ];
  const kpiNames = new Map(props.kpis.map((k) => [k.key, k.name]));
  const suggestionLabel = (suggestion: ColumnSuggestion) => {
    const label = targetLabel(draft.kind, suggestedTarget(suggestion));
    return suggestion.kpiKey ? `${label} (${kpiNames.get(suggestion.kpiKey) ?? suggestion.kpiKey})` : label;
  };
  const hasSamples = Object.values(props.samples).some((values) => values.length > 0);
  const knownKpis = new Set(props.kpis.map((k) => k.key));
  // A saved mapping may name a KPI that is archived or renamed since; keep it choosable.
  for (const a of Object.values(draft.columns)) {
    if (a.kpiKey && !knownKpis.has(a.kpiKey)) {
      knownKpis.add(a.kpiKey);
      kpiOptions.push({ value: a.kpiKey, label: `${a.kpiKey} (not in the KPI library)` });
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            Map the columns
          </Title>
          <Text size="sm" c="dimmed">
            {props.fileName}: {props.headers.length} columns. Say what each column holds; columns you ignore are not
            read.
          </Text>
        </div>
        {props.sheets.length > 1 && (
          <NativeSelect
            label="Sheet"
            value={props.sheet ?? props.sheets[0] ?? ""}
            onChange={(event) => props.onSheet(event.currentTarget.value)}
            data={props.sheets}
            disabled={props.checking}
            w={{ base: "100%", sm: 240 }}
          />
        )}
      </Group>
      {props.savedSourceName && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          Mapped with the saved mapping of “{props.savedSourceName}”. Change anything that is different this time.
        </Alert>
      )}
      {props.mismatchedSourceName && (
        <Alert color="orange" variant="light" title="This file does not look like the chosen source" role="alert">
          None of the columns of the saved mapping “{props.mismatchedSourceName}” are in this file, so the columns were
          suggested from their names instead. Check them, or start over and choose another source.
        </Alert>
      )}
      {props.serverIssues.length > 0 && (
        <Alert color="orange" variant="light" title="The mapping does not fit this file" role="alert">
          <List size="sm">
            {props.serverIssues.map((issue) => (
              <List.Item key={issue}>{issue}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {draft.kind === "measurements" && (
        <div>
          <Text size="sm" fw={500} id="import-shape-label" mb={4}>
            File shape
          </Text>
          <SegmentedControl
            aria-labelledby="import-shape-label"
            value={draft.shape}
            onChange={(value) => onDraft(withShape(draft, value as Shape))}
            data={[
              { value: "long", label: "One row per value (long)" },
              { value: "wide", label: "One column per KPI (wide)" },
            ]}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {draft.shape === "long"
              ? "Each row names an employee, a KPI, a period and a value."
              : "Each row is an employee and a period; each KPI has its own column, optionally with a remarks column."}
          </Text>
        </div>
      )}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label="Column mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Column in the file</Table.Th>
                {hasSamples && <Table.Th scope="col">First values</Table.Th>}
                <Table.Th scope="col" miw={260}>
                  Maps to
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.headers.map((header, index) => {
                const assignment = draft.columns[header] ?? { target: "ignore" as const };
                const suggestion = suggestionFor(props.suggestion, header);
                const kept =
                  suggestion &&
                  suggestedTarget(suggestion) === assignment.target &&
                  (suggestion.kpiKey ?? "") === (assignment.kpiKey ?? "");
                const hintId = `mapping-hint-${index}`;
                const samples = props.samples[header] ?? [];
                return (
                  <Table.Tr key={header}>
                    <Table.Th scope="row" fw={600} style={{ wordBreak: "break-word" }}>
                      {header}
                    </Table.Th>
                    {hasSamples && (
                      <Table.Td>
                        <Text size="xs" c="dimmed" lineClamp={2} maw={220}>
                          {samples.length > 0 ? samples.join(" · ") : "—"}
                        </Text>
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Stack gap={4}>
                        <Group gap="xs" wrap="wrap" align="flex-start">
                          <NativeSelect
                            aria-label={`Column "${header}" maps to`}
                            aria-describedby={hintId}
                            value={assignment.target}
                            onChange={(event) =>
                              onDraft(
                                withAssignment(draft, header, {
                                  target: event.currentTarget.value as typeof assignment.target,
                                  kpiKey: assignment.kpiKey,
                                }),
                              )
                            }
                            data={options}
                            w={220}
                          />
                          {needsKpi(assignment.target) && (
                            <NativeSelect
                              aria-label={`KPI of column "${header}"`}
                              value={assignment.kpiKey ?? ""}
                              onChange={(event) =>
                                onDraft(
                                  withAssignment(draft, header, {
                                    target: assignment.target,
                                    kpiKey: event.currentTarget.value || undefined,
                                  }),
                                )
                              }
                              data={kpiOptions}
                              w={240}
                            />
                          )}
                        </Group>
                        <div id={hintId}>
                          <SuggestionHint
                            suggestion={suggestion}
                            label={suggestion ? suggestionLabel(suggestion) : ""}
                            kept={Boolean(kept)}
                          />
                        </div>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Group align="flex-start" gap="md" wrap="wrap">
        {draft.kind === "measurements" && !hasPeriodColumn && (
          <TextInput
            label="Period for every row"
            description="The file has no period column: a date (2026-03-31) or a period label (2026-03)"
            value={draft.fixedPeriod}
            onChange={(event) => onDraft({ ...draft, fixedPeriod: event.currentTarget.value })}
            w={{ base: "100%", sm: 320 }}
          />
        )}
        {draft.kind === "measurements" && (
          <NativeSelect
            label="Numbers"
            value={draft.numberFormat}
            onChange={(event) => onDraft({ ...draft, numberFormat: event.currentTarget.value as NumberFormat })}
            data={[
              { value: "auto", label: "Decide from the file" },
              { value: "dot-decimal", label: "1,234.5 (dot decimal)" },
              { value: "comma-decimal", label: "1.234,5 (comma decimal)" },
            ]}
            w={{ base: "100%", sm: 220 }}
          />
        )}
        <NativeSelect
          label="Dates like 03/04/2026"
          value={draft.dateOrder}
          onChange={(event) => onDraft({ ...draft, dateOrder: event.currentTarget.value as DateOrder })}
          data={[
            { value: "auto", label: "Decide from the file" },
            { value: "dmy", label: "Day first (3 April)" },
            { value: "mdy", label: "Month first (March 4)" },
          ]}
          w={{ base: "100%", sm: 220 }}
        />
      </Group>
      {result.problems.length > 0 && (
        <Alert color="yellow" variant="light" title="Before the file can be checked" aria-live="polite">
          <List size="sm">
            {result.problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {props.checkError !== null && props.checkError !== undefined && (
        <ErrorAlert error={props.checkError} title="The file could not be checked" />
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={props.onStartOver} disabled={props.checking}>
          Start over
        </Button>
        <Button onClick={props.onCheck} disabled={result.mapping === null} loading={props.checking}>
          Check file
        </Button>
      </Group>
      {props.checking && (
        <Text size="sm" role="status" aria-live="polite">
          Checking every row of the file; nothing is saved yet…
        </Text>
      )}
    </Stack>
  );
}
