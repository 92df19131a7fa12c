import { Accordion, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { type Finding, type FrameworkDocument, lintRules } from "@yardstick/core";
import type { ReactNode } from "react";
import { RouterAnchor } from "../../components/router-link.js";
import { SEVERITY_COLORS, SEVERITY_LABELS } from "../frameworks/severity.js";

// The three checks people act on most get plain headings; the others keep the catalogue's wording.
const RULE_HEADINGS: Record<string, string> = {
  "org.objective-uncovered": "Objectives that no role's KPI serves",
  "org.kpi-unused": "KPIs that no framework uses",
  "org.role-unpublished": "Roles without a published framework",
};
const DESCRIPTIONS = new Map(lintRules.map((rule) => [rule.id, rule.description]));

interface Props {
  findings: readonly Finding[];
  document: FrameworkDocument;
  roleIdByKey: ReadonlyMap<string, string>;
  kpiIdByKey: ReadonlyMap<string, string>;
}

/** A link to the record a finding points at (`roles[2]`, `kpis[4]`, `objectives[1]`), where there is one. */
function FindingLink({ finding, document, roleIdByKey, kpiIdByKey }: { finding: Finding } & Omit<Props, "findings">) {
  const match = /^(roles|kpis|objectives)\[(\d+)\]/.exec(finding.path);
  const index = Number(match?.[2]);
  if (match?.[1] === "roles") {
    const role = document.roles[index];
    const roleId = role && roleIdByKey.get(role.key);
    if (!role || !roleId) return null;
    return (
      <RouterAnchor to="/roles/$roleId/framework" params={{ roleId }} search={{ version: undefined }} size="sm">
        Open the framework of “{role.title}”
      </RouterAnchor>
    );
  }
  if (match?.[1] === "kpis") {
    const kpi = document.kpis[index];
    const kpiId = kpi && kpiIdByKey.get(kpi.key);
    if (!kpi || !kpiId) return null;
    return (
      <RouterAnchor to="/kpis/$kpiId" params={{ kpiId }} size="sm">
        Open KPI “{kpi.name}”
      </RouterAnchor>
    );
  }
  if (match?.[1] === "objectives") {
    return (
      <RouterAnchor to="/strategy" size="sm">
        Open strategy
      </RouterAnchor>
    );
  }
  return null;
}

/** The organization-wide quality findings, grouped by check, each with its fix hint and a link. */
export function OrgFindingsPanel({ findings, ...links }: Props) {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
  let body: ReactNode;
  if (findings.length === 0) {
    body = (
      <Group gap="xs">
        <IconCircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden />
        <Text size="sm">Every objective is served, every KPI is used and every role has a published framework.</Text>
      </Group>
    );
  } else {
    body = (
      <Accordion variant="separated" multiple chevronPosition="left">
        {[...groups].map(([rule, items]) => {
          const first = items[0];
          return (
            <Accordion.Item key={rule} value={rule}>
              <Accordion.Control>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={500}>
                    {RULE_HEADINGS[rule] ?? DESCRIPTIONS.get(rule) ?? rule}
                  </Text>
                  {first && (
                    <Badge size="sm" variant="light" color={SEVERITY_COLORS[first.severity]}>
                      {items.length} · {SEVERITY_LABELS[first.severity]}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: "none" }}>
                  {items.map((finding) => (
                    <li key={`${finding.path}:${finding.message}`}>
                      <Text size="sm">{finding.message}</Text>
                      <Group gap="sm" wrap="wrap">
                        <Text size="xs" c="dimmed">
                          {finding.hint}
                        </Text>
                        <FindingLink finding={finding} {...links} />
                      </Group>
                    </li>
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="org-findings-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="org-findings-heading">
          Organization checks
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
