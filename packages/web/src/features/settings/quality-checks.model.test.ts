import { lintRules } from "@yardstick/core";
import { describe, expect, it } from "vitest";
import { rulesByScope, sameRules, withRuleEnabled } from "./quality-checks.model.js";

describe("rulesByScope", () => {
  it("groups the whole catalogue by scope in building order without losing a rule", () => {
    const groups = rulesByScope(lintRules);
    expect(groups.map((g) => g.scope)).toEqual(["kpi", "assignment", "framework", "organization"]);
    expect(groups.flatMap((g) => g.rules)).toHaveLength(lintRules.length);
    expect(groups.every((g) => g.rules.every((rule) => rule.scope === g.scope))).toBe(true);
  });

  it("leaves out scopes without rules", () => {
    expect(rulesByScope([{ id: "a", severity: "info", scope: "framework", description: "A" }])).toHaveLength(1);
  });
});

describe("withRuleEnabled and sameRules", () => {
  it("adds and removes a rule id once", () => {
    const off = withRuleEnabled(["b"], "a", false);
    expect(off).toEqual(["a", "b"]);
    expect(withRuleEnabled(off, "a", false)).toEqual(["a", "b"]);
    expect(withRuleEnabled(off, "a", true)).toEqual(["b"]);
  });

  it("compares lists as sets", () => {
    expect(sameRules(["a", "b"], ["b", "a"])).toBe(true);
    expect(sameRules(["a"], ["a", "b"])).toBe(false);
    expect(sameRules(["a", "c"], ["a", "b"])).toBe(false);
  });
});
