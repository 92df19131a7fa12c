import { describe, expect, it } from "vitest";
import { groupChanges } from "./framework-file.types.js";

describe("groupChanges", () => {
  it("groups by kind in reading order and counts each action", () => {
    const groups = groupChanges([
      { kind: "kpi", key: "a", action: "create" },
      { kind: "objective", key: "o", action: "unchanged" },
      { kind: "kpi", key: "b", action: "update", fields: ["unit"] },
      { kind: "kpi", key: "c", action: "update" },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["objective", "kpi"]);
    expect(groups[1]?.counts).toEqual({ create: 1, update: 2, unchanged: 0, skipped: 0 });
  });

  it("returns nothing for an empty plan", () => {
    expect(groupChanges([])).toEqual([]);
  });
});
