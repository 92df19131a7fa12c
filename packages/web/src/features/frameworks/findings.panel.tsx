import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import type { Finding, FrameworkDocument } from "@yardstick/core";
import { RouterAnchor } from "../../components/router-link.js";
import type { Kpi } from "../kpis/kpi.types.js";
import { assignmentFieldIds, findingTarget } from "./framework-lint.js";
import { SEVERITY_COLORS, SEVERITY_LABELS } from "./severity.js";

interface Props {
  findings: Finding[];
  /** For naming and linking KPI findings (`kpis[3].unit` is about the library record). */
  document: FrameworkDocument | undefined;
  kpiByKey: Map<string, Kpi>;
  /** Whether the fields can be focused (not in a read-only view). */
  editable: boolean;
  title?: string;
}

function focusFirst(ids: string[]): void {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (!element) continue;
    element.scrollIntoView({ block: "center", behavior: "smooth" });
    element.focus({ preventScroll: true });
    return;
  }
}

function FindingAction({
  finding,
  doc,
  kpiByKey,
  editable,
}: {
  finding: Finding;
  doc: FrameworkDocument | undefined;
  kpiByKey: Map<string, Kpi>;
  editable: boolean;
}) {
  const target = findingTarget(finding.path);
  if (target.kind === "kpi") {
    const key = doc?.kpis[target.index]?.key;
    const kpi = key ? kpiByKey.get(key) : undefined;
    if (!kpi) return null;
    return (
      <RouterAnchor to="/kpis/$kpiId" params={{ kpiId: kpi.id }} size="sm">
        Open KPI “{kpi.name}”
      </RouterAnchor>
    );
  }
  if (!editable) return null;
  let ids: string[] = [];
  if (target.kind === "assignment") ids = assignmentFieldIds(target.index, target.field);
  else if (target.kind === "section") ids = [`section-${target.index}-weight`, "framework-sections"];
  else if (target.kind === "framework") ids = [target.field === "sections" ? "framework-sections" : "framework-kpis"];
  if (ids.length === 0) return null;
  return (
    <Button size="compact-xs" variant="light" onClick={() => focusFirst(ids)}>
      Go to field
    </Button>
  );
}

/** The quality findings of the framework with their fix hints; errors first. */
export function FindingsPanel({ findings, document: doc, kpiByKey, editable, title = "Quality findings" }: Props) {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="findings-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="findings-heading">
            {title}
          </Title>
          <Group gap={4} aria-live="polite">
            <Badge color="red" variant={counts.error ? "filled" : "light"}>
              {counts.error} {counts.error === 1 ? "error" : "errors"}
            </Badge>
            <Badge color="orange" variant="light">
              {counts.warning} {counts.warning === 1 ? "warning" : "warnings"}
            </Badge>
            <Badge color="blue" variant="light">
              {counts.info} info
            </Badge>
          </Group>
        </Group>
        {sorted.length === 0 ? (
          <Group gap="xs">
            <IconCircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden />
            <Text size="sm">No findings: this framework passes every quality check.</Text>
          </Group>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: "none" }} aria-label="Findings">
            {sorted.map((f) => (
              <li key={`${f.rule}:${f.path}:${f.message}`}>
                <Paper
                  withBorder
                  p="xs"
                  radius="sm"
                  style={{ borderLeft: `4px solid var(--mantine-color-${SEVERITY_COLORS[f.severity]}-6)` }}
                >
                  <Group gap={6} mb={2} wrap="wrap">
                    <Badge size="sm" color={SEVERITY_COLORS[f.severity]} variant="light">
                      {SEVERITY_LABELS[f.severity]}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {f.rule}
                    </Text>
                  </Group>
                  <Text size="sm" fw={500}>
                    {f.message}
                  </Text>
                  <Text size="sm" c="dimmed">
                    Fix: {f.hint}
                  </Text>
                  <Group mt={4}>
                    <FindingAction finding={f} doc={doc} kpiByKey={kpiByKey} editable={editable} />
                  </Group>
                </Paper>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
