import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type Violation = AxeResults["violations"][number];

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/** One readable paragraph per violation: rule, impact, help link and the offending elements. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    - ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
        .join("\n");
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n\n");
}

/** What axe found on one page. */
export interface A11yReport {
  url: string;
  violations: Violation[];
}

/** Runs axe (WCAG 2.x A/AA rules) on the current page. */
export async function analyzeA11y(page: Page): Promise<A11yReport> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return { url: page.url(), violations: results.violations };
}

/**
 * Fails on any serious or critical violation, printing each one readably. Minor and moderate
 * findings are logged, not failed.
 */
export function expectNoSeriousViolations(report: A11yReport): void {
  const blocking = report.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""));
  const minor = report.violations.filter((v) => !BLOCKING_IMPACTS.has(v.impact ?? ""));
  if (minor.length > 0) {
    console.log(`axe: ${minor.length} minor/moderate finding(s) on ${report.url}\n${formatViolations(minor)}`);
  }
  const message = `Serious or critical accessibility violations on ${report.url}:\n\n${formatViolations(blocking)}`;
  expect(blocking.length, message).toBe(0);
}

/** Runs axe on the current page and fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  expectNoSeriousViolations(await analyzeA11y(page));
}
