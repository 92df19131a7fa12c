import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../api/api-error.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { ListSkeleton, PageSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { RouterAnchor } from "../../components/router-link.js";
import { meQuery } from "../auth/session.queries.js";
import { cycleQuery } from "../cycles/cycles.queries.js";
import { useMyPerson } from "../people/my-person.js";
import { ExplanationModal } from "./explanation.modal.js";
import { KpiCard } from "./kpi.card.js";
import { OverrideFormModal } from "./override-form.modal.js";
import { OverridesSection } from "./overrides.section.js";
import { ReportValueModal } from "./report-value.modal.js";
import { formatScore, scoreTone } from "./score-format.js";
import type { ScorecardDetail } from "./scorecard.types.js";
import { ScorecardNotFound } from "./scorecard-not-found.js";
import { ScorecardStatusAlert } from "./scorecard-status.alert.js";
import {
  measurementsQuery,
  scorecardQuery,
  scorecardScoreQuery,
  scorecardsQuery,
  trendQuery,
} from "./scorecards.queries.js";
import { ValueHistorySection } from "./value-history.section.js";

type Explaining = { title: string; lines: string[]; overall?: string[] } | null;

/** 404 and a malformed id both mean "nothing here you can open". */
const isNotFound = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

/** A whole scorecard: overall score, KPI cards, values with corrections, personal targets. */
export function ScorecardView({ id, heading }: { id: string; heading?: string }) {
  const me = useQuery(meQuery);
  const { person } = useMyPerson();
  const detail = useQuery(scorecardQuery(id));
  const score = useQuery({ ...scorecardScoreQuery(id), enabled: detail.isSuccess });
  const measurements = useQuery({ ...measurementsQuery(id), enabled: detail.isSuccess });
  const trend = useQuery({ ...trendQuery(id), enabled: detail.isSuccess });
  const cycle = useQuery({ ...cycleQuery(detail.data?.cycleId ?? ""), enabled: detail.isSuccess });
  const siblings = useQuery({
    ...scorecardsQuery({ employeeId: detail.data?.employeeId }),
    enabled: detail.isSuccess,
  });
  const [explaining, setExplaining] = useState<Explaining>(null);
  const [reporting, setReporting] = useState<string | null>(null);
  const [overriding, setOverriding] = useState(false);

  if (detail.isPending) return <PageSkeleton />;
  if (detail.isError) {
    if (isNotFound(detail.error)) return <ScorecardNotFound />;
    return <ErrorAlert error={detail.error} title="Could not load the scorecard" onRetry={() => detail.refetch()} />;
  }
  const card: ScorecardDetail = detail.data;
  const isOwn = person?.id === card.employeeId;
  const role = me.data?.role;
  const writable = card.cycleStatus === "open" && card.status === "active";
  const kpiOf = (key: string) => card.kpis.find((k) => k.key === key);
  // The API says which KPIs the caller may record here (own employee-reported ones, a manager's team's...).
  const allowed = new Set((measurements.data?.kpis ?? []).filter((k) => k.canReport).map((k) => k.kpi));
  const reportable = writable ? card.items.filter((i) => allowed.has(i.kpi)) : [];
  const canOverride = writable && !isOwn && role !== "employee";
  const periods = measurements.data?.periods ?? [];
  const overall = score.data?.overall ?? null;
  const tone = scoreTone(overall);
  const pastCycles = (siblings.data ?? []).filter((s) => s.cycleId !== card.cycleId && s.cycleStatus !== "draft");

  return (
    <>
      <PageHeader
        title={heading ?? (isOwn ? "My scorecard" : `Scorecard of ${card.employeeName}`)}
        description={
          <>
            {card.employeeName} · {card.roleTitle} · {card.cycleName} · framework version {card.frameworkVersion} ·
            valid {card.validFrom} to {card.validTo}
          </>
        }
      />
      <ScorecardStatusAlert scorecard={card} siblings={siblings.data ?? []} cycleStart={cycle.data?.startDate} />
      <Paper withBorder radius="md" p="md" mb="lg" component="section" aria-labelledby="overall-heading">
        <Group justify="space-between" align="center" wrap="wrap" gap="md">
          <Group gap="xl" wrap="wrap" align="center">
            <div>
              <Title order={2} size="h5" c="dimmed" id="overall-heading">
                Overall score
              </Title>
              {score.isPending ? (
                <ListSkeleton rows={1} label="Computing the score" />
              ) : (
                <Text fz={40} fw={700} lh={1.1} data-testid="overall-score">
                  {formatScore(overall)}
                </Text>
              )}
            </div>
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                Rating
              </Text>
              <Text fw={600}>
                {score.data?.rating ? `${score.data.rating.value} · ${score.data.rating.label}` : "Not rated yet"}
              </Text>
            </Stack>
            <Badge color={tone.color} variant="light" size="lg">
              {tone.label}
            </Badge>
            {(score.data?.sections ?? []).map((s) => (
              <Stack gap={0} key={s.key}>
                <Text size="xs" c="dimmed">
                  {s.name} ({s.weight}%)
                </Text>
                <Text fw={600}>{formatScore(s.score)}</Text>
              </Stack>
            ))}
          </Group>
          <Group gap="xs">
            {reportable.length > 0 && (
              <Button variant="default" onClick={() => setReporting(reportable[0]?.kpi ?? null)}>
                Report a value
              </Button>
            )}
            <Button
              variant="light"
              leftSection={<IconInfoCircle size={16} aria-hidden />}
              disabled={!score.data}
              onClick={() => score.data && setExplaining({ title: "Overall score", lines: score.data.explanation })}
              aria-label="How is this calculated? Overall score"
            >
              How is this calculated?
            </Button>
          </Group>
        </Group>
        {score.isError && <ErrorAlert error={score.error} title="Could not compute the score" />}
      </Paper>

      <Title order={2} size="h4" mb="sm">
        KPIs
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" mb="xl">
        {card.items.map((item) => {
          const kpiScore = score.data?.kpis.find((k) => k.kpi === item.kpi);
          return (
            <KpiCard
              key={item.kpi}
              item={item}
              score={kpiScore}
              unit={kpiOf(item.kpi)?.unit ?? null}
              trend={trend.data?.kpis.find((k) => k.kpi === item.kpi)}
              onExplain={() =>
                setExplaining({
                  title: item.kpiName,
                  lines: kpiScore?.explanation ?? [],
                  overall: score.data?.explanation,
                })
              }
              onReport={reportable.some((r) => r.kpi === item.kpi) ? () => setReporting(item.kpi) : undefined}
            />
          );
        })}
      </SimpleGrid>

      <Stack gap="xl">
        {measurements.isError ? (
          <ErrorAlert error={measurements.error} title="Could not load the values" />
        ) : (
          <ValueHistorySection
            items={card.items}
            kpis={card.kpis}
            periods={cycle.data?.subPeriods ?? []}
            slots={measurements.data?.items ?? []}
          />
        )}
        <OverridesSection
          overrides={card.overrides}
          items={card.items}
          kpis={card.kpis}
          onAdd={canOverride ? () => setOverriding(true) : undefined}
        />
        {pastCycles.length > 0 && (
          <section aria-labelledby="past-cycles-heading">
            <Title order={2} size="h4" mb="xs" id="past-cycles-heading">
              Other scorecards of {card.employeeName}
            </Title>
            <Stack gap={4}>
              {pastCycles.map((s) => (
                <RouterAnchor key={s.id} to="/scorecards/$scorecardId" params={{ scorecardId: s.id }} size="sm">
                  {s.cycleName} · {s.roleTitle} ({s.validFrom} to {s.validTo})
                </RouterAnchor>
              ))}
            </Stack>
          </section>
        )}
      </Stack>

      <ExplanationModal
        title={explaining?.title ?? null}
        lines={explaining?.lines ?? []}
        overall={explaining?.overall}
        onClose={() => setExplaining(null)}
      />
      <ReportValueModal
        scorecardId={card.id}
        items={reportable}
        kpis={card.kpis}
        initialKpi={reporting}
        periods={periods}
        slots={measurements.data?.items ?? []}
        onClose={() => setReporting(null)}
      />
      <OverrideFormModal
        scorecardId={card.id}
        employeeName={card.employeeName}
        items={card.items}
        kpis={card.kpis}
        opened={overriding}
        onClose={() => setOverriding(false)}
      />
    </>
  );
}
