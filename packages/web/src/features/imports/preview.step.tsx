import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SimpleGrid,
  Spoiler,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { ErrorAlert } from "../../components/error-alert.js";
import { formatCount, plural } from "./import-format.js";
import type { PreviewResponse } from "./imports.types.js";
import { ProblemsTable } from "./problems.table.js";

interface Props {
  fileName: string;
  preview: PreviewResponse;
  saveMapping: boolean;
  onSaveMapping: (save: boolean) => void;
  sourceName: string;
  onSourceName: (name: string) => void;
  committing: boolean;
  commitError: unknown;
  rechecking: boolean;
  onRecheck: () => void;
  onChangeMapping: () => void;
  onStartOver: () => void;
  onCommit: () => void;
}

function Stat({ label, value, unit, color }: { label: string; value: number; unit: string; color?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} lh={1.2}>
        {formatCount(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {unit}
      </Text>
    </Paper>
  );
}

/** Step 3, the dry run: what an import would add, change and leave, and every problem by row and column. */
export function PreviewStep(props: Props) {
  const { preview } = props;
  const { counts } = preview;
  const unit = preview.kind === "people" ? "people" : "values";
  const sampleHeaders = preview.headers;
  const nameMissing = props.saveMapping && props.sourceName.trim() === "";
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h4">
          Check before importing
        </Title>
        <Text size="sm" c="dimmed">
          {props.fileName}
          {preview.sheet ? `, sheet “${preview.sheet}”` : ""}: nothing has been saved yet.
        </Text>
      </div>
      <div role="status" aria-live="polite">
        {preview.ready ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title="No problems found">
            {plural(counts.rows, "row")} can be imported: {formatCount(counts.added)} {unit} would be added,{" "}
            {formatCount(counts.changed)} changed and {formatCount(counts.unchanged)} left unchanged.
          </Alert>
        ) : (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={
              counts.problems > 0
                ? `${plural(counts.problems, "problem")} found: nothing can be imported yet`
                : "The mapping is not complete"
            }
          >
            {counts.problems > 0
              ? "An import saves every row or none. Fix the rows in the file and upload it again, or change the mapping and check again."
              : "Change the mapping so every required field has a column."}
          </Alert>
        )}
      </div>
      {preview.mappingIssues.length > 0 && (
        <Alert color="orange" variant="light" title="The mapping does not fit this file">
          <List size="sm">
            {preview.mappingIssues.map((issue) => (
              <List.Item key={issue}>{issue}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <section aria-labelledby="import-counts-heading">
        <Title order={3} size="h5" id="import-counts-heading" mb="xs">
          What the import would do
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          <Stat label="Rows" value={counts.rows} unit="in the file" />
          <Stat
            label="Would add"
            value={counts.added}
            unit={`new ${unit}`}
            color="var(--mantine-color-green-light-color)"
          />
          <Stat label="Would change" value={counts.changed} unit={`corrected ${unit}`} color="blue.8" />
          <Stat label="Unchanged" value={counts.unchanged} unit={`${unit} as stored`} />
          <Stat
            label="Problems"
            value={counts.problems}
            unit="to fix first"
            color={counts.problems > 0 ? "var(--mantine-color-red-light-color)" : undefined}
          />
        </SimpleGrid>
      </section>
      {counts.problems > 0 && (
        <section aria-labelledby="import-problems-heading">
          <Title order={3} size="h5" id="import-problems-heading" mb="xs">
            Problems by row and column ({formatCount(counts.problems)})
          </Title>
          <ProblemsTable problems={preview.problems} total={counts.problems} headingId="import-problems-heading" />
        </section>
      )}
      {preview.warnings.length > 0 && (
        <section aria-labelledby="import-warnings-heading">
          <Title order={3} size="h5" id="import-warnings-heading" mb="xs">
            Warnings ({formatCount(preview.warnings.length)})
          </Title>
          <Spoiler maxHeight={96} showLabel="Show all warnings" hideLabel="Show fewer warnings">
            <List size="sm">
              {preview.warnings.map((w, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no identity beyond their place
                <List.Item key={i}>
                  {w.row > 0 ? `Row ${w.row}: ` : ""}
                  {w.message}
                </List.Item>
              ))}
            </List>
          </Spoiler>
        </section>
      )}
      {preview.sample.length > 0 && (
        <section aria-labelledby="import-sample-heading">
          <Title order={3} size="h5" id="import-sample-heading" mb="xs">
            First rows of the file
          </Title>
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={Math.max(600, sampleHeaders.length * 120)} maxHeight={360}>
              <Table verticalSpacing={4} fz="xs" striped stickyHeader aria-labelledby="import-sample-heading">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Row</Table.Th>
                    {sampleHeaders.map((h) => (
                      <Table.Th scope="col" key={h}>
                        {h}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.map((row) => (
                    <Table.Tr key={row.row}>
                      <Table.Td>{row.row}</Table.Td>
                      {sampleHeaders.map((h, i) => (
                        <Table.Td key={h} style={{ whiteSpace: "nowrap" }}>
                          {row.cells[i] ?? ""}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </section>
      )}
      <Paper withBorder radius="md" p="sm">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Checkbox
            label={
              props.sourceName.trim()
                ? `Save mapping as “${props.sourceName.trim()}”`
                : "Save mapping for next month's file"
            }
            checked={props.saveMapping}
            onChange={(event) => props.onSaveMapping(event.currentTarget.checked)}
            mb={8}
          />
          {props.saveMapping && (
            <TextInput
              label="Name for this source"
              value={props.sourceName}
              onChange={(event) => props.onSourceName(event.currentTarget.value)}
              error={nameMissing ? "Name the source to save its mapping" : undefined}
              maxLength={100}
              w={{ base: "100%", sm: 280 }}
            />
          )}
        </Group>
      </Paper>
      {props.commitError !== null && props.commitError !== undefined && (
        <ErrorAlert error={props.commitError} title="The import could not start" />
      )}
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" onClick={props.onStartOver} disabled={props.committing}>
            Start over
          </Button>
          <Button variant="default" onClick={props.onChangeMapping} disabled={props.committing}>
            Change mapping
          </Button>
          <Button variant="default" onClick={props.onRecheck} loading={props.rechecking} disabled={props.committing}>
            Check again
          </Button>
        </Group>
        <Group gap="sm" wrap="wrap" justify="flex-end">
          {!preview.ready && (
            <Text size="sm" c="dimmed" id="import-blocked-reason">
              Fix every problem to import.
            </Text>
          )}
          <Button
            aria-describedby={preview.ready ? undefined : "import-blocked-reason"}
            onClick={props.onCommit}
            disabled={!preview.ready || nameMissing || props.rechecking}
            loading={props.committing}
          >
            Import {plural(counts.rows, "row")}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
