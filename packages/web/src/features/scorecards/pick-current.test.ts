import { describe, expect, it } from "vitest";
import { pickCurrentScorecard, successorOf } from "./pick-current.js";
import type { ScorecardSummary } from "./scorecard.types.js";

function buildScorecard(overrides: Partial<ScorecardSummary>): ScorecardSummary {
  return {
    id: "s",
    cycleId: "c1",
    cycleName: "Q1",
    cycleStatus: "open",
    employeeId: "e",
    employeeName: "Ada",
    roleId: "r",
    roleTitle: "Engineer",
    frameworkVersionId: "v",
    frameworkVersion: 1,
    status: "active",
    statusReason: null,
    validFrom: "2026-01-01",
    validTo: "2026-03-31",
    createdAt: "",
    updatedAt: "",
    ...overrides,
  };
}

describe("pickCurrentScorecard", () => {
  it("prefers the active scorecard of an open cycle that covers today", () => {
    const cards = [
      buildScorecard({
        id: "old",
        cycleId: "c0",
        cycleStatus: "closed",
        validFrom: "2025-10-01",
        validTo: "2025-12-31",
      }),
      buildScorecard({ id: "before", status: "superseded", validTo: "2026-02-14" }),
      buildScorecard({ id: "after", validFrom: "2026-02-15" }),
    ];
    expect(pickCurrentScorecard(cards, "2026-02-20")?.id).toBe("after");
  });

  it("falls back to the newest open one, then the newest of a closed cycle, then nothing", () => {
    const closed = buildScorecard({ id: "closed", cycleStatus: "closed" });
    const draftish = buildScorecard({ id: "draft", cycleStatus: "draft", validFrom: "2026-04-01" });
    expect(pickCurrentScorecard([closed, draftish], "2026-06-01")?.id).toBe("closed");
    expect(pickCurrentScorecard([buildScorecard({ id: "future", validFrom: "2026-07-01" })], "2026-06-01")?.id).toBe(
      "future",
    );
    expect(pickCurrentScorecard([], "2026-06-01")).toBeUndefined();
  });
});

describe("successorOf", () => {
  it("finds the next scorecard of the same cycle only", () => {
    const ended = buildScorecard({ id: "a", validTo: "2026-02-14", status: "superseded" });
    const next = buildScorecard({ id: "b", validFrom: "2026-02-15" });
    const otherCycle = buildScorecard({ id: "x", cycleId: "c2", validFrom: "2026-04-01" });
    expect(successorOf(ended, [ended, otherCycle, next])?.id).toBe("b");
    expect(successorOf(next, [ended, otherCycle, next])).toBeUndefined();
  });
});
