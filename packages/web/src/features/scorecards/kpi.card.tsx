import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle, IconPencil } from "@tabler/icons-react";
import { KpiTrend } from "./kpi-trend.js";
import type { ScorecardTrend } from "./measurement.types.js";
import { formatScore, formatValue, scoreTone } from "./score-format.js";
import type { KpiScore, ScorecardItem } from "./scorecard.types.js";
import { targetSummary } from "./target-fields.js";

interface Props {
  item: ScorecardItem;
  score: KpiScore | undefined;
  trend: ScorecardTrend["kpis"][number] | undefined;
  unit: string | null;
  /** Shows "Report a value" when the caller may report this KPI now. */
  onReport?: () => void;
  onExplain: () => void;
}

/** One KPI of a scorecard: value against target, score, trend, and the way to its explanation. */
export function KpiCard({ item, score, trend, unit, onReport, onExplain }: Props) {
  const tone = scoreTone(score?.score);
  const headingId = `kpi-${item.kpi}-name`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {item.kpiName}
          </Title>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {item.weight}%
          </Badge>
        </Group>
        <Group gap="lg" align="flex-end" wrap="wrap">
          <div>
            <Text size="xs" c="dimmed">
              Score
            </Text>
            <Text size="xl" fw={700} lh={1.1}>
              {formatScore(score?.score)}
            </Text>
          </div>
          <Badge color={tone.color} variant="light">
            {tone.label}
          </Badge>
        </Group>
        <Group gap="lg" wrap="wrap">
          <div>
            <Text size="xs" c="dimmed">
              Value
            </Text>
            <Text size="sm" fw={500}>
              {formatValue(score?.value, unit)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              Target
            </Text>
            <Text size="sm" fw={500}>
              {targetSummary(item.scoring, unit)}
            </Text>
          </div>
        </Group>
        {item.override && (
          <Text size="xs" c="var(--mantine-color-orange-light-color)">
            Personal target: {item.override.reason}
          </Text>
        )}
        <KpiTrend trend={trend} />
        <Group gap="xs" mt={4}>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconInfoCircle size={14} aria-hidden />}
            onClick={onExplain}
            aria-label={`How is this calculated? ${item.kpiName}`}
          >
            How is this calculated?
          </Button>
          {onReport && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onReport}
              aria-label={`Report a value for ${item.kpiName}`}
            >
              Report a value
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
