import { describe, expect, it } from "vitest";
import type { TeamMember } from "./team.types.js";
import { nextSort, sortTeam } from "./team-sort.js";

function buildMember(overrides: Partial<TeamMember>): TeamMember {
  return {
    employeeId: "e",
    employeeName: "A",
    managerId: "m",
    direct: true,
    scorecardId: "s",
    scorecardStatus: "active",
    overall: null,
    rating: null,
    kpis: [],
    computedAt: null,
    ...overrides,
  };
}

const team = [
  buildMember({ employeeId: "1", employeeName: "Cleo", overall: 0.8, kpis: [{ kpi: "calls", value: 10, score: 0.5 }] }),
  buildMember({ employeeId: "2", employeeName: "ada", overall: 1.1 }),
  buildMember({ employeeId: "3", employeeName: "Ben", overall: null, kpis: [{ kpi: "calls", value: 30, score: 1.2 }] }),
];

describe("sortTeam", () => {
  it("sorts by name case-insensitively", () => {
    expect(sortTeam(team, { column: "name", direction: "asc" }).map((m) => m.employeeId)).toEqual(["2", "3", "1"]);
    expect(sortTeam(team, { column: "name", direction: "desc" }).map((m) => m.employeeId)).toEqual(["1", "3", "2"]);
  });

  it("sorts by overall and keeps people without a score last in both directions", () => {
    expect(sortTeam(team, { column: "overall", direction: "desc" }).map((m) => m.employeeId)).toEqual(["2", "1", "3"]);
    expect(sortTeam(team, { column: "overall", direction: "asc" }).map((m) => m.employeeId)).toEqual(["1", "2", "3"]);
  });

  it("sorts by a KPI's score", () => {
    expect(sortTeam(team, { column: "calls", direction: "desc" }).map((m) => m.employeeId)).toEqual(["3", "1", "2"]);
  });
});

describe("nextSort", () => {
  it("flips the direction on the same column and starts scores best first", () => {
    expect(nextSort({ column: "name", direction: "asc" }, "name")).toEqual({ column: "name", direction: "desc" });
    expect(nextSort({ column: "name", direction: "asc" }, "overall")).toEqual({ column: "overall", direction: "desc" });
    expect(nextSort({ column: "overall", direction: "desc" }, "name")).toEqual({ column: "name", direction: "asc" });
  });
});
