import { Badge, Button, Group, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import { SEVERITY_COLORS, SEVERITY_LABELS } from "../frameworks/severity.js";
import { rulesByScope, SCOPE_LABELS, sameRules, withRuleEnabled } from "./quality-checks.model.js";
import { useUpdateSettings } from "./settings.queries.js";
import type { LintRuleInfo, OrganizationSettings } from "./settings.types.js";

interface Props {
  settings: OrganizationSettings;
  rules: readonly LintRuleInfo[];
  editable: boolean;
}

/** The quality rule catalogue with a switch per rule: a rule switched off is skipped for the whole organization. */
export function QualityChecksSection({ settings, rules, editable }: Props) {
  const update = useUpdateSettings();
  const [disabled, setDisabled] = useState<string[]>(settings.disabledRules);
  const dirty = !sameRules(disabled, settings.disabledRules);
  const offCount = rules.filter((rule) => disabled.includes(rule.id)).length;

  const save = () =>
    update.mutate(
      { disabledRules: disabled, ratingScale: settings.ratingScale },
      { onSuccess: () => notifySuccess("The quality checks were saved.") },
    );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="quality-checks-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={4} style={{ flex: "1 1 320px" }}>
            <Title order={2} size="h4" id="quality-checks-heading">
              Quality checks
            </Title>
            <Text size="sm" c="dimmed">
              The checks run live in the framework editor, before publishing and in the command line. Switch a check off
              when it does not fit how your organization works; errors in checks that stay on still block publishing.
            </Text>
          </Stack>
          <Badge variant="light" color={offCount ? "orange" : "green"} aria-live="polite">
            {offCount === 0 ? "All checks on" : `${offCount} ${offCount === 1 ? "check" : "checks"} off`}
          </Badge>
        </Group>
        {rulesByScope(rules).map((group) => (
          <Stack
            key={group.scope}
            gap="xs"
            component="fieldset"
            m={0}
            p={0}
            style={{ border: 0, minWidth: 0 }}
            aria-describedby={`scope-${group.scope}-description`}
          >
            <Title order={3} size="h5" component="legend" p={0}>
              {SCOPE_LABELS[group.scope].title}
            </Title>
            <Text size="xs" c="dimmed" id={`scope-${group.scope}-description`}>
              {SCOPE_LABELS[group.scope].description}
            </Text>
            {group.rules.map((rule) => (
              <Group key={rule.id} gap="sm" wrap="nowrap" align="flex-start" justify="space-between">
                <Switch
                  checked={!disabled.includes(rule.id)}
                  onChange={(event) =>
                    setDisabled((current) => withRuleEnabled(current, rule.id, event.currentTarget.checked))
                  }
                  disabled={!editable}
                  label={rule.description}
                  description={rule.id}
                  style={{ flex: 1 }}
                />
                <Badge size="sm" variant="light" color={SEVERITY_COLORS[rule.severity]} style={{ flexShrink: 0 }}>
                  {SEVERITY_LABELS[rule.severity]}
                </Badge>
              </Group>
            ))}
          </Stack>
        ))}
        {update.isError && <ErrorAlert error={update.error} title="Could not save the quality checks" />}
        {editable && (
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              disabled={!dirty || update.isPending}
              onClick={() => setDisabled(settings.disabledRules)}
            >
              Discard changes
            </Button>
            <Button disabled={!dirty} loading={update.isPending} onClick={save}>
              Save quality checks
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
