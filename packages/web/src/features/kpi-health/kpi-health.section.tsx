import { Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconHeartbeat } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { RouterAnchor } from "../../components/router-link.js";
import { kpiHealthQuery } from "./kpi-health.queries.js";
import type { KpiHealth } from "./kpi-health.types.js";
import { healthNumbers, healthSummary, KIND_COLORS, KIND_LABELS } from "./kpi-health-format.js";

interface Props {
  cycleId: string;
  /** Closed: the final report, shown at once. Open: "so far", loaded when asked for. */
  final: boolean;
}

/**
 * The cycle's KPI health report, grouped by role: KPIs everyone reached, nobody reached, without
 * data or without a live objective, each with its numbers and a way into the role's framework
 * editor, as input for the next version.
 */
export function KpiHealthSection({ cycleId, final }: Props) {
  const [shown, setShown] = useState(final);
  const report = useQuery({ ...kpiHealthQuery(cycleId), enabled: shown });
  const title = final ? "KPI health" : "KPI health so far";

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="kpi-health-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Group gap="xs">
            <IconHeartbeat size={20} aria-hidden />
            <Title order={2} size="h4" id="kpi-health-heading">
              {title}
            </Title>
          </Group>
          {!shown && (
            <Button variant="light" size="xs" onClick={() => setShown(true)}>
              Show KPI health so far
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {final
            ? "Input for the next version of each role's framework: KPIs that everyone reached, that nobody reached, that had no data, or that no longer serve a live objective."
            : "The same checks on the values recorded so far; the final report comes when the cycle closes."}
        </Text>
        {shown && report.isPending && <ListSkeleton label="Loading the KPI health report" rows={2} />}
        {report.isError && (
          <ErrorAlert
            error={report.error}
            title="Could not load the KPI health report"
            onRetry={() => report.refetch()}
          />
        )}
        {report.isSuccess && <HealthReport report={report.data} />}
      </Stack>
    </Paper>
  );
}

function HealthReport({ report }: { report: KpiHealth }) {
  return (
    <Stack gap="md">
      <Text fw={600}>{healthSummary(report.summary)}</Text>
      {report.roles.map((role) => {
        const flagged = role.kpis.filter((k) => k.status === "flagged");
        const ok = role.kpis.filter((k) => k.status === "ok");
        const headingId = `kpi-health-role-${role.roleId}`;
        return (
          <Stack key={role.roleId} gap={6} component="section" aria-labelledby={headingId}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={3} size="h5" id={headingId}>
                {role.roleTitle}{" "}
                <Text span size="sm" c="dimmed" fw={400}>
                  · {role.scorecards} scorecard{role.scorecards === 1 ? "" : "s"} · {role.flagged} of {role.kpis.length}{" "}
                  KPIs flagged
                </Text>
              </Title>
              {flagged.length > 0 && (
                <RouterAnchor to="/roles/$roleId/framework" params={{ roleId: role.roleId }} size="sm">
                  Open the framework editor (input for the next version)
                </RouterAnchor>
              )}
            </Group>
            {flagged.length > 0 && (
              <List spacing={6} size="sm" listStyleType="none" p={0}>
                {flagged.map((kpi) => (
                  <List.Item key={kpi.kpi}>
                    <Group gap={6} wrap="wrap">
                      <Text span fw={600} size="sm">
                        {kpi.name}
                      </Text>
                      {kpi.findings.map((f) => (
                        <Badge key={f.kind} size="sm" variant="light" color={KIND_COLORS[f.kind]}>
                          {KIND_LABELS[f.kind]}
                        </Badge>
                      ))}
                      <Text span size="xs" c="dimmed">
                        {healthNumbers(kpi)}
                      </Text>
                    </Group>
                    {kpi.findings.map((f) => (
                      <Text key={f.kind} size="sm">
                        {f.message} {f.recommendation}
                      </Text>
                    ))}
                  </List.Item>
                ))}
              </List>
            )}
            {ok.length > 0 && (
              <Text size="sm" c="dimmed">
                OK: {ok.map((k) => k.name).join(", ")}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
