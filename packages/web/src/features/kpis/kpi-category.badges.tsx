import { Badge, Group } from "@mantine/core";
import { FOCUS_LABELS, KIND_LABELS, type Kpi, TIMING_LABELS } from "./kpi.types.js";

/** The three classifications of a KPI as badges, each with its dimension named for screen readers. */
export function KpiCategoryBadges({ categories }: { categories: Kpi["categories"] }) {
  return (
    <Group gap={4} wrap="wrap">
      <Badge size="sm" variant="light" color="blue" title="Kind" aria-label={`Kind: ${KIND_LABELS[categories.kind]}`}>
        {KIND_LABELS[categories.kind]}
      </Badge>
      <Badge
        size="sm"
        variant="light"
        color="grape"
        title="Timing"
        aria-label={`Timing: ${TIMING_LABELS[categories.timing]}`}
      >
        {TIMING_LABELS[categories.timing]}
      </Badge>
      <Badge
        size="sm"
        variant="light"
        color="teal"
        title="Focus"
        aria-label={`Focus: ${FOCUS_LABELS[categories.focus]}`}
      >
        {FOCUS_LABELS[categories.focus]}
      </Badge>
    </Group>
  );
}
