import { ActionIcon, Badge, Grid, Group, MultiSelect, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import type { Assignment, Finding, Section } from "@yardstick/core";
import { memo } from "react";
import { RouterAnchor } from "../../components/router-link.js";
import type { KpiHistoryValues } from "../kpi-health/kpi-health.types.js";
import { RealismLine } from "../kpi-health/realism.line.js";
import type { Kpi } from "../kpis/kpi.types.js";
import { assignmentFieldId, findingTarget } from "./framework-lint.js";
import { NumberField } from "./number.field.js";
import { ScorePreview } from "./score-preview.js";
import { ScoringEditor } from "./scoring.editor.js";
import { SEVERITY_COLORS } from "./severity.js";

export interface Option {
  value: string;
  label: string;
}

interface Props {
  index: number;
  assignment: Assignment;
  kpi: Kpi | undefined;
  sections: Section[];
  objectiveOptions: Option[];
  responsibilityOptions: Option[];
  findings: Finding[];
  /** Past results of the KPI (hr/admin), for the realism line; undefined without enough history. */
  history?: KpiHistoryValues;
  onChange: (index: number, assignment: Assignment) => void;
  onRemove: (index: number) => void;
}

/** One KPI of the framework: weight, section, links and scoring, with its live score curve. */
export const AssignmentCard = memo(function AssignmentCard({
  index,
  assignment,
  kpi,
  sections,
  objectiveOptions,
  responsibilityOptions,
  findings,
  history,
  onChange,
  onRemove,
}: Props) {
  const name = kpi?.name ?? assignment.kpi;
  const set = (patch: Partial<Assignment>) => onChange(index, { ...assignment, ...patch });
  // Inline messages for errors only; warnings and hints stay in the findings panel.
  const errorFor = (field: string) =>
    findings.find((f) => f.severity === "error" && (findingTarget(f.path) as { field?: string }).field === field)
      ?.message;
  const headingId = `assignment-${index}-heading`;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={headingId}
      id={`assignment-${index}`}
      tabIndex={-1}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} size="h5" id={headingId}>
              {kpi ? (
                <RouterAnchor to="/kpis/$kpiId" params={{ kpiId: kpi.id }} inherit>
                  {name}
                </RouterAnchor>
              ) : (
                name
              )}
            </Title>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {assignment.kpi}
                {kpi?.unit ? ` · ${kpi.unit}` : ""}
              </Text>
              {kpi && (
                <>
                  <Badge size="xs" variant="light" color="gray">
                    {kpi.categories.timing}
                  </Badge>
                  <Badge size="xs" variant="light" color="gray">
                    {kpi.categories.focus}
                  </Badge>
                </>
              )}
              {!kpi && (
                <Badge size="xs" color="red" variant="light">
                  Not in the KPI library
                </Badge>
              )}
              {(["error", "warning"] as const).map((severity) => {
                const count = findings.filter((f) => f.severity === severity).length;
                if (count === 0) return null;
                return (
                  <Badge key={severity} size="xs" color={SEVERITY_COLORS[severity]} variant="light">
                    {count}{" "}
                    {severity === "error" ? (count === 1 ? "error" : "errors") : count === 1 ? "warning" : "warnings"}
                  </Badge>
                );
              })}
            </Group>
          </Stack>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove ${name}`} onClick={() => onRemove(index)}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>

        <Grid gap="xs">
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <NumberField
              id={assignmentFieldId(index, "weight")}
              label="Weight (%)"
              min={0}
              max={100}
              value={assignment.weight}
              onChange={(weight) => set({ weight })}
              error={errorFor("weight")}
              decimalScale={2}
            />
          </Grid.Col>
          {sections.length > 0 && (
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                id={assignmentFieldId(index, "section")}
                label="Section"
                data={sections.map((s) => ({ value: s.key, label: s.name || s.key }))}
                value={assignment.section ?? null}
                placeholder="Choose a section"
                onChange={(section) => {
                  const { section: _previous, ...rest } = assignment;
                  onChange(index, section ? { ...rest, section } : rest);
                }}
                error={errorFor("section")}
              />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, sm: sections.length > 0 ? 6 : 9 }}>
            <Select
              id={assignmentFieldId(index, "responsibility")}
              label="Responsibility it measures"
              data={responsibilityOptions}
              value={assignment.responsibility ?? null}
              placeholder={
                responsibilityOptions.length ? "Choose a responsibility" : "The role has no responsibilities yet"
              }
              clearable
              onChange={(responsibility) => {
                const { responsibility: _previous, ...rest } = assignment;
                onChange(index, responsibility ? { ...rest, responsibility } : rest);
              }}
              error={errorFor("responsibility")}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <MultiSelect
              id={assignmentFieldId(index, "objectives")}
              label="Objectives it serves"
              data={objectiveOptions}
              value={assignment.objectives}
              searchable
              placeholder={assignment.objectives.length ? undefined : "Link one or more strategic objectives"}
              onChange={(objectives) => set({ objectives })}
              error={errorFor("objectives")}
            />
          </Grid.Col>
        </Grid>

        <Grid gap="md">
          <Grid.Col span={{ base: 12, xl: 6 }}>
            <ScoringEditor
              index={index}
              config={assignment.scoring}
              kpi={kpi}
              unit={kpi?.unit}
              onChange={(scoring) => set({ scoring })}
              errorFor={errorFor}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 6 }}>
            <ScorePreview config={assignment.scoring} unit={kpi?.unit} label={name} />
          </Grid.Col>
        </Grid>
        {history && (
          <RealismLine
            index={index}
            scoring={assignment.scoring}
            direction={kpi?.direction}
            unit={kpi?.unit}
            history={history}
            onApply={(scoring) => set({ scoring })}
          />
        )}
      </Stack>
    </Paper>
  );
});
