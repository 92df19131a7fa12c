import type { FrameworkDocumentInput } from "../model/framework-document.schema.js";

/**
 * Finance starter family: an Accounts Receivable Specialist who turns invoices into cash and a
 * Financial Planning & Analysis Analyst who gives the business reliable forecasts and reporting.
 * Collection outcomes (DSO, overdue balance) are paired with the early chasing behaviour that
 * drives them; reporting speed is paired with reporting accuracy.
 */
export const financeLibrary: FrameworkDocumentInput = {
  objectives: [
    {
      key: "finance.protect-cash",
      title: "Keep days sales outstanding below 45 days",
      description:
        "Customers pay on time: days sales outstanding stays below 45 days and bad-debt write-offs below 0.5% of revenue, so growth is funded from operating cash.",
      perspective: "financial",
    },
    {
      key: "finance.reliable-reporting",
      title: "Deliver reliable forecasts and management reporting on time",
      description:
        "The monthly management pack is published by working day 5 without corrections, and the quarterly revenue forecast lands within 5% of actual.",
      perspective: "internal-process",
    },
    {
      key: "finance.grow-finance-capability",
      title: "Keep the finance team professionally qualified",
      description:
        "Every finance professional meets the continuing professional development requirement of their accounting body, at least 20 hours per half-year.",
      perspective: "learning-growth",
    },
  ],
  orgUnits: [{ key: "finance.unit", name: "Finance" }],
  roles: [
    {
      key: "finance.accounts-receivable-specialist",
      title: "Accounts Receivable Specialist",
      family: "Finance",
      orgUnit: "finance.unit",
      description:
        "Owns collections for a portfolio of customer accounts: chases overdue invoices, resolves billing disputes with sales and customers, and applies the credit policy.",
      responsibilities: [
        {
          key: "finance.accounts-receivable-specialist.collect-on-time",
          text: "Collect customer payments by their due date across the account portfolio",
        },
        {
          key: "finance.accounts-receivable-specialist.chase-early",
          text: "Contact every account as soon as an invoice becomes overdue and agree a payment date",
        },
        {
          key: "finance.accounts-receivable-specialist.resolve-disputes",
          text: "Resolve billing disputes with sales and the customer so invoices can be paid",
        },
        {
          key: "finance.accounts-receivable-specialist.apply-credit-policy",
          text: "Apply the credit policy: holds, payment plans and escalation of doubtful debts",
        },
        {
          key: "finance.accounts-receivable-specialist.keep-qualified",
          text: "Complete the continuing professional development required for the role",
        },
      ],
      expectedOutcomes: [
        "Days sales outstanding below 45 days on the portfolio",
        "Less than 5% of receivables more than 60 days overdue",
        "Every newly overdue account contacted within three working days",
      ],
    },
    {
      key: "finance.fpa-analyst",
      title: "Financial Planning & Analysis Analyst",
      family: "Finance",
      orgUnit: "finance.unit",
      description:
        "Builds the budget and rolling forecast with budget holders, analyses variances, and produces the monthly management pack the leadership team decides on.",
      responsibilities: [
        {
          key: "finance.fpa-analyst.forecast",
          text: "Build and maintain the rolling revenue and cost forecast with budget holders",
        },
        {
          key: "finance.fpa-analyst.publish-management-pack",
          text: "Publish the monthly management pack by the reporting deadline",
        },
        {
          key: "finance.fpa-analyst.review-variances",
          text: "Review budget-versus-actual variances with every budget holder each month",
        },
        {
          key: "finance.fpa-analyst.partner-with-business",
          text: "Give budget holders analysis and options that inform their decisions",
        },
        {
          key: "finance.fpa-analyst.keep-reporting-accurate",
          text: "Reconcile and check reports so published numbers need no correction",
        },
        {
          key: "finance.fpa-analyst.keep-qualified",
          text: "Complete the continuing professional development required for the role",
        },
      ],
      expectedOutcomes: [
        "Quarterly revenue forecast within 5% of actual",
        "Management pack published by working day 5 every month",
        "Every budget holder's variances reviewed monthly",
        "At most one correction to published reports per quarter",
      ],
    },
  ],
  kpis: [
    {
      key: "finance.dso",
      name: "Days sales outstanding",
      description:
        "Accounts receivable at month end divided by the last 90 days' credit sales, times 90, for the specialist's account portfolio. It is the standard measure of how quickly sales turn into cash; every day less frees working capital.",
      unit: "days",
      direction: "lower",
      aggregation: "last",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Finance",
      dataSource: "ERP: aged receivables and credit sales by portfolio",
      suggested: { baseline: 52, target: 45, stretch: 43 },
    },
    {
      key: "finance.overdue-60-share",
      name: "Receivables over 60 days overdue",
      description:
        "Share of the portfolio's receivables balance that is more than 60 days past due at month end. Old debt is the most likely to become bad debt, so this shows collection risk that DSO averages can hide.",
      unit: "%",
      direction: "lower",
      aggregation: "last",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Finance",
      dataSource: "ERP: aged receivables report, 60+ days bucket / total receivables",
      suggested: { baseline: 8, target: 5, stretch: 4 },
    },
    {
      key: "finance.overdue-contact-rate",
      name: "Overdue accounts contacted within 3 days",
      description:
        "Share of accounts that became overdue in the period whose owner was contacted by phone or personal email within three working days, with the contact logged. Early personal contact is the strongest driver of payment, so it moves before DSO does.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "system",
      family: "Finance",
      dataSource: "Collections tool: first logged contact date versus invoice due date",
      suggested: { baseline: 70, target: 90, stretch: 95 },
    },
    {
      key: "finance.bad-debt-write-offs",
      name: "Bad-debt write-offs",
      description:
        "Receivables written off as uncollectable in the quarter as a percentage of the portfolio's revenue. It is the final outcome of credit control; above 0.5% the credit policy or its application has failed.",
      unit: "% of revenue",
      direction: "lower",
      aggregation: "average",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Finance",
      dataSource: "ERP: bad-debt expense journal / revenue, by portfolio",
      suggested: { baseline: 0.8, target: 0.5, stretch: 0.3 },
    },
    {
      key: "finance.forecast-accuracy",
      name: "Revenue forecast accuracy",
      description:
        "100% minus the absolute difference between the revenue forecast made at the start of the quarter and actual revenue, as a percentage of actual revenue. Leaders plan hiring and spend on the forecast, so its accuracy is the FP&A team's main output.",
      unit: "%",
      direction: "higher",
      aggregation: "last",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Finance",
      dataSource: "Planning model: start-of-quarter forecast versus ERP actual revenue",
      suggested: { baseline: 90, target: 95, stretch: 96 },
    },
    {
      key: "finance.management-pack-on-time",
      name: "Management pack on time",
      description:
        "Share of monthly management packs in the period published to the leadership team by working day 5. Late numbers mean late decisions; it is balanced by the count of corrections so speed does not cost accuracy.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "manager",
      family: "Finance",
      dataSource: "Reporting calendar: publication date of each month's pack",
      suggested: { baseline: 67, target: 100 },
    },
    {
      key: "finance.variance-review-coverage",
      name: "Budget holders with a monthly variance review",
      description:
        "Share of budget holders with whom the analyst held and documented a budget-versus-actual review in the month. Regular reviews surface changes early, which makes the next forecast more accurate.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "employee",
      family: "Finance",
      dataSource: "Variance review log in the planning workspace",
      suggested: { baseline: 60, target: 90, stretch: 100 },
    },
    {
      key: "finance.business-partnering-rating",
      name: "Finance business partnering rating",
      description:
        "Average rating, on the anchored 1–5 scale, from a short quarterly survey of budget holders about the analyst's analysis and advice. It shows whether finance informs decisions or only reports on them.",
      unit: "rating",
      direction: "higher",
      aggregation: "average",
      frequency: "quarterly",
      categories: { kind: "qualitative", timing: "lagging", focus: "behavioural" },
      reporter: "manager",
      family: "Finance",
      dataSource: "Quarterly three-question budget-holder survey",
      ratingScale: {
        min: 1,
        max: 5,
        anchors: [
          { value: 1, description: "Budget holders receive numbers late or not at all and do not use them." },
          { value: 2, description: "Numbers arrive but without explanation of variances or drivers." },
          { value: 3, description: "Variances are explained on request; analysis answers the question asked." },
          {
            value: 4,
            description: "Proactively explains drivers and risks, with options budget holders act on.",
          },
          {
            value: 5,
            description: "A trusted adviser: involved early in decisions and shapes the plan with scenarios.",
          },
        ],
      },
      suggested: { baseline: 3, target: 4, stretch: 5 },
    },
    {
      key: "finance.reporting-corrections",
      name: "Corrections to published reports",
      description:
        "Number of corrections issued after publication to the management pack or other reports the analyst owns, in the period. Every correction erodes trust in the numbers, so it is the quality counterweight to reporting speed.",
      unit: "corrections",
      direction: "lower",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "manager",
      balance: "quality",
      family: "Finance",
      dataSource: "Reporting log: correction notices per report",
      suggested: { baseline: 3, target: 1, stretch: 0 },
    },
    {
      key: "finance.cpd-hours",
      name: "Continuing professional development hours",
      description:
        "Hours of verifiable continuing professional development (accounting standards, tax, systems, analytics) completed in the half-year and logged in the learning platform. Professional accounting bodies require it, and current knowledge keeps reporting compliant.",
      unit: "hours",
      direction: "higher",
      aggregation: "sum",
      frequency: "half-yearly",
      categories: { kind: "quantitative", timing: "leading", focus: "development" },
      reporter: "employee",
      family: "Finance",
      dataSource: "Learning platform: verifiable CPD records",
      suggested: { baseline: 10, target: 20, stretch: 24 },
    },
  ],
  frameworks: [
    {
      role: "finance.accounts-receivable-specialist",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "finance.dso",
          weight: 30,
          objectives: ["finance.protect-cash"],
          responsibility: "finance.accounts-receivable-specialist.collect-on-time",
          scoring: { method: "linear", baseline: 52, target: 45, stretch: 43 },
        },
        {
          kpi: "finance.overdue-60-share",
          weight: 20,
          objectives: ["finance.protect-cash"],
          responsibility: "finance.accounts-receivable-specialist.resolve-disputes",
          scoring: { method: "linear", baseline: 8, target: 5, stretch: 4 },
        },
        {
          kpi: "finance.overdue-contact-rate",
          weight: 20,
          objectives: ["finance.protect-cash"],
          responsibility: "finance.accounts-receivable-specialist.chase-early",
          scoring: {
            method: "curve",
            points: [
              [50, 0],
              [70, 0.5],
              [90, 1],
              [95, 1.2],
            ],
          },
        },
        {
          kpi: "finance.bad-debt-write-offs",
          weight: 15,
          objectives: ["finance.protect-cash"],
          responsibility: "finance.accounts-receivable-specialist.apply-credit-policy",
          scoring: { method: "binary", target: 0.5, direction: "lower" },
        },
        {
          kpi: "finance.cpd-hours",
          weight: 15,
          objectives: ["finance.grow-finance-capability"],
          responsibility: "finance.accounts-receivable-specialist.keep-qualified",
          scoring: { method: "linear", baseline: 10, target: 20, stretch: 24 },
        },
      ],
    },
    {
      role: "finance.fpa-analyst",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "finance.forecast-accuracy",
          weight: 25,
          objectives: ["finance.reliable-reporting"],
          responsibility: "finance.fpa-analyst.forecast",
          scoring: { method: "linear", baseline: 90, target: 95, stretch: 96 },
        },
        {
          kpi: "finance.management-pack-on-time",
          weight: 15,
          objectives: ["finance.reliable-reporting"],
          responsibility: "finance.fpa-analyst.publish-management-pack",
          scoring: { method: "binary", target: 100, direction: "higher" },
        },
        {
          kpi: "finance.variance-review-coverage",
          weight: 15,
          objectives: ["finance.reliable-reporting"],
          responsibility: "finance.fpa-analyst.review-variances",
          scoring: { method: "linear", baseline: 60, target: 90, stretch: 100 },
        },
        {
          kpi: "finance.business-partnering-rating",
          weight: 20,
          objectives: ["finance.reliable-reporting"],
          responsibility: "finance.fpa-analyst.partner-with-business",
          scoring: { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 },
        },
        {
          kpi: "finance.reporting-corrections",
          weight: 10,
          objectives: ["finance.reliable-reporting"],
          responsibility: "finance.fpa-analyst.keep-reporting-accurate",
          scoring: {
            method: "bands",
            bands: [
              { from: 0, score: 1.2, label: "No corrections: stretch" },
              { from: 1, score: 1, label: "One correction: on target" },
              { from: 2, score: 0.5, label: "Two corrections" },
              { from: 3, score: 0, label: "Three or more" },
            ],
          },
        },
        {
          kpi: "finance.cpd-hours",
          weight: 15,
          objectives: ["finance.grow-finance-capability"],
          responsibility: "finance.fpa-analyst.keep-qualified",
          scoring: { method: "linear", baseline: 10, target: 20, stretch: 24 },
        },
      ],
    },
  ],
};
