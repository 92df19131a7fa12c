import { Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { FrameworkDocument } from "@yardstick/core";
import { useMemo } from "react";
import { RouterAnchor } from "../../components/router-link.js";
import type { Kpi } from "../kpis/kpi.types.js";
import type { RoleDetail } from "../roles/role.types.js";
import type { Objective } from "../strategy/objective.types.js";
import { describeScoring } from "./describe-scoring.js";
import { FindingsPanel } from "./findings.panel.js";
import { MISSING_DATA_LABELS, type Version } from "./framework.types.js";

interface Props {
  role: RoleDetail;
  version: Version;
  organization: FrameworkDocument | undefined;
  kpis: Kpi[];
  objectives: Objective[];
}

/** A version as it was published (or a draft seen by someone who cannot edit): read-only. */
export function VersionView({ role, version, organization, kpis, objectives }: Props) {
  const kpiByKey = useMemo(() => new Map(kpis.map((k) => [k.key, k])), [kpis]);
  const objectiveTitle = useMemo(() => new Map(objectives.map((o) => [o.key, o.title])), [objectives]);
  const responsibility = new Map(role.responsibilities.map((r) => [r.key, r.text]));
  const sectionName = new Map(version.sections.map((s) => [s.key, s.name]));

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="version-kpis-heading">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4" id="version-kpis-heading">
              KPIs ({version.assignments.length})
            </Title>
            <Text size="sm" c="dimmed">
              Missing data: {MISSING_DATA_LABELS[version.missingData].toLowerCase()}
            </Text>
          </Group>
          {version.sections.length > 0 && (
            <Group gap="xs">
              {version.sections.map((s) => (
                <Badge key={s.key} variant="light">
                  {s.name}: {s.weight}%
                </Badge>
              ))}
            </Group>
          )}
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">KPI</Table.Th>
                  <Table.Th scope="col">Weight</Table.Th>
                  {version.sections.length > 0 && <Table.Th scope="col">Section</Table.Th>}
                  <Table.Th scope="col">Scoring</Table.Th>
                  <Table.Th scope="col">Objectives</Table.Th>
                  <Table.Th scope="col">Responsibility</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {version.assignments.map((a) => {
                  const kpi = kpiByKey.get(a.kpi);
                  return (
                    <Table.Tr key={a.kpi}>
                      <Table.Td>
                        {kpi ? (
                          <RouterAnchor to="/kpis/$kpiId" params={{ kpiId: kpi.id }} size="sm">
                            {kpi.name}
                          </RouterAnchor>
                        ) : (
                          a.kpi
                        )}
                      </Table.Td>
                      <Table.Td>{a.weight}%</Table.Td>
                      {version.sections.length > 0 && (
                        <Table.Td>{a.section ? (sectionName.get(a.section) ?? a.section) : "—"}</Table.Td>
                      )}
                      <Table.Td>
                        <Text size="sm">{describeScoring(a.scoring)}</Text>
                      </Table.Td>
                      <Table.Td>{a.objectives.map((o) => objectiveTitle.get(o) ?? o).join(", ") || "—"}</Table.Td>
                      <Table.Td>
                        {a.responsibility ? (responsibility.get(a.responsibility) ?? a.responsibility) : "—"}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>
      <FindingsPanel
        findings={version.findings}
        document={organization}
        kpiByKey={kpiByKey}
        editable={false}
        title="Quality findings (against today's library)"
      />
    </Stack>
  );
}
