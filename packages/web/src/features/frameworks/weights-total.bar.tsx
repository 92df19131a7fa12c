import { Group, Paper, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconCheck } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { formatWeight, type WeightTotals } from "./weights-total.js";

function Total({ label, total, ok }: { label: string; total: number; ok: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon size="sm" radius="xl" color={ok ? "green" : "red"} variant="light" aria-hidden>
        {ok ? <IconCheck size={14} /> : <IconAlertTriangle size={14} />}
      </ThemeIcon>
      <Text
        size="sm"
        fw={600}
        c={ok ? "var(--mantine-color-green-light-color)" : "var(--mantine-color-red-light-color)"}
      >
        {label} {formatWeight(total)}% of 100%
      </Text>
    </Group>
  );
}

/** The sticky bar over the editor: weight totals as they are typed, the save status, actions. */
export function WeightsTotalBar({
  totals,
  status,
  actions,
}: {
  totals: WeightTotals;
  status: ReactNode;
  actions: ReactNode;
}) {
  return (
    <Paper
      withBorder
      radius="md"
      px="md"
      py="xs"
      shadow="xs"
      style={{ position: "sticky", top: "calc(var(--app-shell-header-height, 0px) + 8px)", zIndex: 5 }}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        {/* Announced politely so a screen reader hears the total change while typing a weight. */}
        <Group gap="md" aria-live="polite" aria-label="Weight totals" role="status">
          {totals.sections && <Total label="Sections" total={totals.sections.total} ok={totals.sections.ok} />}
          {totals.groups.map((g) => (
            <Total key={g.key ?? "total"} label={g.label} total={g.total} ok={g.ok} />
          ))}
        </Group>
        <Group gap="sm">
          {status}
          {actions}
        </Group>
      </Group>
    </Paper>
  );
}
