import type { LintRule, RuleFinding } from "../lint.types.js";

// Verbs that state an intention rather than a measure, with their inflections.
const VAGUE_VERB =
  /\b(improv(?:e|es|ed|ing|ement)|enhanc(?:e|es|ed|ing|ement)|support(?:s|ed|ing)?|ensur(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing|ation)|manag(?:e|es|ed|ing))\b/i;
// Words that show the text names a metric after all.
const METRIC_WORD =
  /%|\b(percent(?:age)?|rate|ratio|share|number of|count|score|average|mean|median|days?|hours?|minutes?|per)\b/i;

export const kpiVagueRule: LintRule = {
  info: {
    id: "kpi.specific.vague",
    severity: "warning",
    scope: "kpi",
    description:
      "A KPI's name and description do not rely on vague verbs (improve, enhance, support, ensure, optimize, manage) without a number or metric.",
  },
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const { kpi, path } of ctx.kpis) {
      for (const field of ["name", "description"] as const) {
        const text = kpi[field];
        if (!text) continue;
        const verb = VAGUE_VERB.exec(text);
        if (!verb) continue;
        if (/\d/.test(text) || METRIC_WORD.test(text)) continue;
        findings.push({
          path: `${path}.${field}`,
          message: `The ${field} of KPI "${kpi.key}" uses the vague verb "${verb[0]}" without a number or metric`,
          hint: 'Name what is measured instead of the intention, e.g. "Customer satisfaction score (CSAT, %)" rather than "Improve customer satisfaction".',
        });
      }
    }
    return findings;
  },
};
