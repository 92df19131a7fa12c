import { Badge, Button, Group, Text } from "@mantine/core";
import { assessAssignmentTarget, type Direction, formatNumber, type ScoringConfig } from "@yardstick/core";
import { useMemo } from "react";
import type { KpiHistoryValues } from "./kpi-health.types.js";
import {
  applySuggestedTarget,
  CLASSIFICATION_COLORS,
  CLASSIFICATION_LABELS,
  historySource,
  realismLine,
  roundedSuggestion,
} from "./realism-line.js";

interface Props {
  index: number;
  scoring: ScoringConfig;
  direction: Direction | null | undefined;
  unit: string | null | undefined;
  history: KpiHistoryValues;
  onApply: (scoring: ScoringConfig) => void;
}

/**
 * How the assignment's current target compares with the KPI's past results (live as the target
 * changes), with a button that applies the suggested target. Nothing for methods without a
 * single target (range, curve, bands) or while the target is blank.
 */
export function RealismLine({ index, scoring, direction, unit, history, onApply }: Props) {
  const realism = useMemo(
    () => assessAssignmentTarget(scoring, direction, history.values),
    [scoring, direction, history.values],
  );
  if (!realism) return null;
  const id = `assignment-${index}-realism`;
  const suggested = roundedSuggestion(realism);
  const canApply = suggested !== realism.target;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" role="group" aria-labelledby={id}>
      <Badge size="sm" variant="light" color={CLASSIFICATION_COLORS[realism.classification]}>
        {CLASSIFICATION_LABELS[realism.classification]}
      </Badge>
      <Text size="sm" id={id} title={realism.explanation.join("\n")} style={{ flex: 1, minWidth: 0 }}>
        {realismLine(realism, unit)}{" "}
        <Text span size="xs" c="dimmed">
          ({historySource(history)})
        </Text>
      </Text>
      {canApply && (
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => onApply(applySuggestedTarget(scoring, realism))}
          aria-label={`Apply the suggested target ${formatNumber(suggested)}`}
        >
          Use {formatNumber(suggested)}
        </Button>
      )}
    </Group>
  );
}
