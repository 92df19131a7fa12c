import { libraryFamilies } from "@yardstick/core";
import { expect, it } from "vitest";
import { describeEachApp, otherOrganizationAdmin, signInAs } from "../../test/test-app.js";
import { countRows } from "../framework-document/document.factories.js";

type Change = { kind: string; key: string; action: string };

describeEachApp("starter library", (ctx) => {
  it("lists the families with their roles and KPIs", async () => {
    const employee = await signInAs(ctx, "employee");
    const response = await employee.request("GET", "/api/v1/library");
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { key: string; roles: { key: string; kpis: string[] }[] }[];
    expect(items.map((f) => f.key)).toEqual(libraryFamilies.map((f) => f.key));
    const sales = items.find((f) => f.key === "sales");
    expect(sales?.roles.find((r) => r.key === "sales.account-executive")?.kpis).toContain("sales.win-rate");
  });

  it("imports whole families, then skips the keys that already exist", async () => {
    const admin = await otherOrganizationAdmin(ctx);
    const first = await admin.request("POST", "/api/v1/library/import", { families: ["sales", "hr"] });
    expect(first.statusCode, first.body).toBe(200);
    const created = first.json().changes as Change[];
    expect(created.every((c) => c.action === "create")).toBe(true);
    const counts = await countRows(ctx.database, admin.organizationId);
    expect(counts.roles).toBe(4);
    expect(counts.versions).toBe(4);

    // The organization edits its copy; a second import leaves that edit alone.
    await ctx.database.db
      .updateTable("kpis")
      .set({ name: "Our own win rate" })
      .where("organization_id", "=", admin.organizationId)
      .where("key", "=", "sales.win-rate")
      .execute();
    const again = await admin.request("POST", "/api/v1/library/import", { families: ["sales"] });
    expect(again.statusCode).toBe(200);
    expect((again.json().changes as Change[]).every((c) => c.action === "skipped")).toBe(true);
    const kpi = await ctx.database.db
      .selectFrom("kpis")
      .select("name")
      .where("organization_id", "=", admin.organizationId)
      .where("key", "=", "sales.win-rate")
      .executeTakeFirstOrThrow();
    expect(kpi.name).toBe("Our own win rate");
  });

  it("imports just the chosen role with what it references, or just chosen KPIs", async () => {
    const admin = await otherOrganizationAdmin(ctx);
    const response = await admin.request("POST", "/api/v1/library/import", {
      families: ["sales"],
      roles: ["sales.sales-development-representative"],
      kpis: ["sales.win-rate"],
    });
    expect(response.statusCode, response.body).toBe(200);
    const changes = response.json().changes as Change[];
    expect(changes.filter((c) => c.kind === "role").map((c) => c.key)).toEqual([
      "sales.sales-development-representative",
    ]);
    expect(changes.some((c) => c.kind === "kpi" && c.key === "sales.win-rate")).toBe(true);
    expect(changes.some((c) => c.kind === "kpi" && c.key === "sales.new-bookings")).toBe(false);
    expect(changes.filter((c) => c.kind === "framework")).toHaveLength(1);
    const counts = await countRows(ctx.database, admin.organizationId);
    expect(counts).toMatchObject({ roles: 1, versions: 1 });
  });

  it("supports a dry run that writes nothing", async () => {
    const admin = await otherOrganizationAdmin(ctx);
    const response = await admin.request("POST", "/api/v1/library/import", { families: ["it"], dryRun: true });
    expect(response.statusCode).toBe(200);
    expect(response.json().dryRun).toBe(true);
    expect((await countRows(ctx.database, admin.organizationId)).kpis).toBe(0);
  });

  it("refuses unknown families, roles and KPIs with 400 naming them", async () => {
    const admin = await otherOrganizationAdmin(ctx);
    const family = await admin.request("POST", "/api/v1/library/import", { families: ["sales", "astrology"] });
    expect(family.statusCode).toBe(400);
    expect(family.json().error.issues[0].path).toBe("families.1");
    const role = await admin.request("POST", "/api/v1/library/import", { families: ["sales"], roles: ["hr.nope"] });
    expect(role.statusCode).toBe(400);
    expect(role.json().error.issues[0].path).toBe("roles.0");
    const kpi = await admin.request("POST", "/api/v1/library/import", { families: ["sales"], kpis: ["x"] });
    expect(kpi.json().error.issues[0].path).toBe("kpis.0");
    expect((await admin.request("POST", "/api/v1/library/import", { families: [] })).statusCode).toBe(400);
    expect((await countRows(ctx.database, admin.organizationId)).kpis).toBe(0);
  });

  it("needs a session (401) and a design role (403)", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/library" })).statusCode).toBe(401);
    const manager = await signInAs(ctx, "manager");
    const response = await manager.request("POST", "/api/v1/library/import", { families: ["sales"] });
    expect(response.statusCode).toBe(403);
  });
});
