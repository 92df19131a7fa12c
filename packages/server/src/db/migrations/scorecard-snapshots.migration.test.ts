import { expect, it } from "vitest";
import { createDemoOrganization } from "../../features/demo/demo.service.js";
import { loadSnapshots } from "../../features/scorecards/scorecard-snapshot.store.js";
import { describeEachDatabase } from "../../test/test-database.js";
import { moveSnapshots } from "./2026-11-25T21-00-scorecard-snapshots.js";

describeEachDatabase("scorecard snapshots stored once", (ctx) => {
  it("cycle opening stores each distinct snapshot once and links every scorecard to an equal copy", async () => {
    const { db } = ctx.database;
    const demo = await createDemoOrganization(db, { seed: 3, today: "2026-11-25", fixedPassword: true });
    const cards = await db
      .selectFrom("scorecards")
      .select(["id", "snapshot", "snapshot_id"])
      .where("organization_id", "=", demo.organizationId)
      .execute();
    const stored = await db
      .selectFrom("scorecard_snapshots")
      .selectAll()
      .where("organization_id", "=", demo.organizationId)
      .execute();
    expect(cards.length).toBeGreaterThan(stored.length);
    expect(new Set(stored.map((s) => s.content_hash)).size).toBe(stored.length);
    const content = new Map(stored.map((s) => [s.id, s.content]));
    for (const card of cards) expect(content.get(card.snapshot_id ?? "")).toBe(card.snapshot);
    expect(stored.length).toBe(new Set(cards.map((c) => c.snapshot)).size);
  });

  it("the migration moves existing snapshots, deduplicated by content, keeping every text intact", async () => {
    const { db } = ctx.database;
    const before = await db.selectFrom("scorecards").select(["id", "organization_id", "snapshot"]).execute();
    // Back to the state before the migration: no stored snapshots, no links.
    await db.updateTable("scorecards").set({ snapshot_id: null }).execute();
    await db.deleteFrom("scorecard_snapshots").execute();
    await moveSnapshots(db);
    const after = await db.selectFrom("scorecards").select(["id", "snapshot", "snapshot_id"]).execute();
    const stored = await db.selectFrom("scorecard_snapshots").selectAll().execute();
    expect(stored.length).toBe(new Set(before.map((c) => `${c.organization_id}\n${c.snapshot}`)).size);
    const content = new Map(stored.map((s) => [s.id, s.content]));
    const original = new Map(before.map((c) => [c.id, c.snapshot]));
    expect(after).toHaveLength(before.length);
    for (const card of after) {
      expect(card.snapshot).toBe(original.get(card.id));
      expect(content.get(card.snapshot_id ?? "")).toBe(card.snapshot);
    }
    // Running it again changes nothing (every scorecard is linked).
    await moveSnapshots(db);
    expect(await db.selectFrom("scorecard_snapshots").select("id").execute()).toHaveLength(stored.length);
  });

  it("loads a snapshot only within its organization", async () => {
    const { db } = ctx.database;
    const row = await db.selectFrom("scorecard_snapshots").select(["id", "organization_id"]).executeTakeFirstOrThrow();
    const own = await loadSnapshots(db, row.organization_id, [row.id]);
    expect(own.get(row.id)?.framework.assignments.length).toBeGreaterThan(0);
    // Served from the parsed cache the second time, still not across organizations.
    expect((await loadSnapshots(db, "another-organization", [row.id])).size).toBe(0);
    expect((await loadSnapshots(db, row.organization_id, ["no-such-snapshot"])).size).toBe(0);
  });
});
