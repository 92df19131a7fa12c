import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { Finding } from "@yardstick/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.js";

interface Props {
  opened: boolean;
  version: number;
  /** Live findings; errors block publishing (the server refuses them too). */
  findings: Finding[];
  /** Unsaved edits must reach the server before it publishes the stored draft. */
  unsaved: boolean;
  loading: boolean;
  error: unknown;
  onPublish: (input: { effectiveDate: string; changelog: string }) => void;
  onClose: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Publishes the draft with an effective date and a changelog, once no error finding remains. */
export function PublishModal({ opened, version, findings, unsaved, loading, error, onPublish, onClose }: Props) {
  const [effectiveDate, setEffectiveDate] = useState(today);
  const [changelog, setChangelog] = useState("");
  const [touched, setTouched] = useState(false);
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const dateProblem = /^\d{4}-\d{2}-\d{2}$/.test(effectiveDate) ? undefined : "Enter the date the version takes effect";
  const changelogProblem = changelog.trim() ? undefined : "Say what changed and why";
  const blocked = errors.length > 0 || unsaved;

  return (
    <Modal opened={opened} onClose={onClose} title={`Publish version ${version}`} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (blocked || dateProblem || changelogProblem) return;
          onPublish({ effectiveDate, changelog: changelog.trim() });
        }}
      >
        <Stack gap="sm">
          {errors.length > 0 && (
            <Alert
              color="red"
              variant="light"
              title={`Fix ${errors.length} ${errors.length === 1 ? "error" : "errors"} before publishing`}
            >
              <List size="sm">
                {errors.map((f) => (
                  <List.Item key={`${f.rule}:${f.path}:${f.message}`}>
                    {f.message}.{" "}
                    <Text span c="dimmed" size="sm">
                      {f.hint}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {unsaved && errors.length === 0 && (
            <Alert color="yellow" variant="light" title="Waiting for the draft to save">
              Publishing uses the saved draft; wait for “Saved” (or fix what stops it from saving).
            </Alert>
          )}
          {warnings > 0 && errors.length === 0 && (
            <Text size="sm" c="var(--mantine-color-orange-light-color)">
              {warnings} {warnings === 1 ? "warning remains" : "warnings remain"}; you can publish, but consider the fix
              hints first.
            </Text>
          )}
          <Text size="sm">
            A published version is never edited again: scorecards of cycles starting on or after the effective date use
            it. Later changes make a new version.
          </Text>
          <TextInput
            type="date"
            label="Effective date"
            required
            value={effectiveDate}
            onChange={(e) => setEffectiveDate(e.currentTarget.value)}
            error={touched ? dateProblem : undefined}
            maw={220}
          />
          <Textarea
            label="Changelog"
            description="What changed and why; shown in the version history."
            required
            autosize
            minRows={3}
            value={changelog}
            onChange={(e) => setChangelog(e.currentTarget.value)}
            error={touched ? changelogProblem : undefined}
          />
          {error ? <ErrorAlert error={error} title="Could not publish" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" color="green" loading={loading} disabled={blocked}>
              Publish version {version}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
