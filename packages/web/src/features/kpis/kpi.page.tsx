import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconArchive, IconArchiveOff, IconArrowLeft, IconPencil, IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useState } from "react";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { PageSkeleton } from "../../components/list-skeleton.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import {
  AGGREGATION_LABELS,
  BALANCE_LABELS,
  DIRECTION_LABELS,
  FREQUENCY_LABELS,
  REPORTER_LABELS,
} from "./kpi.types.js";
import { KpiCategoryBadges } from "./kpi-category.badges.js";
import { KpiFormModal } from "./kpi-form.modal.js";
import { kpiQuery, useArchiveKpi, useDeleteKpi } from "./kpis.queries.js";

const route = getRouteApi("/app/kpis/$kpiId");

const notSet = (
  <Text span c="dimmed">
    Not set
  </Text>
);

function Attribute({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children ?? notSet}
      </Text>
    </div>
  );
}

/** One KPI definition with every attribute, and the roles whose frameworks use it. */
export function KpiPage() {
  const { kpiId } = route.useParams();
  const kpi = useQuery(kpiQuery(kpiId));
  const canDesign = useCanDesign();
  const [dialog, setDialog] = useState<"edit" | "archive" | "delete" | null>(null);
  const archive = useArchiveKpi();
  const remove = useDeleteKpi();
  const navigate = useNavigate();

  const back = (
    <RouterAnchor to="/kpis" size="sm" style={{ display: "inline-flex", gap: 4, alignItems: "center" }}>
      <IconArrowLeft size={14} aria-hidden /> KPI library
    </RouterAnchor>
  );
  if (kpi.isPending) return <PageSkeleton />;
  if (kpi.isError) {
    return (
      <>
        <PageHeader title="KPI" above={back} />
        <ErrorAlert error={kpi.error} title="Could not load this KPI" onRetry={() => kpi.refetch()} />
      </>
    );
  }
  const k = kpi.data;
  const suggested = k.suggested;

  return (
    <>
      <PageHeader
        title={k.name}
        above={back}
        description={
          <Group gap="xs" component="span">
            <span>{k.key}</span>
            {k.archived && (
              <Badge color="gray" variant="outline">
                Archived
              </Badge>
            )}
          </Group>
        }
        actions={
          canDesign && (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setDialog("edit")}
              >
                Edit KPI
              </Button>
              {k.archived ? (
                <Button
                  variant="subtle"
                  leftSection={<IconArchiveOff size={16} aria-hidden />}
                  loading={archive.isPending}
                  onClick={() =>
                    archive.mutate(
                      { id: k.id, archived: false },
                      { onSuccess: () => notifySuccess(`Restored “${k.name}”.`), onError: (e) => notifyError(e) },
                    )
                  }
                >
                  Unarchive
                </Button>
              ) : (
                <Button
                  variant="subtle"
                  color="orange"
                  leftSection={<IconArchive size={16} aria-hidden />}
                  onClick={() => {
                    archive.reset();
                    setDialog("archive");
                  }}
                >
                  Archive
                </Button>
              )}
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => {
                  remove.reset();
                  setDialog("delete");
                }}
              >
                Delete
              </Button>
            </>
          )
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="kpi-definition-heading">
          <Title order={2} size="h4" id="kpi-definition-heading" mb="sm">
            Definition
          </Title>
          <Text size="sm" mb="md" style={{ whiteSpace: "pre-wrap" }} c={k.description ? undefined : "dimmed"}>
            {k.description ??
              "No description yet. A specific description (what is counted, from where) avoids disputes."}
          </Text>
          <KpiCategoryBadges categories={k.categories} />
          <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 4 }} mt="lg" spacing="md" verticalSpacing="md">
            <Attribute label="Unit">{k.unit}</Attribute>
            <Attribute label="Direction">{k.direction ? DIRECTION_LABELS[k.direction] : null}</Attribute>
            <Attribute label="Aggregation">{k.aggregation ? AGGREGATION_LABELS[k.aggregation] : null}</Attribute>
            <Attribute label="Frequency">{k.frequency ? FREQUENCY_LABELS[k.frequency] : null}</Attribute>
            <Attribute label="Reported by">{REPORTER_LABELS[k.reporter]}</Attribute>
            <Attribute label="Balance">{k.balance ? BALANCE_LABELS[k.balance] : null}</Attribute>
            <Attribute label="Role family">{k.family}</Attribute>
            <Attribute label="Formula">{k.formula}</Attribute>
            <Attribute label="Data source">{k.dataSource}</Attribute>
          </SimpleGrid>
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="kpi-targets-heading">
          <Title order={2} size="h4" id="kpi-targets-heading" mb="sm">
            Suggested targets
          </Title>
          {suggested ? (
            <SimpleGrid component="dl" cols={3}>
              <Attribute label="Baseline">{suggested.baseline ?? null}</Attribute>
              <Attribute label="Target">{suggested.target ?? null}</Attribute>
              <Attribute label="Stretch">{suggested.stretch ?? null}</Attribute>
            </SimpleGrid>
          ) : (
            <Text size="sm" c="dimmed">
              No suggested targets. Frameworks set their own baseline, target and stretch per assignment.
            </Text>
          )}
        </Paper>
        {(k.categories.kind === "qualitative" || k.ratingScale) && (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="kpi-scale-heading">
            <Title order={2} size="h4" id="kpi-scale-heading" mb="sm">
              Rating scale
            </Title>
            {k.ratingScale ? (
              <>
                <Text size="sm" mb="xs">
                  From {k.ratingScale.min} to {k.ratingScale.max}
                </Text>
                {k.ratingScale.anchors.length > 0 ? (
                  <Table withTableBorder maw={640}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col" w={90}>
                          Rating
                        </Table.Th>
                        <Table.Th scope="col">What it looks like</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {k.ratingScale.anchors.map((a) => (
                        <Table.Tr key={a.value}>
                          <Table.Td>{a.value}</Table.Td>
                          <Table.Td>{a.description}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                ) : (
                  <Text size="sm" c="dimmed">
                    No anchors: describe what each rating means so that raters agree.
                  </Text>
                )}
              </>
            ) : (
              <Text size="sm" c="var(--mantine-color-orange-light-color)">
                This qualitative KPI has no rating scale yet. Edit the KPI and add an anchored scale.
              </Text>
            )}
          </Paper>
        )}
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="kpi-used-heading">
          <Title order={2} size="h4" id="kpi-used-heading" mb="sm">
            Used by
          </Title>
          {k.usedBy.length === 0 ? (
            <Text size="sm" c="dimmed">
              No role framework uses this KPI yet.
            </Text>
          ) : (
            <List spacing="xs">
              {k.usedBy.map((u) => (
                <List.Item key={`${u.roleId}-${u.version}`}>
                  <RouterAnchor to="/roles/$roleId" params={{ roleId: u.roleId }}>
                    {u.roleTitle}
                  </RouterAnchor>{" "}
                  <Text span size="sm" c="dimmed">
                    v{u.version} ({u.status === "published" ? "published" : "draft"})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </Stack>
      <KpiFormModal opened={dialog === "edit"} onClose={() => setDialog(null)} kpi={k} />
      <ConfirmDialog
        opened={dialog === "archive"}
        title="Archive KPI?"
        confirmLabel="Archive"
        color="orange"
        loading={archive.isPending}
        error={archive.error}
        onClose={() => setDialog(null)}
        onConfirm={() =>
          archive.mutate(
            { id: k.id, archived: true },
            {
              onSuccess: () => {
                notifySuccess(`Archived “${k.name}”.`);
                setDialog(null);
              },
            },
          )
        }
      >
        “{k.name}” will no longer be offered for new frameworks. Frameworks that use it keep it. You can unarchive it
        later.
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog === "delete"}
        title="Delete KPI?"
        confirmLabel="Delete permanently"
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDialog(null)}
        onConfirm={() =>
          remove.mutate(k.id, {
            onSuccess: () => {
              notifySuccess(`Deleted “${k.name}”.`);
              void navigate({ to: "/kpis" });
            },
          })
        }
      >
        “{k.name}” will be deleted and cannot be restored. A KPI that a framework uses cannot be deleted: archive it
        instead.
      </ConfirmDialog>
    </>
  );
}
