import { Table, Text, VisuallyHidden } from "@mantine/core";
import { formatScore, scoreTone } from "../scorecards/score-format.js";

/** A score in a table cell: tinted red, amber or green, with the percentage and a word. */
export function ScoreCell({ score, absent }: { score: number | null; absent?: boolean }) {
  if (absent)
    return (
      <Table.Td style={{ textAlign: "right" }}>
        <Text size="sm" c="dimmed" aria-hidden>
          –
        </Text>
        <VisuallyHidden>not on this person's scorecard</VisuallyHidden>
      </Table.Td>
    );
  const tone = scoreTone(score);
  return (
    <Table.Td
      style={{
        backgroundColor: tone.color === "gray" ? undefined : `var(--mantine-color-${tone.color}-light)`,
        textAlign: "right",
      }}
    >
      <Text size="sm" fw={600} span>
        {formatScore(score)}
      </Text>
      <Text size="xs" c={tone.color === "gray" ? "dimmed" : `var(--mantine-color-${tone.color}-light-color)`}>
        {tone.short}
      </Text>
    </Table.Td>
  );
}
