import type { Assignment, Section } from "@yardstick/core";

// The lint rule tolerates float noise such as 33.33 + 33.33 + 33.34; so does the live total.
const EPSILON = 1e-6;

export interface WeightGroup {
  /** Section key, or undefined for a framework without sections. */
  key?: string;
  label: string;
  total: number;
  ok: boolean;
}

export interface WeightTotals {
  /** One group per section, or a single group for the whole framework. */
  groups: WeightGroup[];
  /** The section weights' own total, when sections are used. */
  sections?: { total: number; ok: boolean };
  ok: boolean;
}

const sum = (values: number[]) => values.reduce((total, v) => total + (Number.isFinite(v) ? v : 0), 0);
const isHundred = (total: number) => Math.abs(total - 100) <= EPSILON;

/**
 * The live weight totals the editor shows: every weight sums to 100, or with sections the
 * section weights sum to 100 and the weights inside each section do too (as `framework.weights`).
 */
export function weightTotals(sections: readonly Section[], assignments: readonly Assignment[]): WeightTotals {
  if (sections.length === 0) {
    const total = sum(assignments.map((a) => a.weight));
    const ok = isHundred(total);
    return { groups: [{ label: "Total", total, ok }], ok };
  }
  const groups = sections.map((section) => {
    const total = sum(assignments.filter((a) => a.section === section.key).map((a) => a.weight));
    return { key: section.key, label: section.name || section.key, total, ok: isHundred(total) };
  });
  const sectionTotal = sum(sections.map((s) => s.weight));
  const sectionsOk = isHundred(sectionTotal);
  return {
    groups,
    sections: { total: sectionTotal, ok: sectionsOk },
    ok: sectionsOk && groups.every((g) => g.ok),
  };
}

/** "95" or "33.33": totals read as people typed them. */
export function formatWeight(total: number): string {
  return Number.parseFloat(total.toFixed(2)).toString();
}
