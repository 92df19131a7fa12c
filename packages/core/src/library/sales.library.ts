import type { FrameworkDocumentInput } from "../model/framework-document.schema.js";

/**
 * Sales starter family: a quota-carrying Account Executive and the Sales Development
 * Representative who feeds their pipeline. Bookings and meetings (volume) are always weighed
 * against win rate, discount and conversion (quality) so nobody is paid for empty activity.
 * Sum-aggregated targets are per quarterly review period.
 */
export const salesLibrary: FrameworkDocumentInput = {
  objectives: [
    {
      key: "sales.grow-new-revenue",
      title: "Grow new-business revenue 30% year over year",
      description:
        "New-logo and expansion bookings grow 30% against last year while average discounting stays within the approved price guidelines.",
      perspective: "financial",
    },
    {
      key: "sales.predictable-pipeline",
      title: "Run a predictable, well-qualified pipeline",
      description:
        "Every quarter starts with at least three times quota in qualified pipeline and the commit forecast lands within 10% of actual bookings.",
      perspective: "internal-process",
    },
    {
      key: "sales.build-sales-capability",
      title: "Build a certified, consistently coached sales team",
      description:
        "Every seller completes the sales methodology and product certification path within their first two quarters and keeps it current.",
      perspective: "learning-growth",
    },
  ],
  orgUnits: [{ key: "sales.unit", name: "Sales" }],
  roles: [
    {
      key: "sales.account-executive",
      title: "Account Executive",
      family: "Sales",
      orgUnit: "sales.unit",
      description:
        "Owns a quarterly new-business quota. Runs qualified opportunities from discovery to signature, forecasts accurately and negotiates within pricing guidelines.",
      responsibilities: [
        {
          key: "sales.account-executive.close-new-business",
          text: "Close new-business deals from qualified opportunities and attain quarterly quota",
        },
        {
          key: "sales.account-executive.manage-pipeline",
          text: "Build and maintain at least three times quota in qualified pipeline, kept current in the CRM",
        },
        {
          key: "sales.account-executive.run-sales-cycle",
          text: "Run discovery, demos, business cases and mutual action plans so deals move without stalling",
        },
        {
          key: "sales.account-executive.protect-price",
          text: "Negotiate price and terms within the approved discount guidelines",
        },
        {
          key: "sales.account-executive.keep-certified",
          text: "Complete and keep current the sales methodology and product certifications",
        },
      ],
      expectedOutcomes: [
        "Quarterly bookings at or above quota",
        "Win rate on qualified opportunities of 25% or better",
        "Pipeline coverage of three to four times the next quarter's quota",
        "Average discount at or below 10%",
      ],
    },
    {
      key: "sales.sales-development-representative",
      title: "Sales Development Representative",
      family: "Sales",
      orgUnit: "sales.unit",
      description:
        "Creates qualified first meetings for Account Executives by prospecting target accounts and qualifying inbound leads quickly against the qualification framework.",
      responsibilities: [
        {
          key: "sales.sales-development-representative.prospect-accounts",
          text: "Research target accounts and run multi-channel outbound sequences to the buying committee",
        },
        {
          key: "sales.sales-development-representative.qualify-inbound",
          text: "Respond to inbound leads within the service level and qualify them against the qualification framework",
        },
        {
          key: "sales.sales-development-representative.book-meetings",
          text: "Book qualified discovery meetings that Account Executives accept as opportunities",
        },
        {
          key: "sales.sales-development-representative.clean-handoffs",
          text: "Log every activity and hand-off note in the CRM so the Account Executive starts informed",
        },
        {
          key: "sales.sales-development-representative.keep-certified",
          text: "Complete the sales methodology and product certification modules",
        },
      ],
      expectedOutcomes: [
        "A steady flow of qualified meetings every month",
        "At least 40% of held meetings converted to sales-accepted opportunities",
        "Inbound leads contacted within four business hours",
      ],
    },
  ],
  kpis: [
    {
      key: "sales.new-bookings",
      name: "New-business bookings",
      description:
        "Annual contract value of new-business and expansion deals signed in the period, taken from closed-won opportunities in the CRM. It is the direct measure of revenue growth and the main quota measure; read it together with win rate and discount so volume is not bought with bad deals.",
      unit: "EUR",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "Sales",
      dataSource: "CRM: closed-won opportunities, annual contract value, by close date",
      suggested: { baseline: 100000, target: 150000, stretch: 180000 },
    },
    {
      key: "sales.win-rate",
      name: "Win rate",
      description:
        "Share of qualified opportunities closed in the period that were won: won / (won + lost), by count. It shows how well a seller qualifies and sells, and keeps bookings honest because a seller cannot raise it by flooding the pipeline.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Sales",
      dataSource: "CRM: opportunities closed won or lost in the month, past the qualification stage",
      suggested: { baseline: 18, target: 25, stretch: 28 },
    },
    {
      key: "sales.pipeline-coverage",
      name: "Pipeline coverage",
      description:
        "Qualified open pipeline for the next quarter divided by that quarter's quota, taken as a snapshot at month end. Below three times quota the quarter is at risk; far above four times usually means stale or unqualified deals, so the healthy band is scored as a range.",
      unit: "x quota",
      direction: "higher",
      aggregation: "last",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      family: "Sales",
      dataSource: "CRM: open opportunities past qualification with a close date in the next quarter, divided by quota",
      suggested: { baseline: 2, target: 3, stretch: 4 },
    },
    {
      key: "sales.sales-cycle-length",
      name: "Sales cycle length",
      description:
        "Average number of days from opportunity creation to close for deals won in the period. Shorter cycles mean better qualification and deal control, and they raise capacity without adding headcount.",
      unit: "days",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Sales",
      dataSource: "CRM: created date to close date of closed-won opportunities",
      suggested: { baseline: 75, target: 60, stretch: 57 },
    },
    {
      key: "sales.average-discount",
      name: "Average discount",
      description:
        "Average discount off list price on deals won in the period, weighted by contract value. It protects margin and is the quality counterweight to bookings: quota reached through deep discounts is not real growth.",
      unit: "%",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Sales",
      dataSource: "CPQ / CRM: list price and net price of closed-won quotes",
      suggested: { baseline: 15, target: 10, stretch: 8 },
    },
    {
      key: "sales.deal-qualification-quality",
      name: "Deal qualification quality",
      description:
        "Manager rating, on the anchored 1–5 scale, of how completely the person's deals are qualified (pain, decision process, economic buyer, timeline, next step), based on a monthly review of three sampled opportunities or, for SDRs, three meeting hand-offs. Good qualification predicts forecast accuracy and win rate before they show in the numbers.",
      unit: "rating",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "qualitative", timing: "leading", focus: "behavioural" },
      reporter: "manager",
      balance: "quality",
      family: "Sales",
      dataSource: "Monthly deal review: manager scores three sampled opportunities against the qualification checklist",
      ratingScale: {
        min: 1,
        max: 5,
        anchors: [
          {
            value: 1,
            description: "Deals have no documented pain, buyer or next step; the stage does not match reality.",
          },
          {
            value: 2,
            description: "Pain is noted but the decision process and economic buyer are unknown on most deals.",
          },
          {
            value: 3,
            description: "Most criteria are documented, with gaps on decision process or timeline on some deals.",
          },
          {
            value: 4,
            description: "All sampled deals are fully qualified with a dated next step agreed with the buyer.",
          },
          {
            value: 5,
            description: "Fully qualified deals with a mutual action plan; the seller disqualifies weak deals early.",
          },
        ],
      },
      suggested: { baseline: 3, target: 4, stretch: 5 },
    },
    {
      key: "sales.qualified-meetings",
      name: "Qualified meetings held",
      description:
        "Number of first discovery meetings held in the period that met the qualification criteria, counted from meetings the Account Executive marked as held. It is the SDR's output and the earliest signal of next quarter's pipeline; it is balanced by the meeting-to-opportunity rate.",
      unit: "meetings",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "Sales",
      dataSource: "CRM: meetings of type discovery with status held and the qualification checkbox set",
      suggested: { baseline: 30, target: 45, stretch: 54 },
    },
    {
      key: "sales.meeting-to-opportunity-rate",
      name: "Meeting-to-opportunity conversion",
      description:
        "Share of held qualified meetings that the Account Executive accepted as an opportunity within 30 days. It keeps meeting volume honest: booking meetings with poor-fit prospects lowers this rate.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Sales",
      dataSource: "CRM: held discovery meetings with a linked opportunity created within 30 days",
      suggested: { baseline: 30, target: 40, stretch: 45 },
    },
    {
      key: "sales.inbound-response-time",
      name: "Inbound lead response time",
      description:
        "Median business hours from an inbound lead's form submission to the first personal contact attempt. Conversion drops sharply after the first hours, so fast response is a leading indicator of meetings and pipeline.",
      unit: "hours",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      family: "Sales",
      dataSource: "Marketing automation and CRM: lead created time to first logged call or email",
      suggested: { baseline: 12, target: 4, stretch: 1 },
    },
    {
      key: "sales.certification-modules",
      name: "Sales certification modules completed",
      description:
        "Number of sales methodology and product certification modules passed in the period, as recorded in the learning platform. Certified sellers ramp faster and qualify better, so completion is the development investment behind next year's results.",
      unit: "modules",
      direction: "higher",
      aggregation: "sum",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "leading", focus: "development" },
      reporter: "employee",
      family: "Sales",
      dataSource: "Learning platform: passed certification assessments",
      suggested: { baseline: 0, target: 2, stretch: 3 },
    },
  ],
  frameworks: [
    {
      role: "sales.account-executive",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "sales.new-bookings",
          weight: 25,
          objectives: ["sales.grow-new-revenue"],
          responsibility: "sales.account-executive.close-new-business",
          scoring: { method: "ratio", target: 150000, direction: "higher", stretch: 180000 },
        },
        {
          kpi: "sales.win-rate",
          weight: 15,
          objectives: ["sales.grow-new-revenue", "sales.predictable-pipeline"],
          responsibility: "sales.account-executive.run-sales-cycle",
          scoring: { method: "linear", baseline: 18, target: 25, stretch: 28 },
        },
        {
          kpi: "sales.pipeline-coverage",
          weight: 15,
          objectives: ["sales.predictable-pipeline"],
          responsibility: "sales.account-executive.manage-pipeline",
          scoring: { method: "range", low: 3, high: 4, tolerance: 1.5 },
        },
        {
          kpi: "sales.sales-cycle-length",
          weight: 10,
          objectives: ["sales.predictable-pipeline"],
          responsibility: "sales.account-executive.run-sales-cycle",
          scoring: { method: "linear", baseline: 75, target: 60, stretch: 57 },
        },
        {
          kpi: "sales.average-discount",
          weight: 10,
          objectives: ["sales.grow-new-revenue"],
          responsibility: "sales.account-executive.protect-price",
          scoring: {
            method: "bands",
            bands: [
              { from: 0, score: 1.2, label: "At or below 8%: stretch" },
              { from: 8.01, score: 1, label: "Up to 10%: on target" },
              { from: 10.01, score: 0.7, label: "Up to 15%: above guideline" },
              { from: 15.01, score: 0.3, label: "Up to 20%: needs approval pattern review" },
              { from: 20.01, score: 0, label: "Above 20%" },
            ],
          },
        },
        {
          kpi: "sales.deal-qualification-quality",
          weight: 15,
          objectives: ["sales.predictable-pipeline"],
          responsibility: "sales.account-executive.manage-pipeline",
          scoring: { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 },
        },
        {
          kpi: "sales.certification-modules",
          weight: 10,
          objectives: ["sales.build-sales-capability"],
          responsibility: "sales.account-executive.keep-certified",
          scoring: { method: "binary", target: 2, direction: "higher" },
        },
      ],
    },
    {
      role: "sales.sales-development-representative",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "sales.qualified-meetings",
          weight: 30,
          objectives: ["sales.predictable-pipeline"],
          responsibility: "sales.sales-development-representative.book-meetings",
          scoring: { method: "linear", baseline: 30, target: 45, stretch: 54 },
        },
        {
          kpi: "sales.meeting-to-opportunity-rate",
          weight: 25,
          objectives: ["sales.predictable-pipeline", "sales.grow-new-revenue"],
          responsibility: "sales.sales-development-representative.prospect-accounts",
          scoring: { method: "linear", baseline: 30, target: 40, stretch: 45 },
        },
        {
          kpi: "sales.inbound-response-time",
          weight: 20,
          objectives: ["sales.predictable-pipeline"],
          responsibility: "sales.sales-development-representative.qualify-inbound",
          scoring: {
            method: "curve",
            points: [
              [1, 1.2],
              [4, 1],
              [12, 0.5],
              [24, 0],
            ],
          },
        },
        {
          kpi: "sales.deal-qualification-quality",
          weight: 15,
          objectives: ["sales.predictable-pipeline"],
          responsibility: "sales.sales-development-representative.clean-handoffs",
          scoring: { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 },
        },
        {
          kpi: "sales.certification-modules",
          weight: 10,
          objectives: ["sales.build-sales-capability"],
          responsibility: "sales.sales-development-representative.keep-certified",
          scoring: { method: "binary", target: 2, direction: "higher" },
        },
      ],
    },
  ],
};
