import { Alert, Stack } from "@mantine/core";
import { IconInfoCircle, IconLock } from "@tabler/icons-react";
import { RouterAnchor } from "../../components/router-link.js";
import { successorOf } from "./pick-current.js";
import type { ScorecardDetail, ScorecardSummary } from "./scorecard.types.js";

interface Props {
  scorecard: ScorecardDetail;
  /** The same person's scorecards, to link the one before or after a change. */
  siblings: ScorecardSummary[];
  cycleStart: string | undefined;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Says plainly when a scorecard does not cover the whole cycle, has ended, or is read-only. */
export function ScorecardStatusAlert({ scorecard, siblings, cycleStart }: Props) {
  const alerts = [];
  if (scorecard.status !== "active") {
    const next = successorOf(scorecard, siblings);
    const reason = scorecard.statusReason ? capitalize(scorecard.statusReason) : "This scorecard no longer applies";
    alerts.push(
      <Alert
        key="status"
        color="orange"
        variant="light"
        icon={<IconInfoCircle aria-hidden />}
        title="This scorecard has ended"
      >
        {reason}: this scorecard ended on {scorecard.validTo} and is kept as history.{" "}
        {next && (
          <RouterAnchor to="/scorecards/$scorecardId" params={{ scorecardId: next.id }} fw={500}>
            See the new one (from {next.validFrom})
          </RouterAnchor>
        )}
      </Alert>,
    );
  } else if (cycleStart && scorecard.validFrom > cycleStart) {
    const previous = [...siblings]
      .filter((s) => s.cycleId === scorecard.cycleId && s.validTo < scorecard.validFrom)
      .sort((a, b) => b.validTo.localeCompare(a.validTo))[0];
    alerts.push(
      <Alert
        key="start"
        color="blue"
        variant="light"
        icon={<IconInfoCircle aria-hidden />}
        title="Started during the cycle"
      >
        {previous ? (
          <>
            This scorecard starts on {scorecard.validFrom}, when the role changed to {scorecard.roleTitle}. The earlier
            scorecard is kept:{" "}
            <RouterAnchor to="/scorecards/$scorecardId" params={{ scorecardId: previous.id }}>
              {previous.roleTitle}, until {previous.validTo}
            </RouterAnchor>
            .
          </>
        ) : (
          <>
            This scorecard starts on {scorecard.validFrom}, the start date within this cycle; earlier sub-periods do not
            count.
          </>
        )}
      </Alert>,
    );
  }
  if (scorecard.cycleStatus === "closed") {
    alerts.push(
      <Alert key="closed" color="gray" variant="light" icon={<IconLock aria-hidden />} title="Cycle closed">
        {scorecard.cycleName} is closed: this scorecard is read-only history.
      </Alert>,
    );
  }
  return alerts.length > 0 ? (
    <Stack gap="sm" mb="lg">
      {alerts}
    </Stack>
  ) : null;
}
