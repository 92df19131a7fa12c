import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconHistory } from "@tabler/icons-react";
import { useEffect } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import type { SubPeriod } from "../cycles/cycle.types.js";
import { subPeriodAt, todayIso } from "../cycles/cycle-dates.js";
import type { MeasurementSlot } from "./measurement.types.js";
import { parseValue } from "./parse-value.js";
import { formatValue } from "./score-format.js";
import type { ScorecardItem, SnapshotKpi } from "./scorecard.types.js";
import { useReportValue } from "./scorecards.queries.js";

interface Props {
  scorecardId: string;
  /** KPIs the caller may report; the one to start with. */
  items: ScorecardItem[];
  kpis: SnapshotKpi[];
  initialKpi: string | null;
  /** Sub-periods inside the scorecard's validity. */
  periods: SubPeriod[];
  slots: MeasurementSlot[];
  onClose: () => void;
}

/** Report a value for one KPI and sub-period; a second value for the same slot is a correction. */
export function ReportValueModal({ scorecardId, items, kpis, initialKpi, periods, slots, onClose }: Props) {
  const report = useReportValue(scorecardId);
  const kpiOf = (key: string) => kpis.find((k) => k.key === key);
  const boundsOf = (key: string) => {
    const scale = kpiOf(key)?.ratingScale;
    return scale ? { min: scale.min, max: scale.max } : {};
  };
  const form = useForm({
    mode: "controlled",
    initialValues: { kpi: "", period: "", value: "", comment: "" },
    validate: {
      kpi: (v) => (v ? null : "Choose the KPI"),
      period: (v) => (v ? null : "Choose the sub-period"),
      value: (v, values) => {
        const parsed = parseValue(v, boundsOf(values.kpi));
        return parsed.ok ? null : parsed.error;
      },
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (initialKpi === null) return;
    report.reset();
    form.setValues({ kpi: initialKpi, period: subPeriodAt(periods, todayIso())?.key ?? "", value: "", comment: "" });
    form.clearErrors();
  }, [initialKpi]);

  const { kpi, period } = form.getValues();
  const existing = slots.find((m) => m.kpi === kpi && m.period === period && !m.date)?.current;
  const unit = kpiOf(kpi)?.unit ?? null;
  const scale = kpiOf(kpi)?.ratingScale;

  const onSubmit = form.onSubmit((values) => {
    const parsed = parseValue(values.value, boundsOf(values.kpi));
    if (!parsed.ok) return;
    const name = items.find((i) => i.kpi === values.kpi)?.kpiName ?? values.kpi;
    report.mutate(
      { kpi: values.kpi, period: values.period, value: parsed.value, comment: values.comment.trim() || undefined },
      {
        onSuccess: () => {
          notifySuccess(existing ? `Corrected ${name}.` : `Saved ${name}.`);
          onClose();
        },
        onError: (error) => applyApiIssues(form, error),
      },
    );
  });

  return (
    <Modal
      closeButtonProps={{ "aria-label": "Close" }}
      opened={initialKpi !== null}
      onClose={onClose}
      title={existing ? "Correct a value" : "Report a value"}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Select
            label="KPI"
            required
            allowDeselect={false}
            data={items.map((i) => ({ value: i.kpi, label: i.kpiName }))}
            {...form.getInputProps("kpi")}
          />
          <Select
            label="Sub-period"
            required
            allowDeselect={false}
            data={periods.map((p) => ({ value: p.key, label: `${p.label} (${p.start} to ${p.end})` }))}
            {...form.getInputProps("period")}
          />
          <TextInput
            label={`Value${unit ? ` (${unit})` : ""}`}
            required
            inputMode="decimal"
            autoComplete="off"
            data-autofocus
            description={scale ? `A rating from ${scale.min} to ${scale.max}` : undefined}
            {...form.getInputProps("value")}
          />
          <Textarea label="Comment" autosize minRows={2} maxRows={5} {...form.getInputProps("comment")} />
          {existing && (
            <Alert variant="light" color="blue" icon={<IconHistory aria-hidden />}>
              The current value is {formatValue(existing.value, unit)}
              {existing.authorName ? `, recorded by ${existing.authorName}` : ""}. Saving replaces it; the earlier value
              stays in the history.
            </Alert>
          )}
          {report.isError && Object.keys(form.errors).length === 0 && (
            <ErrorAlert error={report.error} title="Could not save the value" />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={report.isPending}>
              {existing ? "Save correction" : "Save value"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
