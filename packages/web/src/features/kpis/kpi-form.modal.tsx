import {
  ActionIcon,
  Autocomplete,
  Button,
  Divider,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { keyFromTitle, keyProblem } from "../../components/key-from-title.js";
import { notifySuccess } from "../../components/notify.js";
import { applyApiIssues } from "../auth/apply-api-issues.js";
import { familyOptions } from "../roles/role.types.js";
import {
  AGGREGATION_LABELS,
  BALANCE_LABELS,
  DIRECTION_LABELS,
  FOCUS_LABELS,
  FREQUENCY_LABELS,
  KIND_LABELS,
  type Kpi,
  optionsOf,
  REPORTER_LABELS,
  TIMING_LABELS,
} from "./kpi.types.js";
import { type KpiFormValues, kpiFormValues, kpiInputFromValues, withoutNulls } from "./kpi-form.values.js";
import { kpisQuery, useCreateKpi, useUpdateKpi } from "./kpis.queries.js";

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The KPI to edit; absent to create one. */
  kpi?: Kpi;
}

/** Every attribute of a KPI definition in one form, grouped the way people think about a KPI. */
export function KpiFormModal({ opened, onClose, kpi }: Props) {
  const create = useCreateKpi();
  const update = useUpdateKpi();
  const mutation = kpi ? update : create;
  const navigate = useNavigate();
  const allKpis = useQuery(kpisQuery());
  const keyEdited = useRef(false);
  const form = useForm<KpiFormValues>({
    mode: "controlled",
    initialValues: kpiFormValues(),
    validate: {
      name: (v) => (v.trim() ? null : "Enter a name, e.g. “New annual recurring revenue”"),
      key: (v) => (kpi ? null : (keyProblem(v) ?? null)),
      scaleMax: (v, values) =>
        values.kind === "qualitative" &&
        typeof v === "number" &&
        typeof values.scaleMin === "number" &&
        v <= values.scaleMin
          ? "The maximum must be greater than the minimum"
          : null,
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (!opened) return;
    keyEdited.current = false;
    create.reset();
    update.reset();
    form.setValues(kpiFormValues(kpi));
    form.clearErrors();
  }, [opened, kpi?.id]);

  const onSubmit = form.onSubmit((values) => {
    const input = kpiInputFromValues(values);
    const onError = (error: Error) => applyApiIssues(form, error);
    if (kpi) {
      update.mutate(
        { id: kpi.id, ...input },
        {
          onSuccess: () => {
            notifySuccess(`Saved “${input.name}”.`);
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      {
        ...withoutNulls(input),
        key: values.key,
        name: input.name,
        categories: input.categories,
        reporter: input.reporter,
      },
      {
        onSuccess: (created) => {
          notifySuccess(`Created KPI “${input.name}”.`);
          onClose();
          void navigate({ to: "/kpis/$kpiId", params: { kpiId: created.id } });
        },
        onError,
      },
    );
  });

  const select = (field: keyof KpiFormValues, clearable = true) => ({
    ...form.getInputProps(field),
    clearable,
    // An empty string would count as a chosen value (and show the clear button).
    value: (form.values[field] as string) || null,
    onChange: (value: string | null) => form.setFieldValue(field, (value ?? "") as never),
  });

  return (
    <Modal opened={opened} onClose={onClose} title={kpi ? `Edit “${kpi.name}”` : "New KPI"} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} title="Could not save the KPI" />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Name"
              required
              data-autofocus
              {...form.getInputProps("name")}
              onChange={(event) => {
                const name = event.currentTarget.value;
                form.setFieldValue("name", name);
                if (!kpi && !keyEdited.current) form.setFieldValue("key", keyFromTitle(name));
              }}
            />
            <TextInput
              label="Key"
              required={!kpi}
              disabled={Boolean(kpi)}
              description={kpi ? "Keys cannot change after creation." : "A stable identifier, made from the name."}
              {...form.getInputProps("key")}
              onChange={(event) => {
                keyEdited.current = true;
                form.setFieldValue("key", event.currentTarget.value);
              }}
            />
          </SimpleGrid>
          <Textarea
            label="Description"
            description="What exactly is measured, and how. Specific wording avoids disputes later."
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps("description")}
          />
          <Title order={3} size="h5">
            Categories
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Kind" required data={optionsOf(KIND_LABELS)} {...select("kind", false)} />
            <Select label="Timing" required data={optionsOf(TIMING_LABELS)} {...select("timing", false)} />
            <Select label="Focus" required data={optionsOf(FOCUS_LABELS)} {...select("focus", false)} />
          </SimpleGrid>
          <Divider />
          <Title order={3} size="h5">
            Measurement
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Unit" placeholder="EUR, %, count, days, rating" {...form.getInputProps("unit")} />
            <Select
              label="Direction"
              placeholder="Not set"
              data={optionsOf(DIRECTION_LABELS)}
              {...select("direction")}
            />
            <Select
              label="Aggregation"
              description="How one period's values combine"
              placeholder="Not set"
              data={optionsOf(AGGREGATION_LABELS)}
              {...select("aggregation")}
            />
            <Select
              label="Frequency"
              placeholder="Not set"
              data={optionsOf(FREQUENCY_LABELS)}
              {...select("frequency")}
            />
            <Select label="Reported by" required data={optionsOf(REPORTER_LABELS)} {...select("reporter", false)} />
            <Select
              label="Balance"
              description="Volume KPIs need a quality counterweight"
              placeholder="Not set"
              data={optionsOf(BALANCE_LABELS)}
              {...select("balance")}
            />
            <Autocomplete
              label="Role family"
              placeholder="e.g. Sales"
              data={familyOptions((allKpis.data ?? []).map((k) => k.family))}
              {...form.getInputProps("family")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Formula"
              placeholder="e.g. won_deals / qualified_leads"
              {...form.getInputProps("formula")}
            />
            <TextInput
              label="Data source"
              placeholder="e.g. CRM opportunity report"
              {...form.getInputProps("dataSource")}
            />
          </SimpleGrid>
          <Title order={3} size="h5">
            Suggested targets
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label="Baseline" {...form.getInputProps("baseline")} />
            <NumberInput label="Target" {...form.getInputProps("target")} />
            <NumberInput label="Stretch" {...form.getInputProps("stretch")} />
          </SimpleGrid>
          {form.values.kind === "qualitative" && (
            <>
              <Divider />
              <Title order={3} size="h5">
                Rating scale
              </Title>
              <Text size="sm" c="dimmed">
                Qualitative KPIs are rated on an anchored scale: describe what each rating looks like.
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <NumberInput label="Scale minimum" {...form.getInputProps("scaleMin")} />
                <NumberInput label="Scale maximum" {...form.getInputProps("scaleMax")} />
              </SimpleGrid>
              {form.values.anchors.map((_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: anchors are edited in place by position
                <Group key={index} align="flex-start" wrap="nowrap">
                  <NumberInput
                    label={`Anchor ${index + 1} value`}
                    w={150}
                    {...form.getInputProps(`anchors.${index}.value`)}
                  />
                  <TextInput
                    label={`Anchor ${index + 1} description`}
                    style={{ flex: 1 }}
                    {...form.getInputProps(`anchors.${index}.description`)}
                  />
                  <ActionIcon
                    mt={28}
                    color="red"
                    variant="subtle"
                    aria-label={`Remove anchor ${index + 1}`}
                    onClick={() => form.removeListItem("anchors", index)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => form.insertListItem("anchors", { value: "", description: "" })}
                >
                  Add anchor
                </Button>
              </Group>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {kpi ? "Save changes" : "Create KPI"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
