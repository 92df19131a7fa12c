import type { FrameworkDocument, RoleFramework } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { buildAlignment, currentFrameworks } from "./alignment.model.js";

const kpi = (key: string, archived?: boolean) => ({
  key,
  name: key.toUpperCase(),
  categories: { kind: "quantitative", timing: "lagging", focus: "performance" } as const,
  reporter: "manager" as const,
  ...(archived ? { archived } : {}),
});

const framework = (
  role: string,
  version: number,
  status: "draft" | "published",
  links: [string, string[]][],
): RoleFramework => ({
  role,
  version,
  status,
  missingData: "exclude",
  sections: [],
  assignments: links.map(([k, objectives]) => ({
    kpi: k,
    weight: 50,
    objectives,
    scoring: { method: "linear", baseline: 0, target: 1 },
  })),
});

const doc: FrameworkDocument = {
  yardstick: 1,
  objectives: [
    { key: "grow", title: "Grow" },
    { key: "grow-emea", title: "Grow EMEA", parent: "grow" },
    { key: "retain", title: "Retain" },
    { key: "old", title: "Old", archived: true },
  ],
  orgUnits: [],
  roles: [
    { key: "ae", title: "AE", responsibilities: [], expectedOutcomes: [] },
    { key: "csm", title: "CSM", responsibilities: [], expectedOutcomes: [] },
    { key: "new", title: "New", responsibilities: [], expectedOutcomes: [] },
  ],
  kpis: [kpi("revenue"), kpi("churn"), kpi("nps"), kpi("legacy", true)],
  frameworks: [
    framework("ae", 1, "published", [["revenue", ["grow-emea"]]]),
    framework("ae", 2, "draft", [
      ["revenue", ["grow-emea"]],
      ["nps", ["retain"]],
    ]),
    framework("csm", 1, "draft", [["churn", []]]),
  ],
};

describe("currentFrameworks", () => {
  it("prefers the published version, and the draft where there is none", () => {
    const chosen = currentFrameworks(doc, "published");
    expect(chosen.get("ae")?.version).toBe(1);
    expect(chosen.get("csm")?.status).toBe("draft");
    expect(currentFrameworks(doc, "drafts").get("ae")?.version).toBe(2);
  });
});

describe("buildAlignment", () => {
  it("links objectives to KPIs to roles and counts parents of served objectives as covered", () => {
    const map = buildAlignment(doc, "published");
    expect(map.edges.map((e) => e.id).sort()).toEqual([
      "kpi:churn->role:csm",
      "kpi:revenue->role:ae",
      "objective:grow-emea->kpi:revenue",
    ]);
    expect(map.uncoveredObjectives.map((o) => o.key)).toEqual(["retain"]);
    expect(map.unusedKpis.map((k) => k.key)).toEqual(["nps"]);
    expect(map.rolesWithoutFramework.map((r) => r.key)).toEqual(["new"]);
    expect(map.nodes.find((n) => n.key === "csm")?.draft).toBe(true);
    expect(map.paths.get("grow-emea")?.get("revenue")).toEqual(["ae"]);
  });

  it("with drafts, the draft's links count", () => {
    const map = buildAlignment(doc, "drafts");
    expect(map.uncoveredObjectives).toEqual([]);
    expect(map.unusedKpis).toEqual([]);
    expect(map.edges.find((e) => e.id === "objective:retain->kpi:nps")?.draft).toBe(true);
  });

  it("leaves out archived records nobody links to", () => {
    const keys = buildAlignment(doc, "published").nodes.map((n) => n.key);
    expect(keys).not.toContain("old");
    expect(keys).not.toContain("legacy");
  });
});
