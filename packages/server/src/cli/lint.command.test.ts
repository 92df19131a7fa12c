import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { libraryFamily, serializeFrameworkYaml } from "@yardstick/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../../bin/yardstick.js", import.meta.url));

/** Runs the real CLI; resolves with the exit code instead of throwing on a non-zero one. */
async function yardstick(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("yardstick lint", () => {
  let dir: string;
  const file = (name: string, text: string) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, text);
    return target;
  };
  const sales = () => {
    const family = libraryFamily("sales");
    if (!family) throw new Error("missing sales family");
    return family.document;
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "yardstick-lint-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 0 for a file without errors and prints findings grouped by severity", async () => {
    const result = await yardstick("lint", file("clean.yaml", serializeFrameworkYaml(sales())));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/clean\.yaml: (no findings|0 error\(s\))/);
    expect(result.stdout).not.toContain("Errors (");
  });

  it("exits 1 with error findings, in text and in JSON", async () => {
    const doc = sales();
    const assignment = doc.frameworks[0]?.assignments[0];
    if (!assignment) throw new Error("fixture changed");
    assignment.weight += 10;
    const broken = file("broken.yaml", serializeFrameworkYaml(doc));
    const text = await yardstick("lint", broken);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Errors \(\d+\):/m);
    expect(text.stdout).toContain("[framework.weights]");
    const json = await yardstick("lint", broken, "--format", "json");
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { findings: { rule: string; severity: string; path: string }[] };
    expect(parsed.findings).toContainEqual(
      expect.objectContaining({ rule: "framework.weights", severity: "error", path: "frameworks[0].assignments" }),
    );
  });

  it("exits 2 with line and column when the file does not parse, and when it is missing", async () => {
    const bad = await yardstick("lint", file("bad.yaml", "kpis:\n  - key: a\n    name: [oops\n"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:\d+:\d+: /);
    const missing = await yardstick("lint", path.join(dir, "nope.yaml"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot read");
  });

  it("has help text", async () => {
    const help = await yardstick("lint", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit codes");
  });
});
