import { Alert, Badge, Button, Group, Select, Stack, Text } from "@mantine/core";
import { IconArrowLeft, IconCopy, IconHistory, IconPlus } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { api } from "../../api/api-client.js";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { PageSkeleton } from "../../components/list-skeleton.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor, RouterButton } from "../../components/router-link.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { kpisQuery } from "../kpis/kpis.queries.js";
import { roleQuery } from "../roles/roles.queries.js";
import { objectivesQuery } from "../strategy/objectives.queries.js";
import { DraftEditor } from "./draft.editor.js";
import type { Version, VersionSummary } from "./framework.types.js";
import { organizationDocumentQuery, versionQuery, versionsQuery } from "./frameworks.queries.js";
import { VersionView } from "./version.view.js";
import { versionLabel } from "./version-label.js";

const route = getRouteApi("/app/roles/$roleId/framework");

/** Which version the page opens: the one asked for, else the draft, else the latest published. */
function pickVersion(versions: VersionSummary[], asked: number | undefined): VersionSummary | undefined {
  if (asked !== undefined) {
    const found = versions.find((v) => v.version === asked);
    if (found) return found;
  }
  return versions.find((v) => v.status === "draft") ?? versions.at(-1);
}

/** A role's framework: the draft in the editor, or a published version read-only. */
export function FrameworkEditorPage() {
  const { roleId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate();
  const canDesign = useCanDesign();
  const queryClient = useQueryClient();
  const role = useQuery(roleQuery(roleId));
  const versions = useQuery(versionsQuery(roleId));
  const organization = useQuery(organizationDocumentQuery);
  const kpis = useQuery(kpisQuery({ includeArchived: true }));
  const objectives = useQuery(objectivesQuery(true));
  const selected = versions.data ? pickVersion(versions.data, search.version) : undefined;
  const version = useQuery({ ...versionQuery(roleId, selected?.version ?? 0), enabled: selected !== undefined });

  // A new draft is a copy of the latest version; "from this version" then replaces its content.
  const createDraft = useMutation({
    mutationFn: async (from: Version | "empty") => {
      const created = await api.post<Version>(`/roles/${roleId}/framework/versions`, {
        source: from === "empty" ? "empty" : "latest",
      });
      const latest = versions.data?.at(-1);
      if (from === "empty" || from.version === latest?.version) return created;
      return api.put<Version>(`/roles/${roleId}/framework/versions/${created.version}`, {
        missingData: from.missingData,
        sections: from.sections,
        assignments: from.assignments,
      });
    },
    onSuccess: async (draft) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["frameworks", roleId] }),
        queryClient.invalidateQueries({ queryKey: ["roles"] }),
        queryClient.invalidateQueries({ queryKey: ["framework-document"] }),
      ]);
      notifySuccess(`Started draft version ${draft.version}.`);
      void navigate({ to: "/roles/$roleId/framework", params: { roleId }, search: { version: draft.version } });
    },
  });

  const back = (
    <RouterAnchor
      to="/roles/$roleId"
      params={{ roleId }}
      size="sm"
      style={{ display: "inline-flex", gap: 4, alignItems: "center" }}
    >
      <IconArrowLeft size={14} aria-hidden /> {role.data?.title ?? "Role"}
    </RouterAnchor>
  );

  const pending = [role, versions, organization, kpis, objectives].find((q) => q.isPending);
  const failed = [role, versions, organization, kpis, objectives].find((q) => q.isError);
  if (failed) {
    return (
      <>
        <PageHeader title="Framework" above={back} />
        <ErrorAlert error={failed.error} title="Could not load the framework" onRetry={() => failed.refetch()} />
      </>
    );
  }
  if (pending || !role.data || !versions.data || !organization.data || !kpis.data || !objectives.data)
    return <PageSkeleton />;

  const r = role.data;
  const all = versions.data;
  const draft = all.find((v) => v.status === "draft");
  const title = `Framework: ${r.title}`;

  if (all.length === 0) {
    return (
      <>
        <PageHeader
          title={title}
          above={back}
          description="Weights, scoring and links of this role's KPIs, versioned."
        />
        <EmptyState
          title="No framework yet"
          description={
            canDesign
              ? "Start a draft, add KPIs from the library, set weights and targets, then publish it with an effective date."
              : "HR has not designed a framework for this role yet."
          }
          action={
            canDesign && (
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                loading={createDraft.isPending}
                onClick={() => createDraft.mutate("empty")}
              >
                Create draft
              </Button>
            )
          }
        />
        {createDraft.error ? <ErrorAlert error={createDraft.error} title="Could not create the draft" /> : null}
      </>
    );
  }

  const shown = version.data;
  const editing = shown?.status === "draft" && canDesign;

  return (
    <>
      <PageHeader
        title={title}
        above={back}
        description={
          <Group gap="xs" component="span">
            <span>{r.key}</span>
            {selected && (
              <Badge color={selected.status === "published" ? "green" : "yellow"} variant="light">
                {selected.status === "published" ? `Published v${selected.version}` : `Draft v${selected.version}`}
              </Badge>
            )}
          </Group>
        }
        actions={
          <>
            <Select
              aria-label="Version"
              data={[...all].reverse().map((v) => ({ value: String(v.version), label: versionLabel(v) }))}
              value={selected ? String(selected.version) : null}
              allowDeselect={false}
              onChange={(v) =>
                v && navigate({ to: "/roles/$roleId/framework", params: { roleId }, search: { version: Number(v) } })
              }
              w={280}
            />
            <RouterButton
              to="/roles/$roleId/framework/history"
              params={{ roleId }}
              variant="default"
              leftSection={<IconHistory size={16} aria-hidden />}
            >
              Version history
            </RouterButton>
          </>
        }
      />
      {version.isError ? (
        <ErrorAlert error={version.error} title="Could not load this version" onRetry={() => version.refetch()} />
      ) : !shown ? (
        <PageSkeleton />
      ) : editing ? (
        <DraftEditor
          key={shown.id}
          role={r}
          draft={shown}
          organization={organization.data}
          kpis={kpis.data}
          objectives={objectives.data}
        />
      ) : (
        <Stack gap="md">
          {shown.status === "published" && (
            <Alert color="gray" variant="light" title={`Version ${shown.version} is published and cannot be edited`}>
              <Stack gap="xs">
                <Text size="sm">
                  Effective {shown.effectiveDate ?? "—"}.{shown.changelog ? ` Changelog: ${shown.changelog}` : ""}
                </Text>
                {canDesign &&
                  (draft ? (
                    <Group gap="xs">
                      <Text size="sm">Draft version {draft.version} holds the next changes.</Text>
                      <RouterButton
                        size="xs"
                        to="/roles/$roleId/framework"
                        params={{ roleId }}
                        search={{ version: draft.version }}
                      >
                        Open draft v{draft.version}
                      </RouterButton>
                    </Group>
                  ) : (
                    <Group>
                      <Button
                        size="xs"
                        leftSection={<IconCopy size={14} aria-hidden />}
                        loading={createDraft.isPending}
                        onClick={() => createDraft.mutate(shown)}
                      >
                        Create new draft from this version
                      </Button>
                    </Group>
                  ))}
                {createDraft.error ? <ErrorAlert error={createDraft.error} title="Could not create the draft" /> : null}
              </Stack>
            </Alert>
          )}
          <VersionView
            role={r}
            version={shown}
            organization={organization.data}
            kpis={kpis.data}
            objectives={objectives.data}
          />
        </Stack>
      )}
    </>
  );
}
