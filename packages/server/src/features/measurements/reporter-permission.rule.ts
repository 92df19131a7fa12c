import type { MembershipRole } from "../../db/database.js";

export type Reporter = "employee" | "manager" | "system";

/** What the caller is to the person whose scorecard it is. */
export interface ReportingRelation {
  role: MembershipRole;
  /** The scorecard belongs to the caller's own employee record. */
  isSelf: boolean;
  /** The caller manages the person: hr/admin for everyone, a manager for their reporting line. */
  manages: boolean;
}

/**
 * Who may record a KPI's values follows the KPI's `reporter`:
 * - employee: the person themself, their managers up the line, and hr/admin;
 * - manager: the person's managers up the line and hr/admin (not the person);
 * - system: hr/admin only (imports and integrations).
 */
export function mayReport(reporter: Reporter, relation: ReportingRelation): boolean {
  switch (reporter) {
    case "employee":
      return relation.isSelf || relation.manages;
    case "manager":
      return relation.manages && !relation.isSelf;
    case "system":
      return relation.role === "admin" || relation.role === "hr";
  }
}

export function reporterRule(reporter: Reporter): string {
  switch (reporter) {
    case "employee":
      return "the person themself, their managers, hr or admin";
    case "manager":
      return "the person's managers, hr or admin";
    case "system":
      return "hr or admin (imports and integrations)";
  }
}
