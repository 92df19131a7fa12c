import { ActionIcon, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ScoringConfig } from "@yardstick/core";
import { assignmentFieldId } from "./framework-lint.js";
import { NumberField } from "./number.field.js";

type Band = Extract<ScoringConfig, { method: "bands" }>["bands"][number];

interface Props {
  index: number;
  bands: Band[];
  onChange: (bands: Band[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** Step bands ordered by `from`: a value scores the band it reaches. */
export function BandsEditor({ index, bands, onChange, errorFor }: Props) {
  const set = (i: number, patch: Partial<Band>) => onChange(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  const last = bands.at(-1);
  return (
    <Stack gap={6} id={assignmentFieldId(index, "scoring.bands")} tabIndex={-1}>
      <Text size="sm" fw={500}>
        Bands (ascending by “from”)
      </Text>
      {errorFor("scoring.bands") && (
        <Text size="xs" c="red">
          {errorFor("scoring.bands")}
        </Text>
      )}
      {bands.map((band, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: bands have no identity besides their position
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <NumberField
            id={assignmentFieldId(index, `scoring.bands.${i}.from`)}
            label={`Band ${i + 1} from`}
            size="xs"
            w={120}
            value={band.from}
            onChange={(v) => set(i, { from: v })}
            error={errorFor(`scoring.bands.${i}.from`)}
          />
          <NumberField
            id={assignmentFieldId(index, `scoring.bands.${i}.score`)}
            label={`Band ${i + 1} score (1 = 100%)`}
            size="xs"
            w={150}
            step={0.1}
            value={band.score}
            onChange={(v) => set(i, { score: v })}
            error={errorFor(`scoring.bands.${i}.score`)}
          />
          <TextInput
            label={`Band ${i + 1} label`}
            size="xs"
            w={160}
            value={band.label ?? ""}
            onChange={(e) => {
              const label = e.currentTarget.value;
              const { label: _previous, ...rest } = band;
              onChange(bands.map((b, j) => (j === i ? (label ? { ...rest, label } : rest) : b)));
            }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove band ${i + 1}`}
            onClick={() => onChange(bands.filter((_, j) => j !== i))}
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
          onClick={() => onChange([...bands, { from: last ? last.from + 10 : 0, score: last ? last.score + 0.25 : 1 }])}
        >
          Add band
        </Button>
      </Group>
    </Stack>
  );
}
