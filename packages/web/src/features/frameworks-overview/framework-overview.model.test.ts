import { type Finding, frameworkDocumentSchema, lintDocument } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import type { Role } from "../roles/role.types.js";
import {
  buildOverviewRows,
  filterOverviewRows,
  isOrganizationFinding,
  summarizeRows,
} from "./framework-overview.model.js";

function buildRole(overrides: Partial<Role> & Pick<Role, "key">): Role {
  return {
    id: `id-${overrides.key}`,
    title: overrides.key,
    family: null,
    orgUnitId: null,
    description: null,
    responsibilities: [],
    expectedOutcomes: [],
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}

const linear = { method: "linear", baseline: 0, target: 10 } as const;
const categories = { kind: "quantitative", timing: "lagging", focus: "performance" } as const;

const document = frameworkDocumentSchema.parse({
  roles: [
    { key: "seller", title: "Seller" },
    { key: "recruiter", title: "Recruiter" },
    { key: "idle", title: "Idle" },
  ],
  kpis: [
    { key: "unused", name: "Unused", categories },
    { key: "deals", name: "Deals", categories },
    { key: "hires", name: "Hires", categories },
  ],
  frameworks: [
    {
      role: "seller",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      assignments: [{ kpi: "deals", weight: 100, scoring: linear }],
    },
    {
      role: "seller",
      version: 2,
      status: "draft",
      assignments: [
        { kpi: "deals", weight: 60, scoring: linear },
        { kpi: "hires", weight: 30, scoring: linear },
      ],
    },
    { role: "recruiter", version: 1, status: "draft", assignments: [{ kpi: "hires", weight: 100, scoring: linear }] },
  ],
});
const roles = [
  buildRole({ key: "seller", title: "Seller", family: "Sales" }),
  buildRole({ key: "recruiter", title: "Recruiter", family: "HR" }),
  buildRole({ key: "idle", title: "Idle" }),
];

function finding(rule: string, path: string, severity: Finding["severity"] = "error"): Finding {
  return { rule, path, severity, message: rule, hint: "" };
}

describe("buildOverviewRows", () => {
  it("reads each role's status and version facts from the document", () => {
    const rows = buildOverviewRows(roles, document, []);
    expect(rows.map((r) => r.status)).toEqual(["pending", "draft", "none"]);
    expect(rows[0]?.published).toEqual({ version: 1, effectiveDate: "2026-01-01", kpiCount: 1 });
    expect(rows[0]?.draft).toMatchObject({ version: 2, kpiCount: 2 });
    expect(rows[1]?.published).toBeUndefined();
    expect(rows[2]?.findingsOf).toBeUndefined();
  });

  it("counts the draft's findings plus those of the KPIs it uses, not the published version's", () => {
    const rows = buildOverviewRows(roles, document, [
      finding("framework.weights", "frameworks[0].assignments", "error"),
      finding("framework.weights", "frameworks[1].assignments", "error"),
      finding("kpi.unit", "kpis[2].unit", "warning"),
      finding("kpi.unit", "kpis[0].unit", "warning"),
    ]);
    expect(rows[0]?.findingsOf).toBe("draft");
    expect(rows[0]?.findings).toEqual({ error: 1, warning: 1, info: 0 });
    // The recruiter uses "hires" too, but not the unused KPI.
    expect(rows[1]?.findings).toEqual({ error: 0, warning: 1, info: 0 });
    expect(rows[2]?.findings).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("leaves organization-wide findings out of the role counts", () => {
    const rows = buildOverviewRows(roles, document, [finding("org.kpi-unused", "kpis[1]", "info")]);
    expect(rows[0]?.findings.info).toBe(0);
  });

  it("agrees with the core lint scoped to the role for the draft's findings", () => {
    const findings = lintDocument(document);
    const seller = buildOverviewRows(roles, document, findings)[0];
    const draftOnly = { ...document, frameworks: [document.frameworks[1]!] };
    const scoped = lintDocument(draftOnly, { scope: { role: "seller" } });
    expect(seller?.findings.error).toBe(scoped.filter((f) => f.severity === "error").length);
    expect(seller?.findings.warning).toBe(scoped.filter((f) => f.severity === "warning").length);
    expect(seller?.findings.error).toBeGreaterThan(0);
  });
});

describe("isOrganizationFinding", () => {
  it("tells organization rules and paths outside frameworks and KPIs apart", () => {
    expect(isOrganizationFinding(finding("org.role-unpublished", "roles[2]"))).toBe(true);
    expect(isOrganizationFinding(finding("org.kpi-unused", "kpis[0]"))).toBe(true);
    expect(isOrganizationFinding(finding("framework.weights", "frameworks[0]"))).toBe(false);
    expect(isOrganizationFinding(finding("kpi.unit", "kpis[0].unit"))).toBe(false);
  });
});

describe("filterOverviewRows and summarizeRows", () => {
  const rows = buildOverviewRows(roles, document, []);

  it("filters by search text, family and status", () => {
    expect(filterOverviewRows(rows, { q: "RECR" }).map((r) => r.key)).toEqual(["recruiter"]);
    expect(filterOverviewRows(rows, { q: "sales" }).map((r) => r.key)).toEqual(["seller"]);
    expect(filterOverviewRows(rows, { family: "HR" }).map((r) => r.key)).toEqual(["recruiter"]);
    expect(filterOverviewRows(rows, { status: "none" }).map((r) => r.key)).toEqual(["idle"]);
    expect(filterOverviewRows(rows, { status: "published" })).toEqual([]);
    expect(filterOverviewRows(rows, {})).toHaveLength(3);
  });

  it("totals the statuses", () => {
    expect(summarizeRows(rows)).toMatchObject({ none: 1, draft: 1, published: 0, pending: 1 });
  });
});
