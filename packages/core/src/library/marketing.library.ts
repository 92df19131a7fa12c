import type { FrameworkDocumentInput } from "../model/framework-document.schema.js";

/**
 * Marketing starter family: a Demand Generation Manager who fills the sales funnel and a Content
 * Marketing Manager who earns organic attention. Lead and traffic volumes are balanced by
 * conversion rates so the team is not rewarded for cheap, unqualified attention.
 * Sum-aggregated targets are per quarterly review period.
 */
export const marketingLibrary: FrameworkDocumentInput = {
  objectives: [
    {
      key: "marketing.source-pipeline",
      title: "Source 40% of new sales pipeline from marketing",
      description:
        "Marketing-sourced opportunities make up at least 40% of new qualified pipeline at a cost per qualified lead within the agreed budget.",
      perspective: "customer",
    },
    {
      key: "marketing.grow-organic-reach",
      title: "Double organic reach in the target segment",
      description:
        "Organic search and content sessions from the target segment double within two years, and content converts visitors into known contacts.",
      perspective: "customer",
    },
    {
      key: "marketing.build-marketing-capability",
      title: "Build a certified, data-literate marketing team",
      description:
        "Every marketer holds at least one current platform or analytics certification and renews it before it expires.",
      perspective: "learning-growth",
    },
  ],
  orgUnits: [{ key: "marketing.unit", name: "Marketing" }],
  roles: [
    {
      key: "marketing.demand-generation-manager",
      title: "Demand Generation Manager",
      family: "Marketing",
      orgUnit: "marketing.unit",
      description:
        "Plans and runs paid, email and event campaigns that turn the target audience into marketing qualified leads and sales pipeline, within the campaign budget.",
      responsibilities: [
        {
          key: "marketing.demand-generation-manager.plan-campaigns",
          text: "Plan the quarterly campaign mix and budget with sales leadership against the pipeline target",
        },
        {
          key: "marketing.demand-generation-manager.generate-leads",
          text: "Run paid, email and event programmes that generate marketing qualified leads from the target segment",
        },
        {
          key: "marketing.demand-generation-manager.qualify-handoff",
          text: "Maintain the lead scoring model and the hand-off to sales development so leads are worked",
        },
        {
          key: "marketing.demand-generation-manager.manage-budget",
          text: "Spend the campaign budget as planned and reallocate from weak to strong channels monthly",
        },
        {
          key: "marketing.demand-generation-manager.keep-certified",
          text: "Hold current certifications in the advertising, automation and analytics platforms in use",
        },
      ],
      expectedOutcomes: [
        "Marketing qualified leads at or above the quarterly plan",
        "At least 20% of MQLs accepted by sales as qualified",
        "Marketing-sourced pipeline of EUR 1.2 million per quarter",
        "Campaign spend within 95–100% of budget",
      ],
    },
    {
      key: "marketing.content-marketing-manager",
      title: "Content Marketing Manager",
      family: "Marketing",
      orgUnit: "marketing.unit",
      description:
        "Owns the editorial calendar: plans, writes and commissions search-optimised articles, guides and case studies that attract the target audience and convert readers into contacts.",
      responsibilities: [
        {
          key: "marketing.content-marketing-manager.run-editorial-calendar",
          text: "Plan and publish the editorial calendar on schedule with subject-matter experts and freelancers",
        },
        {
          key: "marketing.content-marketing-manager.grow-organic-traffic",
          text: "Research search intent and optimise content so organic traffic from the target segment grows",
        },
        {
          key: "marketing.content-marketing-manager.convert-readers",
          text: "Build calls to action and gated assets that convert readers into known contacts",
        },
        {
          key: "marketing.content-marketing-manager.uphold-quality",
          text: "Keep every published piece accurate, on brand and useful to the reader",
        },
        {
          key: "marketing.content-marketing-manager.keep-certified",
          text: "Hold current certifications in search optimisation and web analytics",
        },
      ],
      expectedOutcomes: [
        "Organic sessions growing at least 10% quarter over quarter",
        "Content conversion rate of 2% or better",
        "The editorial calendar published on schedule",
        "Content rated 4 of 5 or better in editorial review",
      ],
    },
  ],
  kpis: [
    {
      key: "marketing.mqls",
      name: "Marketing qualified leads",
      description:
        "Number of leads that crossed the agreed lead-score threshold in the period, counted once per person in the marketing automation platform. It measures top-of-funnel output; because thresholds and cheap lists can inflate it, it is always weighed with the MQL-to-SQL conversion rate.",
      unit: "leads",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "Marketing",
      dataSource: "Marketing automation: contacts whose lifecycle stage became MQL in the period",
      suggested: { baseline: 450, target: 600, stretch: 700 },
    },
    {
      key: "marketing.mql-to-sql-rate",
      name: "MQL-to-SQL conversion rate",
      description:
        "Share of MQLs created in the period that sales development accepted as sales qualified leads within 30 days. It is the quality counterweight to lead volume and shows whether targeting and lead scoring work.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Marketing",
      dataSource: "Marketing automation and CRM: MQLs reaching SQL stage within 30 days / MQLs",
      suggested: { baseline: 15, target: 20, stretch: 22 },
    },
    {
      key: "marketing.sourced-pipeline",
      name: "Marketing-sourced pipeline",
      description:
        "Value of new qualified opportunities created in the period whose first touch was a marketing campaign, using the CRM's original-source field. It links marketing activity to revenue and is the measure sales leadership cares about most.",
      unit: "EUR",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Marketing",
      dataSource: "CRM: opportunities created in the period with original source = marketing campaign",
      suggested: { baseline: 900000, target: 1200000, stretch: 1400000 },
    },
    {
      key: "marketing.cost-per-mql",
      name: "Cost per MQL",
      description:
        "Campaign spend in the period divided by the MQLs it generated, in euros. It keeps growth efficient: leads bought at any price make the funnel unprofitable.",
      unit: "EUR",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Marketing",
      dataSource: "Finance campaign spend report and marketing automation MQL count",
      suggested: { baseline: 140, target: 110, stretch: 100 },
    },
    {
      key: "marketing.budget-utilisation",
      name: "Campaign budget utilisation",
      description:
        "Campaign spend in the period as a share of the approved campaign budget. Both under-spending (lost reach) and over-spending (broken plan) are problems, so the healthy window of 95–100% is scored as a range.",
      unit: "%",
      direction: "higher",
      aggregation: "last",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Marketing",
      dataSource: "Finance: actual campaign spend to date / approved budget to date",
      suggested: { baseline: 85, target: 95, stretch: 100 },
    },
    {
      key: "marketing.organic-sessions",
      name: "Organic search sessions",
      description:
        "Number of website sessions that arrived from unpaid search results in the period, from web analytics, excluding branded searches for the company name. It measures how much attention the content earns without paid media; it is balanced by the content conversion rate.",
      unit: "sessions",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "Marketing",
      dataSource: "Web analytics: sessions with channel = organic search, non-brand landing pages",
      suggested: { baseline: 40000, target: 50000, stretch: 55000 },
    },
    {
      key: "marketing.content-conversion-rate",
      name: "Content conversion rate",
      description:
        "Share of sessions on content pages in the period that ended in a form submission (newsletter, download, demo request). It is the quality counterweight to traffic: attention only matters if readers become contacts.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Marketing",
      dataSource: "Web analytics: conversions on content pages / sessions on content pages",
      suggested: { baseline: 1.5, target: 2, stretch: 2.2 },
    },
    {
      key: "marketing.editorial-on-time",
      name: "Editorial calendar on time",
      description:
        "Share of pieces planned in the editorial calendar for the period that were published by their planned date. A reliable publishing rhythm is what organic reach is built on and lets sales and product marketing plan around it.",
      unit: "%",
      direction: "higher",
      aggregation: "last",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "employee",
      family: "Marketing",
      dataSource: "Editorial calendar: pieces published by planned date / pieces planned",
      suggested: { baseline: 75, target: 90, stretch: 100 },
    },
    {
      key: "marketing.content-quality-rating",
      name: "Content quality rating",
      description:
        "Average editorial-review rating, on the anchored 1–5 scale, of three published pieces sampled each month by the head of marketing. It keeps the calendar from being filled with thin content written only for search engines.",
      unit: "rating",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "qualitative", timing: "leading", focus: "performance" },
      reporter: "manager",
      balance: "quality",
      family: "Marketing",
      dataSource: "Monthly editorial review sheet kept by the head of marketing",
      ratingScale: {
        min: 1,
        max: 5,
        anchors: [
          { value: 1, description: "Factual errors or off-brand; would need rewriting before publication." },
          { value: 2, description: "Accurate but generic; adds nothing a reader could not find elsewhere." },
          { value: 3, description: "Accurate, on brand and readable, with a weak angle or call to action." },
          {
            value: 4,
            description: "Answers the reader's question better than competing pages, with a clear call to action.",
          },
          {
            value: 5,
            description: "Original insight or data that others cite and sales uses in conversations.",
          },
        ],
      },
      suggested: { baseline: 3, target: 4, stretch: 5 },
    },
    {
      key: "marketing.certifications",
      name: "Marketing certifications completed",
      description:
        "Number of marketing platform or analytics certifications (advertising, automation, search, analytics) passed or renewed in the half-year, as recorded in the learning platform. Channels and tools change quickly; current certification keeps campaigns and measurement competent.",
      unit: "certifications",
      direction: "higher",
      aggregation: "sum",
      frequency: "half-yearly",
      categories: { kind: "quantitative", timing: "leading", focus: "development" },
      reporter: "employee",
      family: "Marketing",
      dataSource: "Learning platform: uploaded certificates with issue date",
      suggested: { baseline: 0, target: 1, stretch: 2 },
    },
  ],
  frameworks: [
    {
      role: "marketing.demand-generation-manager",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "marketing.mqls",
          weight: 25,
          objectives: ["marketing.source-pipeline"],
          responsibility: "marketing.demand-generation-manager.generate-leads",
          scoring: { method: "ratio", target: 600, direction: "higher", stretch: 700 },
        },
        {
          kpi: "marketing.mql-to-sql-rate",
          weight: 20,
          objectives: ["marketing.source-pipeline"],
          responsibility: "marketing.demand-generation-manager.qualify-handoff",
          scoring: { method: "linear", baseline: 15, target: 20, stretch: 22 },
        },
        {
          kpi: "marketing.sourced-pipeline",
          weight: 20,
          objectives: ["marketing.source-pipeline"],
          responsibility: "marketing.demand-generation-manager.plan-campaigns",
          scoring: {
            method: "curve",
            points: [
              [600000, 0],
              [900000, 0.6],
              [1200000, 1],
              [1400000, 1.2],
            ],
          },
        },
        {
          kpi: "marketing.cost-per-mql",
          weight: 10,
          objectives: ["marketing.source-pipeline"],
          responsibility: "marketing.demand-generation-manager.manage-budget",
          scoring: { method: "ratio", target: 110, direction: "lower", stretch: 100 },
        },
        {
          kpi: "marketing.budget-utilisation",
          weight: 10,
          objectives: ["marketing.source-pipeline"],
          responsibility: "marketing.demand-generation-manager.manage-budget",
          scoring: { method: "range", low: 95, high: 100, tolerance: 15 },
        },
        {
          kpi: "marketing.certifications",
          weight: 15,
          objectives: ["marketing.build-marketing-capability"],
          responsibility: "marketing.demand-generation-manager.keep-certified",
          scoring: { method: "binary", target: 1, direction: "higher" },
        },
      ],
    },
    {
      role: "marketing.content-marketing-manager",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "marketing.organic-sessions",
          weight: 25,
          objectives: ["marketing.grow-organic-reach"],
          responsibility: "marketing.content-marketing-manager.grow-organic-traffic",
          scoring: { method: "linear", baseline: 40000, target: 50000, stretch: 55000 },
        },
        {
          kpi: "marketing.content-conversion-rate",
          weight: 20,
          objectives: ["marketing.grow-organic-reach", "marketing.source-pipeline"],
          responsibility: "marketing.content-marketing-manager.convert-readers",
          scoring: { method: "linear", baseline: 1.5, target: 2, stretch: 2.2 },
        },
        {
          kpi: "marketing.editorial-on-time",
          weight: 15,
          objectives: ["marketing.grow-organic-reach"],
          responsibility: "marketing.content-marketing-manager.run-editorial-calendar",
          scoring: { method: "binary", target: 90, direction: "higher" },
        },
        {
          kpi: "marketing.content-quality-rating",
          weight: 25,
          objectives: ["marketing.grow-organic-reach"],
          responsibility: "marketing.content-marketing-manager.uphold-quality",
          scoring: { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 },
        },
        {
          kpi: "marketing.certifications",
          weight: 15,
          objectives: ["marketing.build-marketing-capability"],
          responsibility: "marketing.content-marketing-manager.keep-certified",
          scoring: { method: "binary", target: 1, direction: "higher" },
        },
      ],
    },
  ],
};
