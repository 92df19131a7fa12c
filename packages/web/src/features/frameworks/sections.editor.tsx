import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { Section } from "@yardstick/core";
import { keyFromTitle } from "../../components/key-from-title.js";
import { NumberField } from "./number.field.js";

interface Props {
  sections: Section[];
  onChange: (sections: Section[]) => void;
  /** Removing a section also clears it from the assignments that used it. */
  onRemove: (key: string) => void;
}

function uniqueKey(name: string, taken: Set<string>): string {
  const base = keyFromTitle(name) || "section";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** Optional sections (e.g. performance / behaviour / development) with their own weights. */
export function SectionsEditor({ sections, onChange, onRemove }: Props) {
  const set = (i: number, patch: Partial<Section>) =>
    onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const add = () => {
    const name = ["Performance", "Behaviour", "Development"][sections.length] ?? `Section ${sections.length + 1}`;
    onChange([...sections, { key: uniqueKey(name, new Set(sections.map((s) => s.key))), name, weight: 0 }]);
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="sections-heading"
      id="framework-sections"
      tabIndex={-1}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="sections-heading">
            Sections
          </Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={add}>
            Add section
          </Button>
        </Group>
        {sections.length === 0 ? (
          <Text size="sm" c="dimmed">
            No sections: all KPI weights together sum to 100. Add sections to weigh groups such as performance and
            development separately.
          </Text>
        ) : (
          sections.map((section, i) => (
            <Group key={section.key} gap="xs" align="flex-end" wrap="wrap">
              <TextInput
                label={`Section ${i + 1} name`}
                value={section.name}
                onChange={(e) => set(i, { name: e.currentTarget.value })}
                w={220}
                description={`Key: ${section.key}`}
              />
              <NumberField
                id={`section-${i}-weight`}
                label={`Section ${i + 1} weight (%)`}
                value={section.weight}
                onChange={(weight) => set(i, { weight })}
                min={0}
                max={100}
                w={160}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove section ${section.name || section.key}`}
                onClick={() => onRemove(section.key)}
                mb={6}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))
        )}
      </Stack>
    </Paper>
  );
}
