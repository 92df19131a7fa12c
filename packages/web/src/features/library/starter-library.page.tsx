import { Accordion, Affix, Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconBooks, IconDownload } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton } from "../../components/list-skeleton.js";
import { notifyError } from "../../components/notify.js";
import { PageHeader } from "../../components/page-header.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { libraryQuery, useAdoptFromLibrary } from "./library.queries.js";
import { describeImportResult, type LibraryFamily, type LibraryImportInput } from "./library.types.js";

interface Selection {
  roles: Set<string>;
  kpis: Set<string>;
}

const emptySelection = (): Selection => ({ roles: new Set(), kpis: new Set() });

function toggled(set: Set<string>, key: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}

/** Ready-made roles and KPIs per role family; adopt a whole family or a selection in one action. */
export function StarterLibraryPage() {
  const library = useQuery(libraryQuery);
  const adopt = useAdoptFromLibrary();
  const canDesign = useCanDesign();
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [pending, setPending] = useState<{ input: LibraryImportInput; label: string } | null>(null);
  const families = library.data ?? [];
  const selectedCount = selection.roles.size + selection.kpis.size;

  const selectionInput = (): LibraryImportInput => {
    const involved = families.filter(
      (f) => f.roles.some((r) => selection.roles.has(r.key)) || f.kpis.some((k) => selection.kpis.has(k.key)),
    );
    return { families: involved.map((f) => f.key), roles: [...selection.roles], kpis: [...selection.kpis] };
  };

  const run = () => {
    if (!pending) return;
    adopt.mutate(pending.input, {
      onSuccess: (result) => {
        notifications.show({
          color: "green",
          title: "Adopted from the starter library",
          message: describeImportResult(result),
          autoClose: 8000,
        });
        setPending(null);
        if (pending.input.roles || pending.input.kpis) setSelection(emptySelection());
      },
      onError: (error) => notifyError(error, "Could not adopt from the library"),
    });
  };

  return (
    <>
      <PageHeader
        title="Starter library"
        description="Proven roles and KPIs per role family, with frameworks and linked objectives. Adopting copies them into your organization; records you already have (same key) are left alone."
      />
      {library.isPending && <ListSkeleton label="Loading the starter library" />}
      {library.isError && (
        <ErrorAlert
          error={library.error}
          title="Could not load the starter library"
          onRetry={() => library.refetch()}
        />
      )}
      {library.isSuccess && families.length === 0 && (
        <EmptyState
          icon={<IconBooks size={28} aria-hidden />}
          title="The starter library is empty"
          description="This server has no library content."
        />
      )}
      {families.length > 0 && (
        <Accordion variant="separated" multiple defaultValue={[]} chevronPosition="left">
          {families.map((family) => (
            <FamilyPanel
              key={family.key}
              family={family}
              canAdopt={canDesign}
              selection={selection}
              onSelect={setSelection}
              onAdoptFamily={() =>
                setPending({ input: { families: [family.key] }, label: `the whole ${family.name} family` })
              }
            />
          ))}
        </Accordion>
      )}
      {canDesign && selectedCount > 0 && (
        <Affix position={{ bottom: 20, right: 20 }}>
          <Paper shadow="md" withBorder p="sm" radius="md">
            <Group gap="sm">
              <Text size="sm" role="status">
                {selection.roles.size} role(s), {selection.kpis.size} KPI(s) selected
              </Text>
              <Button variant="default" size="xs" onClick={() => setSelection(emptySelection())}>
                Clear selection
              </Button>
              <Button
                size="xs"
                leftSection={<IconDownload size={14} aria-hidden />}
                onClick={() => setPending({ input: selectionInput(), label: `${selectedCount} selected item(s)` })}
              >
                Adopt selected
              </Button>
            </Group>
          </Paper>
        </Affix>
      )}
      <ConfirmDialog
        opened={pending !== null}
        title="Adopt from the starter library?"
        confirmLabel="Adopt"
        color="blue"
        loading={adopt.isPending}
        error={adopt.error}
        onClose={() => {
          setPending(null);
          adopt.reset();
        }}
        onConfirm={run}
      >
        This copies {pending?.label} into your organization: roles with their draft frameworks, the KPIs they use and
        the objectives they serve. Anything you already have with the same key stays as it is.
      </ConfirmDialog>
    </>
  );
}

interface FamilyPanelProps {
  family: LibraryFamily;
  canAdopt: boolean;
  selection: Selection;
  onSelect: (update: (prev: Selection) => Selection) => void;
  onAdoptFamily: () => void;
}

function FamilyPanel({ family, canAdopt, selection, onSelect, onAdoptFamily }: FamilyPanelProps) {
  const kpiName = new Map(family.kpis.map((k) => [k.key, k.name]));
  return (
    <Accordion.Item value={family.key}>
      <Accordion.Control aria-label={`${family.name} family`}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <Text fw={600}>{family.name}</Text>
            <Text size="sm" c="dimmed">
              {family.description}
            </Text>
          </Stack>
          <Group gap={6}>
            <Badge variant="light">{family.roles.length} roles</Badge>
            <Badge variant="light" color="teal">
              {family.kpis.length} KPIs
            </Badge>
            <Badge variant="light" color="grape">
              {family.objectiveCount} objectives
            </Badge>
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        {canAdopt && (
          <Group mb="md">
            <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={onAdoptFamily}>
              Adopt the whole {family.name} family
            </Button>
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <Title order={3} size="h5">
              Roles
            </Title>
            {family.roles.map((role) =>
              canAdopt ? (
                <Checkbox
                  key={role.key}
                  label={role.title}
                  description={`${role.kpis.length} KPIs: ${role.kpis.map((k) => kpiName.get(k) ?? k).join(", ")}`}
                  checked={selection.roles.has(role.key)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    onSelect((prev) => ({ ...prev, roles: toggled(prev.roles, role.key, on) }));
                  }}
                />
              ) : (
                <Text key={role.key} size="sm">
                  {role.title}
                </Text>
              ),
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h5">
              KPIs
            </Title>
            {family.kpis.map((kpi) =>
              canAdopt ? (
                <Checkbox
                  key={kpi.key}
                  label={kpi.name}
                  description={[kpi.unit, kpi.timing, kpi.focus].filter(Boolean).join(" · ")}
                  checked={selection.kpis.has(kpi.key)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    onSelect((prev) => ({ ...prev, kpis: toggled(prev.kpis, kpi.key, on) }));
                  }}
                />
              ) : (
                <Text key={kpi.key} size="sm">
                  {kpi.name}
                </Text>
              ),
            )}
          </Stack>
        </SimpleGrid>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
