import { Button, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate } from "@tanstack/react-router";
import { useEffect } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import { CADENCE_LABELS, type Cadence } from "./cycle.types.js";
import { cycleEndDate, isIsoDate, monthlySubPeriods, todayIso } from "./cycle-dates.js";
import { useCreateCycle } from "./cycles.queries.js";

interface Props {
  opened: boolean;
  onClose: () => void;
}

const CADENCES = (Object.keys(CADENCE_LABELS) as Cadence[]).map((value) => ({ value, label: CADENCE_LABELS[value] }));

/** First day of the next calendar quarter: the usual start of a new quarterly cycle. */
function nextQuarterStart(today: string): string {
  const [y = 2026, m = 1] = today.split("-").map(Number);
  const q = Math.floor((m - 1) / 3) + 1;
  return q === 4 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 1).padStart(2, "0")}-01`;
}

/** A draft cycle: name, cadence, dates, with the monthly sub-periods previewed as you type. */
export function CycleFormModal({ opened, onClose }: Props) {
  const create = useCreateCycle();
  const navigate = useNavigate();
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", cadence: "quarterly" as Cadence, startDate: "", endDate: "" },
    validate: {
      name: (v) => (v.trim() ? null : "Enter a name, e.g. “Q3 2026”"),
      startDate: (v) => (isIsoDate(v) ? null : "Enter the first day of the cycle"),
      endDate: (v, values) =>
        values.cadence !== "custom"
          ? null
          : !isIsoDate(v)
            ? "Enter the last day of a custom cycle"
            : v < values.startDate
              ? "Must be on or after the start date"
              : null,
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!opened) return;
    create.reset();
    form.setValues({ name: "", cadence: "quarterly", startDate: nextQuarterStart(todayIso()), endDate: "" });
    form.clearErrors();
  }, [opened]);

  const { cadence, startDate, endDate } = form.getValues();
  const end = cycleEndDate(cadence, startDate, endDate);
  const preview = end ? monthlySubPeriods(startDate, end) : [];

  const onSubmit = form.onSubmit((values) => {
    create.mutate(
      {
        name: values.name.trim(),
        cadence: values.cadence,
        startDate: values.startDate,
        endDate: values.cadence === "custom" ? values.endDate : undefined,
      },
      {
        onSuccess: (cycle) => {
          notifySuccess(`Created the draft cycle “${cycle.name}”.`);
          onClose();
          void navigate({ to: "/cycles/$cycleId", params: { cycleId: cycle.id } });
        },
        onError: (error) => applyApiIssues(form, error),
      },
    );
  });

  return (
    <Modal
      closeButtonProps={{ "aria-label": "Close" }}
      opened={opened}
      onClose={onClose}
      title="New review cycle"
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label="Name" required data-autofocus placeholder="Q3 2026" {...form.getInputProps("name")} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Cadence" data={CADENCES} allowDeselect={false} {...form.getInputProps("cadence")} />
            <TextInput label="Start date" type="date" required {...form.getInputProps("startDate")} />
            {cadence === "custom" ? (
              <TextInput label="End date" type="date" required {...form.getInputProps("endDate")} />
            ) : (
              <TextInput label="End date" value={end ?? ""} readOnly description="Follows from the cadence" />
            )}
          </SimpleGrid>
          <div>
            <Text size="sm" fw={500} id="sub-periods-preview">
              Sub-periods (values are reported per sub-period)
            </Text>
            {preview.length === 0 ? (
              <Text size="sm" c="dimmed">
                Enter the dates to see the sub-periods.
              </Text>
            ) : (
              <Table aria-labelledby="sub-periods-preview" withTableBorder verticalSpacing={4} fz="sm" mt={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Sub-period</Table.Th>
                    <Table.Th scope="col">From</Table.Th>
                    <Table.Th scope="col">To</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.map((p) => (
                    <Table.Tr key={p.key}>
                      <Table.Td>{p.label}</Table.Td>
                      <Table.Td>{p.start}</Table.Td>
                      <Table.Td>{p.end}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
          {create.isError && Object.keys(form.errors).length === 0 && (
            <ErrorAlert error={create.error} title="Could not create the cycle" />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create draft cycle
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
