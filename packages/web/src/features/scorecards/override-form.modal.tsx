import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { validateScoringConfig } from "@yardstick/core";
import { useEffect } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { parseValue } from "./parse-value.js";
import type { ScorecardItem, SnapshotKpi } from "./scorecard.types.js";
import { useAddOverride } from "./scorecards.queries.js";
import { targetFields, targetSummary, withTargets } from "./target-fields.js";

interface Props {
  scorecardId: string;
  employeeName: string;
  items: ScorecardItem[];
  kpis: SnapshotKpi[];
  opened: boolean;
  onClose: () => void;
}

/** A per-person target for one KPI, with the reason; recorded with who and when. */
export function OverrideFormModal({ scorecardId, employeeName, items, kpis, opened, onClose }: Props) {
  const add = useAddOverride(scorecardId);
  const editable = items.filter((i) => targetFields(i.scoring).length > 0);
  const form = useForm<{ kpi: string; reason: string; values: Record<string, string> }>({
    mode: "controlled",
    initialValues: { kpi: "", reason: "", values: {} },
    validate: {
      kpi: (v) => (v ? null : "Choose the KPI"),
      reason: (v) => (v.trim() ? null : "Say why this person's target differs"),
    },
  });

  const selectKpi = (key: string) => {
    const item = items.find((i) => i.kpi === key);
    const values: Record<string, string> = {};
    if (item) {
      const config = item.scoring as unknown as Record<string, number>;
      for (const { field } of targetFields(item.scoring)) values[field] = String(config[field] ?? "");
    }
    form.setValues({ kpi: key, values });
    form.clearErrors();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!opened) return;
    add.reset();
    form.setValues({ reason: "" });
    selectKpi(editable[0]?.kpi ?? "");
  }, [opened]);

  const { kpi, values } = form.getValues();
  const item = items.find((i) => i.kpi === kpi);
  const unit = kpis.find((k) => k.key === kpi)?.unit ?? null;

  const onSubmit = form.onSubmit((v) => {
    if (!item) return;
    const numbers: Record<string, number> = {};
    let failed = false;
    for (const { field } of targetFields(item.scoring)) {
      const parsed = parseValue(v.values[field] ?? "");
      if (parsed.ok) numbers[field] = parsed.value;
      else {
        form.setFieldError(`values.${field}`, parsed.error);
        failed = true;
      }
    }
    if (failed) return;
    const scoring = withTargets(item.scoring, numbers);
    const issues = validateScoringConfig(scoring);
    if (issues.length > 0) {
      for (const issue of issues) form.setFieldError(`values.${issue.path}`, issue.message);
      if (!issues.some((i) => targetFields(item.scoring).some((f) => f.field === i.path)))
        form.setFieldError("kpi", issues.map((i) => `${i.path}: ${i.message}`).join("; "));
      return;
    }
    add.mutate(
      { kpi: v.kpi, scoring, reason: v.reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(`Set a personal target for ${item.kpiName}.`);
          onClose();
        },
      },
    );
  });

  return (
    <Modal
      closeButtonProps={{ "aria-label": "Close" }}
      opened={opened}
      onClose={onClose}
      title={`Personal target for ${employeeName}`}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Select
            label="KPI"
            required
            allowDeselect={false}
            data={editable.map((i) => ({ value: i.kpi, label: i.kpiName }))}
            value={kpi || null}
            onChange={(value) => value && selectKpi(value)}
            error={form.errors.kpi}
          />
          {item && (
            <Text size="sm" c="dimmed">
              Framework target: {targetSummary(item.frameworkScoring, unit)}
              {item.override ? `; current personal target: ${targetSummary(item.scoring, unit)}` : ""}
            </Text>
          )}
          {item && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              {targetFields(item.scoring).map(({ field, label }) => (
                <TextInput
                  key={`${kpi}:${field}`}
                  label={`${label}${unit ? ` (${unit})` : ""}`}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  value={values[field] ?? ""}
                  onChange={(e) => form.setFieldValue(`values.${field}`, e.currentTarget.value)}
                  error={form.errors[`values.${field}`]}
                />
              ))}
            </SimpleGrid>
          )}
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            description="Recorded with your name and the time; the employee sees it on their scorecard."
            {...form.getInputProps("reason")}
          />
          {add.isError && <ErrorAlert error={add.error} title="Could not set the target" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending} disabled={editable.length === 0}>
              Save target
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
