import type { MissingDataPolicy } from "../model/framework-document.schema.js";
import { formatNumber, formatPercent } from "./format-number.js";
import { ScoringInputError } from "./scoring-errors.js";
import { type WeightedAverageResult, weightedAverage } from "./weighted-average.js";

export interface RollUpItemInput {
  /** KPI key, used in explanations. */
  key: string;
  /** Percentage; the weights of the framework (or of one section) sum to 100. */
  weight: number;
  /** Key of the section the KPI belongs to; required when sections are given. */
  section?: string;
  /** The KPI's score, or null when it has no data this period. */
  score: number | null;
}

export interface RollUpSectionInput {
  key: string;
  name?: string;
  /** Percentage of the overall score; section weights sum to 100. */
  weight: number;
}

export interface RollUpInput {
  items: RollUpItemInput[];
  sections?: RollUpSectionInput[];
  missingData: MissingDataPolicy;
  /** false: the same numbers with an empty explanation (nothing is formatted). Default true. */
  explain?: boolean;
}

export interface RollUpSectionResult {
  key: string;
  /** The section's weighted average, or null when none of its KPIs counts. */
  score: number | null;
  weight: number;
  /** The section's share of the overall score in percent after the missing-data policy. */
  effectiveWeight: number;
}

export interface RollUpItemResult {
  key: string;
  score: number | null;
  weight: number;
  /** Share in percent of its section (or of the overall score without sections) after the missing-data policy. */
  effectiveWeight: number;
  /** What this KPI adds to the overall score; the contributions sum to the overall score. */
  contribution: number;
}

export interface RollUpResult {
  /** Overall score (1.0 = 100%), or null when nothing counts. */
  score: number | null;
  sections: RollUpSectionResult[];
  items: RollUpItemResult[];
  explanation: string[];
}

function checkWeight(weight: number, what: string): void {
  if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
    throw new ScoringInputError(`The weight of ${what} must be a finite number ≥ 0, got ${String(weight)}`);
  }
}

function checkInput(input: RollUpInput): void {
  if (input.missingData !== "exclude" && input.missingData !== "zero") {
    throw new ScoringInputError(`Unknown missing-data policy ${JSON.stringify(input.missingData)}`);
  }
  let totalWeight = 0;
  for (const item of input.items) {
    checkWeight(item.weight, `KPI ${item.key}`);
    totalWeight += item.weight;
    if (item.score !== null && (typeof item.score !== "number" || !Number.isFinite(item.score))) {
      throw new ScoringInputError(
        `The score of KPI ${item.key} must be a finite number or null, got ${String(item.score)}`,
      );
    }
  }
  const seen = new Set<string>();
  for (const section of input.sections ?? []) {
    checkWeight(section.weight, `section ${section.key}`);
    totalWeight += section.weight;
    if (seen.has(section.key)) throw new ScoringInputError(`Section ${section.key} is listed twice`);
    seen.add(section.key);
  }
  if (!Number.isFinite(totalWeight)) throw new ScoringInputError("The weights are too large to add up");
}

const overallLine = (score: number | null): string =>
  score === null ? "Overall: no score" : `Overall: ${formatNumber(score)} (${formatPercent(score)})`;

function rollUpFlat(input: RollUpInput): RollUpResult {
  const entries = input.items.map((item) => ({ name: item.key, weight: item.weight, score: item.score }));
  const explain = input.explain ?? true;
  const average = weightedAverage(entries, input.missingData, "KPI", "", explain);
  const items = input.items.map((item, index) => {
    const effectiveWeight = average.effectiveWeights[index]!;
    return {
      key: item.key,
      score: item.score,
      weight: item.weight,
      effectiveWeight,
      contribution: ((item.score ?? 0) * effectiveWeight) / 100,
    };
  });
  if (!explain) return { score: average.score, sections: [], items, explanation: [] };
  const header = `Rolled up ${input.items.length} KPI${input.items.length === 1 ? "" : "s"} by weight (missing data: ${input.missingData})`;
  return {
    score: average.score,
    sections: [],
    items,
    explanation: [header, ...average.explanation, overallLine(average.score)],
  };
}

function rollUpSections(input: RollUpInput, sections: RollUpSectionInput[]): RollUpResult {
  const sectionKeys = new Set(sections.map((section) => section.key));
  for (const item of input.items) {
    if (item.section === undefined || !sectionKeys.has(item.section)) {
      throw new ScoringInputError(
        `KPI ${item.key} belongs to ${item.section === undefined ? "no section" : `an unknown section ${item.section}`}; with sections, every KPI needs one of: ${[...sectionKeys].join(", ")}`,
      );
    }
  }
  const explain = input.explain ?? true;
  const explanation = explain
    ? [
        `Rolled up ${input.items.length} KPI${input.items.length === 1 ? "" : "s"} in ${sections.length} section${sections.length === 1 ? "" : "s"} (missing data: ${input.missingData})`,
      ]
    : [];
  const perSection = new Map<string, { average: WeightedAverageResult; members: number[] }>();
  for (const section of sections) {
    const members = input.items.flatMap((item, index) => (item.section === section.key ? [index] : []));
    const entries = members.map((index) => {
      const item = input.items[index]!;
      return { name: item.key, weight: item.weight, score: item.score };
    });
    const label = section.name ?? section.key;
    const average = weightedAverage(entries, input.missingData, "KPI", `Section ${label}: `, explain);
    if (explain) {
      const result =
        average.score === null ? "no score" : `${formatNumber(average.score)} (${formatPercent(average.score)})`;
      explanation.push(...average.explanation, `Section ${label}: ${result}`);
    }
    perSection.set(section.key, { average, members });
  }
  const sectionEntries = sections.map((section) => ({
    name: section.name ?? section.key,
    weight: section.weight,
    score: perSection.get(section.key)!.average.score,
  }));
  const overall = weightedAverage(sectionEntries, input.missingData, "section", "", explain);
  if (explain) explanation.push(...overall.explanation, overallLine(overall.score));

  const items: RollUpItemResult[] = input.items.map((item) => ({
    key: item.key,
    score: item.score,
    weight: item.weight,
    effectiveWeight: 0,
    contribution: 0,
  }));
  sections.forEach((section, sectionIndex) => {
    const { average, members } = perSection.get(section.key)!;
    const sectionShare = overall.effectiveWeights[sectionIndex]! / 100;
    members.forEach((itemIndex, position) => {
      const itemResult = items[itemIndex]!;
      itemResult.effectiveWeight = average.effectiveWeights[position]!;
      itemResult.contribution = ((itemResult.score ?? 0) * itemResult.effectiveWeight * sectionShare) / 100;
    });
  });
  return {
    score: overall.score,
    sections: sections.map((section, index) => ({
      key: section.key,
      score: sectionEntries[index]!.score,
      weight: section.weight,
      effectiveWeight: overall.effectiveWeights[index]!,
    })),
    items,
    explanation,
  };
}

/**
 * Rolls KPI scores up into one overall score: a weighted average (weights are percentages), or with
 * sections, a weighted average per section and then across sections by section weight.
 * Missing data: `exclude` re-normalises the remaining weights and names what it left out;
 * `zero` counts a missing score as 0. Nothing to count gives a null score, explained.
 * `explain: false` computes the same numbers and leaves the explanation empty.
 * @throws ScoringInputError for negative or non-finite weights, non-finite scores, duplicate
 * section keys, or (with sections) a KPI without a known section
 */
export function rollUp(input: RollUpInput): RollUpResult {
  checkInput(input);
  const sections = input.sections ?? [];
  return sections.length === 0 ? rollUpFlat(input) : rollUpSections(input, sections);
}
