import type { ScorecardSummary } from "./scorecard.types.js";

/**
 * The scorecard someone means by "my scorecard": the active one of an open cycle that covers
 * today, else the active one of the newest open cycle, else the newest they have.
 */
export function pickCurrentScorecard(
  scorecards: readonly ScorecardSummary[],
  today: string,
): ScorecardSummary | undefined {
  const newestFirst = [...scorecards].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const activeOpen = newestFirst.filter((s) => s.status === "active" && s.cycleStatus === "open");
  return (
    activeOpen.find((s) => s.validFrom <= today && today <= s.validTo) ??
    activeOpen[0] ??
    newestFirst.find((s) => s.cycleStatus !== "draft") ??
    newestFirst[0]
  );
}

/** The scorecard that replaced this one in the same cycle (after a role change), if any. */
export function successorOf(
  scorecard: Pick<ScorecardSummary, "id" | "cycleId" | "validTo">,
  siblings: readonly ScorecardSummary[],
): ScorecardSummary | undefined {
  return [...siblings]
    .filter((s) => s.id !== scorecard.id && s.cycleId === scorecard.cycleId && s.validFrom > scorecard.validTo)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0];
}
