import fs from "node:fs";
import { type Finding, hasErrors, lintDocument, parseFrameworkYaml, type Severity } from "@yardstick/core";
import type { Command } from "commander";

export interface LintRun {
  /** 0: no error-level finding; 1: one or more; 2: the file could not be read or parsed. */
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const headings: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

function formatText(file: string, findings: Finding[]): string {
  if (findings.length === 0) return `${file}: no findings.\n`;
  const lines: string[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${headings[severity]} (${group.length}):`);
    for (const finding of group) {
      lines.push(`  ${finding.path}  ${finding.message}  [${finding.rule}]`);
      lines.push(`    fix: ${finding.hint}`);
    }
    lines.push("");
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push(`${file}: ${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} info.`);
  return `${lines.join("\n")}\n`;
}

/** Reads and lints a framework file; no database involved. */
export function runLint(file: string, format: "json" | "text"): LintRun {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { exitCode: 2, stdout: "", stderr: `Cannot read ${file}: ${reason}\n` };
  }
  const parsed = parseFrameworkYaml(text);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => {
      const where = e.line !== undefined ? `${file}:${e.line}:${e.column ?? 1}` : file;
      return `${where}: ${e.path ? `${e.path}: ` : ""}${e.message}`;
    });
    return { exitCode: 2, stdout: "", stderr: `Cannot parse ${file}:\n${lines.join("\n")}\n` };
  }
  const findings = lintDocument(parsed.document);
  return {
    exitCode: hasErrors(findings) ? 1 : 0,
    stdout: format === "json" ? `${JSON.stringify({ findings }, null, 2)}\n` : formatText(file, findings),
    stderr: "",
  };
}

export function registerLintCommand(program: Command): void {
  program
    .command("lint")
    .description("Check a framework file (YAML or JSON) against the quality rules; no database needed")
    .argument("<file>", "the framework file, e.g. framework.yaml")
    .option("-f, --format <format>", "output: text (grouped by severity) or json ({ findings })", "text")
    .addHelpText(
      "after",
      "\nExit codes: 0 no error-level finding, 1 one or more errors, 2 the file cannot be read or parsed.",
    )
    .action((file: string, options: { format: string }) => {
      if (options.format !== "json" && options.format !== "text") {
        process.stderr.write(`--format must be json or text, got "${options.format}"\n`);
        process.exitCode = 2;
        return;
      }
      const run = runLint(file, options.format);
      process.stdout.write(run.stdout);
      process.stderr.write(run.stderr);
      process.exitCode = run.exitCode;
    });
}
