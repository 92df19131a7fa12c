import { ActionIcon, Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { assignmentFieldId } from "./framework-lint.js";
import { NumberField } from "./number.field.js";

interface Props {
  index: number;
  points: [number, number][];
  onChange: (points: [number, number][]) => void;
  errorFor: (field: string) => string | undefined;
}

/** The [value, score] points of a curve; scores are entered as fractions (1 = target met). */
export function CurvePointsEditor({ index, points, onChange, errorFor }: Props) {
  const set = (i: number, part: 0 | 1, value: number) =>
    onChange(points.map((p, j) => (j === i ? ((part === 0 ? [value, p[1]] : [p[0], value]) as [number, number]) : p)));
  const last = points.at(-1);
  return (
    <Stack gap={6} id={assignmentFieldId(index, "scoring.points")} tabIndex={-1}>
      <Text size="sm" fw={500}>
        Curve points
      </Text>
      {errorFor("scoring.points") && (
        <Text size="xs" c="red">
          {errorFor("scoring.points")}
        </Text>
      )}
      {points.map((point, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: points have no identity besides their position
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <NumberField
            id={assignmentFieldId(index, `scoring.points.${i}.0`)}
            label={`Point ${i + 1} value`}
            size="xs"
            value={point[0]}
            onChange={(v) => set(i, 0, v)}
            error={errorFor(`scoring.points.${i}.0`)}
          />
          <NumberField
            id={assignmentFieldId(index, `scoring.points.${i}.1`)}
            label={`Point ${i + 1} score (1 = 100%)`}
            size="xs"
            step={0.1}
            value={point[1]}
            onChange={(v) => set(i, 1, v)}
            error={errorFor(`scoring.points.${i}.1`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove point ${i + 1}`}
            onClick={() => onChange(points.filter((_, j) => j !== i))}
            mb={4}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...points, [last ? last[0] + 10 : 0, last ? last[1] : 1]])}
        >
          Add point
        </Button>
      </Group>
    </Stack>
  );
}
