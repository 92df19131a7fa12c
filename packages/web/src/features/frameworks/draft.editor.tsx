import { Button, Grid, Group, Paper, Radio, ScrollArea, Stack, Title } from "@mantine/core";
import { IconSend, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { Assignment, Finding, FrameworkDocument, Section } from "@yardstick/core";
import { useCallback, useMemo, useRef, useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { EmptyState } from "../../components/empty-state.js";
import { notifySuccess } from "../../components/notify.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { historyValuesQuery } from "../kpi-health/kpi-health.queries.js";
import type { Kpi } from "../kpis/kpi.types.js";
import type { RoleDetail } from "../roles/role.types.js";
import type { Objective } from "../strategy/objective.types.js";
import { AssignmentCard, type Option } from "./assignment.card.js";
import { newAssignment } from "./default-scoring.js";
import { FindingsPanel } from "./findings.panel.js";
import { type FrameworkContent, MISSING_DATA_LABELS, type Version } from "./framework.types.js";
import { findingsByAssignment, lintContent } from "./framework-lint.js";
import { useDeleteDraft, usePublish, useSaveDraft } from "./frameworks.queries.js";
import { KpiPicker } from "./kpi.picker.js";
import { PublishModal } from "./publish.modal.js";
import { SaveStatusIndicator } from "./save-status.js";
import { SectionsEditor } from "./sections.editor.js";
import { useAutosave } from "./use-autosave.js";
import { WeightsTotalBar } from "./weights-total.bar.js";
import { weightTotals } from "./weights-total.js";

interface Props {
  role: RoleDetail;
  draft: Version;
  organization: FrameworkDocument;
  kpis: Kpi[];
  objectives: Objective[];
}

const NO_FINDINGS: Finding[] = [];

/** Why the content cannot be stored yet: blank numbers (the API takes finite numbers only). */
function blankNumbers(content: FrameworkContent): string | undefined {
  const json = JSON.stringify(content, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? "__blank__" : v));
  return json.includes('"__blank__"') ? "fill in the empty number fields" : undefined;
}

/**
 * Keeps the per-assignment finding lists referentially stable when their content is unchanged,
 * so a keystroke in one card does not re-render every other card and chart.
 */
function useStableFindings(findings: Finding[]): Map<number, Finding[]> {
  const cache = useRef(new Map<number, { json: string; list: Finding[] }>());
  return useMemo(() => {
    const grouped = findingsByAssignment(findings);
    const next = new Map<number, { json: string; list: Finding[] }>();
    const result = new Map<number, Finding[]>();
    for (const [index, list] of grouped) {
      const json = JSON.stringify(list);
      const previous = cache.current.get(index);
      const entry = previous && previous.json === json ? previous : { json, list };
      next.set(index, entry);
      result.set(index, entry.list);
    }
    cache.current = next;
    return result;
  }, [findings]);
}

/** The editor of a role's draft framework: KPIs, weights, links, scoring, live findings, publishing. */
export function DraftEditor({ role, draft, organization, kpis, objectives }: Props) {
  const [content, setContent] = useState<FrameworkContent>(() => ({
    missingData: draft.missingData,
    sections: draft.sections,
    assignments: draft.assignments,
  }));
  const save = useSaveDraft(role.id, draft.version);
  const { status, unsaved, retry } = useAutosave({
    value: content,
    save: (value) => save.mutateAsync(value),
    blockedReason: blankNumbers,
  });
  const publish = usePublish(role.id, draft.version);
  const remove = useDeleteDraft(role.id);
  const [publishing, setPublishing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const kpiByKey = useMemo(() => new Map(kpis.map((k) => [k.key, k])), [kpis]);
  // Past results are personal data: only hr/admin may read them (others simply get no realism line).
  const canReadHistory = useCanDesign();
  const history = useQuery({ ...historyValuesQuery(role.id), enabled: canReadHistory });
  const historyKpis = history.data?.kpis;
  const lintHistory = useMemo(
    () => historyKpis && Object.fromEntries(Object.entries(historyKpis).map(([key, h]) => [key, h.values])),
    [historyKpis],
  );

  const findings = useMemo(() => {
    const started = performance.now();
    const result = lintContent(organization, draft.roleKey, content, lintHistory);
    if (import.meta.env.DEV) {
      console.debug(
        `[framework editor] lint of ${content.assignments.length} KPIs: ${(performance.now() - started).toFixed(1)} ms`,
      );
    }
    return result;
  }, [organization, draft.roleKey, content, lintHistory]);
  const byAssignment = useStableFindings(findings);
  const totals = useMemo(
    () => weightTotals(content.sections, content.assignments),
    [content.sections, content.assignments],
  );

  // Options keyed on strings, not on the assignments array: a keystroke in one card must not
  // hand every other card new props (each re-render of a card costs its selects and chart).
  const linkedArchived = useMemo(() => {
    const archived = new Set(objectives.filter((o) => o.archived).map((o) => o.key));
    const linked = new Set(content.assignments.flatMap((a) => a.objectives.filter((k) => archived.has(k))));
    return [...linked].sort().join(" ");
  }, [objectives, content.assignments]);
  const objectiveOptions = useMemo<Option[]>(() => {
    const keep = new Set(linkedArchived.split(" "));
    return objectives
      .filter((o) => !o.archived || keep.has(o.key))
      .map((o) => ({ value: o.key, label: o.archived ? `${o.title} (archived)` : o.title }));
  }, [objectives, linkedArchived]);
  const responsibilityOptions = useMemo<Option[]>(
    () => role.responsibilities.map((r) => ({ value: r.key, label: r.text })),
    [role.responsibilities],
  );
  const usedKeys = content.assignments.map((a) => a.kpi).join(" ");
  const used = useMemo(() => new Set(usedKeys.split(" ")), [usedKeys]);

  const onAssignmentChange = useCallback((index: number, assignment: Assignment) => {
    setContent((c) => ({ ...c, assignments: c.assignments.map((a, i) => (i === index ? assignment : a)) }));
  }, []);
  const onRemove = useCallback((index: number) => {
    setContent((c) => ({ ...c, assignments: c.assignments.filter((_, i) => i !== index) }));
  }, []);
  const onAdd = (kpi: Kpi) => {
    setContent((c) => {
      const remaining = Math.max(
        0,
        100 - c.assignments.reduce((s, a) => s + (Number.isFinite(a.weight) ? a.weight : 0), 0),
      );
      const section = c.sections[0]?.key;
      return {
        ...c,
        assignments: [...c.assignments, newAssignment(kpi.key, kpi, c.sections.length ? 0 : remaining, section)],
      };
    });
    // Focus the new card's weight so keyboard users continue where the KPI landed.
    const index = content.assignments.length;
    requestAnimationFrame(() => document.getElementById(`assignment-${index}-weight`)?.focus());
  };
  const setSections = (sections: Section[]) => setContent((c) => ({ ...c, sections }));
  const removeSection = (key: string) =>
    setContent((c) => ({
      ...c,
      sections: c.sections.filter((s) => s.key !== key),
      assignments: c.assignments.map((a) => {
        if (a.section !== key) return a;
        const { section: _removed, ...rest } = a;
        return rest;
      }),
    }));

  return (
    <Stack gap="md">
      <WeightsTotalBar
        totals={totals}
        status={<SaveStatusIndicator status={status} onRetry={retry} />}
        actions={
          <>
            <Button
              color="green"
              leftSection={<IconSend size={16} aria-hidden />}
              onClick={() => {
                publish.reset();
                setPublishing(true);
              }}
            >
              Publish…
            </Button>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setDeleting(true)}
            >
              Delete draft
            </Button>
          </>
        }
      />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Paper
              withBorder
              radius="md"
              p="md"
              component="section"
              aria-labelledby="framework-kpis-heading"
              id="framework-kpis"
              tabIndex={-1}
            >
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={2} size="h4" id="framework-kpis-heading">
                    KPIs ({content.assignments.length})
                  </Title>
                </Group>
                <KpiPicker kpis={kpis} used={used} onAdd={onAdd} />
              </Stack>
            </Paper>

            {content.assignments.length === 0 ? (
              <EmptyState
                title="No KPIs in this draft yet"
                description="Add 3 to 8 KPIs from the library above: each with a weight, a scoring configuration and links to an objective and a responsibility."
              />
            ) : (
              content.assignments.map((assignment, index) => (
                <AssignmentCard
                  // Position is the identity here: a KPI appears once, but its key can be re-picked.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  key={`${index}:${assignment.kpi}`}
                  index={index}
                  assignment={assignment}
                  kpi={kpiByKey.get(assignment.kpi)}
                  sections={content.sections}
                  objectiveOptions={objectiveOptions}
                  responsibilityOptions={responsibilityOptions}
                  findings={byAssignment.get(index) ?? NO_FINDINGS}
                  history={historyKpis?.[assignment.kpi]}
                  onChange={onAssignmentChange}
                  onRemove={onRemove}
                />
              ))
            )}

            <SectionsEditor sections={content.sections} onChange={setSections} onRemove={removeSection} />

            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="missing-data-heading">
              <Radio.Group
                value={content.missingData}
                onChange={(v) => setContent((c) => ({ ...c, missingData: v as FrameworkContent["missingData"] }))}
                label={
                  <Title order={2} size="h4" id="missing-data-heading">
                    When a KPI has no data in a period
                  </Title>
                }
              >
                <Stack gap={6} mt="xs">
                  {(Object.keys(MISSING_DATA_LABELS) as FrameworkContent["missingData"][]).map((policy) => (
                    <Radio key={policy} value={policy} label={MISSING_DATA_LABELS[policy]} />
                  ))}
                </Stack>
              </Radio.Group>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          {/* Beside the cards on wide screens, sticky so the findings stay in view while editing. */}
          <div style={{ position: "sticky", top: 80 }}>
            <ScrollArea.Autosize mah="calc(100vh - 100px)" type="auto" offsetScrollbars>
              <FindingsPanel findings={findings} document={organization} kpiByKey={kpiByKey} editable />
            </ScrollArea.Autosize>
          </div>
        </Grid.Col>
      </Grid>

      <PublishModal
        opened={publishing}
        version={draft.version}
        findings={findings}
        unsaved={unsaved || status.state !== "saved"}
        loading={publish.isPending}
        error={publish.error}
        onClose={() => setPublishing(false)}
        onPublish={(input) =>
          publish.mutate(input, {
            onSuccess: (published) => {
              setPublishing(false);
              notifySuccess(`Published version ${published.version}, effective ${published.effectiveDate}.`);
            },
          })
        }
      />
      <ConfirmDialog
        opened={deleting}
        title={`Delete draft version ${draft.version}?`}
        confirmLabel="Delete draft"
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          remove.mutate(draft.version, {
            onSuccess: () => {
              setDeleting(false);
              notifySuccess(`Deleted draft version ${draft.version}.`);
            },
          })
        }
      >
        The draft and its {content.assignments.length} KPI assignments are deleted. Published versions stay as they are.
      </ConfirmDialog>
    </Stack>
  );
}
