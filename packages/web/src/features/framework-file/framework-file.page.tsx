import { Alert, Button, FileInput, Group, List, Paper, Spoiler, Stack, Text, Title } from "@mantine/core";
import { IconCheck, IconDownload, IconFileUpload } from "@tabler/icons-react";
import { MAX_FILE_BYTES } from "@yardstick/core";
import { useState } from "react";
import { ApiError } from "../../api/api-error.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/page-header.js";
import { useCanDesign } from "../auth/use-can-design.js";
import { FindingsPanel } from "../frameworks/findings.panel.js";
import { EXPORT_YAML_URL, useImportFramework } from "./framework-file.queries.js";
import type { ImportResult } from "./framework-file.types.js";
import { ChangeSummary, ImportPreview } from "./import-preview.js";

const NO_KPIS = new Map();

/** Problems that name a place in the file ("(line 12, column 5)") listed with their path. */
function FileProblems({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || error.issues.length === 0)
    return <ErrorAlert error={error} title="The file cannot be imported" />;
  return (
    <Alert
      color="red"
      variant="light"
      title={`The file cannot be imported: ${error.issues.length} ${error.issues.length === 1 ? "problem" : "problems"}`}
      role="alert"
    >
      <List size="sm" spacing={4}>
        {error.issues.map((issue) => (
          <List.Item key={`${issue.path}:${issue.message}`}>
            <Text span ff="monospace" size="sm">
              {issue.path}
            </Text>
            : {issue.message}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        Nothing was changed. Fix the file and choose it again.
      </Text>
    </Alert>
  );
}

/** Download the organization's framework as YAML; upload one with a preview of what changes. */
export function FrameworkFilePage() {
  const canDesign = useCanDesign();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const preview = useImportFramework();
  const apply = useImportFramework();

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setPlan(null);
    setApplied(null);
    setText(null);
    setReadError(null);
    preview.reset();
    apply.reset();
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setReadError(
        `The file is ${(chosen.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
      );
      return;
    }
    const content = await chosen.text();
    setText(content);
    preview.mutate({ yaml: content, dryRun: true }, { onSuccess: setPlan });
  };

  const changing = plan ? plan.changes.filter((c) => c.action === "create" || c.action === "update").length : 0;

  return (
    <>
      <PageHeader
        title="Framework file"
        description="The whole framework (objectives, org units, roles, KPIs, role frameworks, settings) as one YAML file: keep it in version control, review it, or move it between instances."
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="download-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="download-heading">
              Download
            </Title>
            <Text size="sm">
              The file holds every record by key and, per role, the latest published framework version and the current
              draft.
            </Text>
            <Group>
              <Button
                component="a"
                href={EXPORT_YAML_URL}
                download
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                Download YAML
              </Button>
            </Group>
          </Stack>
        </Paper>

        {canDesign && (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="upload-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="upload-heading">
                Upload
              </Title>
              <Text size="sm">
                Records are matched by key: new keys are created, changed ones updated, and records the file does not
                mention are left alone. A changed role framework becomes a draft; published versions are never edited.
                You see what will change before anything is applied.
              </Text>
              <FileInput
                label="Framework file (YAML)"
                placeholder="Choose a .yaml or .yml file"
                accept=".yaml,.yml,text/yaml,application/yaml,application/x-yaml"
                value={file}
                onChange={(f) => void choose(f)}
                clearable
                leftSection={<IconFileUpload size={16} aria-hidden />}
                maw={480}
                error={readError}
              />
              {preview.isPending && (
                <Text size="sm" c="dimmed" role="status">
                  Checking the file…
                </Text>
              )}
              {preview.error ? <FileProblems error={preview.error} /> : null}
            </Stack>
          </Paper>
        )}

        {plan && !applied && (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="preview-heading">
            <Stack gap="md">
              <Title order={2} size="h4" id="preview-heading">
                Preview: what the import will change
              </Title>
              <ChangeSummary changes={plan.changes} />
              <ImportPreview changes={plan.changes} />
              <Spoiler maxHeight={420} showLabel="Show all findings" hideLabel="Show fewer findings">
                <FindingsPanel
                  findings={plan.findings}
                  document={undefined}
                  kpiByKey={NO_KPIS}
                  editable={false}
                  title="Findings after the import"
                />
              </Spoiler>
              {apply.error ? <FileProblems error={apply.error} /> : null}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => void choose(null)} disabled={apply.isPending}>
                  Cancel
                </Button>
                <Button
                  leftSection={<IconCheck size={16} aria-hidden />}
                  loading={apply.isPending}
                  disabled={changing === 0 || text === null}
                  onClick={() =>
                    text !== null &&
                    apply.mutate(
                      { yaml: text, dryRun: false },
                      {
                        onSuccess: (result) => {
                          setApplied(result);
                          notifySuccess(
                            `Imported ${file?.name ?? "the file"}: ${changing} ${changing === 1 ? "record" : "records"} changed.`,
                          );
                        },
                      },
                    )
                  }
                >
                  {changing === 0 ? "Nothing to apply" : `Apply ${changing} ${changing === 1 ? "change" : "changes"}`}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}

        {applied && (
          <Alert color="green" variant="light" title="Import applied" role="status">
            <Stack gap="xs">
              <ChangeSummary changes={applied.changes} />
              <Text size="sm">
                Changed role frameworks are drafts now: review and publish them from each role's framework page.
              </Text>
            </Stack>
          </Alert>
        )}
      </Stack>
    </>
  );
}
