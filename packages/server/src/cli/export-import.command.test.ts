import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { libraryFamily, parseFrameworkYaml, serializeFrameworkYaml } from "@yardstick/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSqlite, type DatabaseHandle } from "../db/connect.js";
import { newId, nowIso } from "../db/executor.js";
import { migrateToLatest } from "../db/migrate.js";
import { insertOrganization } from "../features/auth/account.repository.js";
import { runExport } from "./export.command.js";
import { formatImportResult, runImport } from "./import.command.js";

describe("yardstick export / import", () => {
  let dir: string;
  let database: DatabaseHandle;
  let input: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "yardstick-cli-"));
    database = connectSqlite(path.join(dir, "data"));
    await migrateToLatest(database.db);
    await insertOrganization(database.db, { id: newId(), name: "Cli Org", settings: "{}", created_at: nowIso() });
    const family = libraryFamily("support");
    if (!family) throw new Error("missing support family");
    input = path.join(dir, "support.yaml");
    fs.writeFileSync(input, serializeFrameworkYaml(family.document));
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("dry-runs, imports, exports and re-imports with no change", async () => {
    const dry = await runImport(database.db, input, { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(formatImportResult(dry)).toMatch(/Dry run, nothing written: \d+ to create/);
    expect((await runExport(database.db, { format: "json" })).includes("support.")).toBe(false);

    const committed = await runImport(database.db, input, { organization: "Cli Org", dryRun: false });
    expect(committed.changes.filter((c) => c.action === "create").length).toBeGreaterThan(5);

    const yaml = await runExport(database.db, { format: "yaml" });
    const parsed = parseFrameworkYaml(yaml);
    expect(parsed.ok).toBe(true);
    const exported = path.join(dir, "exported.yaml");
    fs.writeFileSync(exported, yaml);
    const again = await runImport(database.db, exported, { dryRun: false });
    expect(again.changes.filter((c) => c.action !== "unchanged")).toEqual([]);

    const json = JSON.parse(await runExport(database.db, { format: "json", organization: "Cli Org" }));
    expect(json.organization.name).toBe("Cli Org");
  });

  it("names the problem for an unknown organization, several organizations, or a broken file", async () => {
    await expect(runExport(database.db, { format: "yaml", organization: "Nobody" })).rejects.toThrow(
      'No organization with id or name "Nobody"',
    );
    const broken = path.join(dir, "broken.yaml");
    fs.writeFileSync(broken, "roles:\n  - key: [x\n");
    await expect(runImport(database.db, broken, { dryRun: true })).rejects.toThrow(/broken\.yaml:\d+:\d+/);
    const unknownKey = path.join(dir, "unknown.yaml");
    fs.writeFileSync(unknownKey, "roles:\n  - key: r\n    title: R\n    orgUnit: nowhere\n");
    await expect(runImport(database.db, unknownKey, { dryRun: false })).rejects.toThrow(/roles\.0\.orgUnit/);

    await insertOrganization(database.db, { id: newId(), name: "Second", settings: "{}", created_at: nowIso() });
    await expect(runExport(database.db, { format: "yaml" })).rejects.toThrow(/--organization/);
  });
});
