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

/**
 * Runs axe (WCAG 2.x A/AA rules) on the current page and fails on any serious or critical violation,
 * printing each one readably. Minor and moderate findings are attached to the report, not failed.
 */
export async function expectNoSeriousA11yViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const blocking = results.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""));
  const minor = results.violations.filter((v) => !BLOCKING_IMPACTS.has(v.impact ?? ""));
  if (minor.length > 0) {
    console.log(`axe: ${minor.length} minor/moderate finding(s) on ${page.url()}\n${formatViolations(minor)}`);
  }
  const message = `Serious or critical accessibility violations on ${page.url()}:\n\n${formatViolations(blocking)}`;
  expect(blocking.length, message).toBe(0);
}
