import { Button, Group, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { apiUrl } from "../../api/api-client.js";

export type ExportTable = "people" | "measurements" | "scorecards";

const TABLE_LABELS: Record<ExportTable, string> = {
  people: "people",
  measurements: "KPI values",
  scorecards: "scores",
};

interface Props {
  table: ExportTable;
  /** Required for measurements and scorecards: the review cycle to export. */
  cycleId?: string;
  /** The visible lead-in, e.g. "Export scores"; defaults from the table. */
  label?: string;
}

/**
 * CSV and XLSX downloads of a table as plain links: the browser downloads the file with the
 * session cookie, so big exports stream straight to disk instead of through page memory.
 */
export function ExportLinks({ table, cycleId, label }: Props) {
  const what = TABLE_LABELS[table];
  const lead = label ?? `Export ${what}`;
  const href = (format: "csv" | "xlsx") => apiUrl(`/exports/${table}`, { cycleId, format });
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={lead}>
      <Text size="sm" c="dimmed" mr={4} aria-hidden style={{ whiteSpace: "nowrap" }}>
        {lead}
      </Text>
      {(["csv", "xlsx"] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={href(format)}
          download
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          aria-label={`${lead} as ${format.toUpperCase()}`}
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
