import type { FrameworkDocumentInput } from "../model/framework-document.schema.js";

/**
 * IT/Development starter family: a Backend Engineer measured on delivery flow and stability
 * (deployment frequency balanced by change failure rate) and an IT Support Engineer measured on
 * internal service (tickets resolved balanced by reopen rate and satisfaction).
 * Delivery metrics are team-level by nature; the framework uses them for the engineer's team.
 */
export const itLibrary: FrameworkDocumentInput = {
  objectives: [
    {
      key: "it.ship-reliably",
      title: "Ship customer value faster without hurting reliability",
      description:
        "Teams deploy to production several times a week with a change failure rate below 15%, so improvements reach customers quickly and safely.",
      perspective: "internal-process",
    },
    {
      key: "it.dependable-internal-it",
      title: "Give employees dependable, fast IT support",
      description:
        "Employees rate internal IT support at 90% satisfaction or better, and no ticket waits longer than five working days without resolution.",
      perspective: "customer",
    },
    {
      key: "it.grow-engineering-skills",
      title: "Grow engineering and IT skills continuously",
      description:
        "Every engineer invests at least 24 hours per quarter in structured learning, certifications or internal tech talks.",
      perspective: "learning-growth",
    },
  ],
  orgUnits: [{ key: "it.unit", name: "Engineering & IT" }],
  roles: [
    {
      key: "it.backend-engineer",
      title: "Backend Engineer",
      family: "IT/Development",
      orgUnit: "it.unit",
      description:
        "Designs, builds, tests and operates the server-side services of the product in a cross-functional team, from design review to production support.",
      responsibilities: [
        {
          key: "it.backend-engineer.deliver-changes",
          text: "Deliver small, reviewed changes to production continuously through the delivery pipeline",
        },
        {
          key: "it.backend-engineer.keep-changes-safe",
          text: "Write automated tests and use feature flags so changes do not break production",
        },
        {
          key: "it.backend-engineer.review-code",
          text: "Review teammates' pull requests promptly and thoroughly",
        },
        {
          key: "it.backend-engineer.design-maintainable-services",
          text: "Design services and APIs that are readable, observable and maintainable",
        },
        {
          key: "it.backend-engineer.grow-skills",
          text: "Keep technical skills current through courses, certifications and tech talks",
        },
      ],
      expectedOutcomes: [
        "The team deploys to production at least five times a week",
        "Change failure rate below 15%",
        "Pull requests reviewed within one working day",
        "Design and code rated 4 of 5 or better by the tech lead",
      ],
    },
    {
      key: "it.it-support-engineer",
      title: "IT Support Engineer",
      family: "IT/Development",
      orgUnit: "it.unit",
      description:
        "Resolves employees' hardware, software, account and access issues through the service desk, and keeps the knowledge base and device fleet in good order.",
      responsibilities: [
        {
          key: "it.it-support-engineer.resolve-tickets",
          text: "Resolve service-desk tickets within the agreed service levels",
        },
        {
          key: "it.it-support-engineer.fix-root-causes",
          text: "Fix issues properly the first time and document the fix in the knowledge base",
        },
        {
          key: "it.it-support-engineer.serve-employees",
          text: "Communicate clearly and courteously with employees throughout each ticket",
        },
        {
          key: "it.it-support-engineer.manage-backlog",
          text: "Keep the ticket queue current so no ticket ages without progress",
        },
        {
          key: "it.it-support-engineer.grow-skills",
          text: "Keep platform and security skills current through courses and certifications",
        },
      ],
      expectedOutcomes: [
        "Ticket volume handled at the team standard",
        "Reopen rate below 5%",
        "Internal satisfaction of 90% or better",
        "No more than 5% of open tickets older than five working days",
      ],
    },
  ],
  kpis: [
    {
      key: "it.deployment-frequency",
      name: "Deployment frequency",
      description:
        "Average number of production deployments per week by the engineer's team in the period, counted from the delivery pipeline. Frequent small deployments shorten feedback loops; because more deployments can also mean more breakage, it is always balanced by change failure rate.",
      unit: "deploys/week",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "IT/Development",
      dataSource: "CI/CD pipeline: successful production deployments per team per week",
      suggested: { baseline: 3, target: 5, stretch: 6 },
    },
    {
      key: "it.lead-time-for-changes",
      name: "Lead time for changes",
      description:
        "Median hours from a change's first commit to its deployment in production, for changes deployed in the period. Short lead times mean value and fixes reach customers quickly and predict delivery performance.",
      unit: "hours",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      family: "IT/Development",
      dataSource: "Version control and CI/CD pipeline: first commit timestamp to production deploy timestamp",
      suggested: { baseline: 72, target: 24, stretch: 12 },
    },
    {
      key: "it.change-failure-rate",
      name: "Change failure rate",
      description:
        "Share of production deployments in the period that caused an incident, rollback or hotfix, for the engineer's team. It is the stability counterweight to deployment frequency: speed that breaks production is not progress.",
      unit: "%",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "IT/Development",
      dataSource: "Incident tracker linked to deployments, divided by production deployments",
      suggested: { baseline: 20, target: 15, stretch: 14 },
    },
    {
      key: "it.review-turnaround",
      name: "Code review turnaround",
      description:
        "Median working hours from a pull request being marked ready for review to the engineer's first review, over reviews requested from the engineer in the period. Slow reviews are the most common queue in delivery, so prompt reviewing shortens everyone's lead time.",
      unit: "hours",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "system",
      family: "IT/Development",
      dataSource: "Version control: review requested to first review event, working hours",
      suggested: { baseline: 16, target: 8, stretch: 3 },
    },
    {
      key: "it.engineering-craft-rating",
      name: "Engineering craft rating",
      description:
        "Tech lead rating, on the anchored 1–5 scale, of the design, test coverage, readability and observability of the engineer's work, based on a quarterly review of three merged pull requests. Maintainable code keeps future change cheap, which no throughput metric shows.",
      unit: "rating",
      direction: "higher",
      aggregation: "average",
      frequency: "quarterly",
      categories: { kind: "qualitative", timing: "leading", focus: "behavioural" },
      reporter: "manager",
      balance: "quality",
      family: "IT/Development",
      dataSource: "Quarterly craft review by the tech lead of three sampled merged pull requests",
      ratingScale: {
        min: 1,
        max: 5,
        anchors: [
          { value: 1, description: "Changes regularly lack tests, are hard to follow and need rework after review." },
          { value: 2, description: "Works, but with thin tests and design issues reviewers must point out." },
          { value: 3, description: "Sound code with tests for the main paths; logging and edge cases are uneven." },
          {
            value: 4,
            description: "Well-designed, fully tested, observable changes that reviewers approve with minor comments.",
          },
          {
            value: 5,
            description: "Sets the team's standard: simplifies designs, adds tooling and mentors others in review.",
          },
        ],
      },
      suggested: { baseline: 3, target: 4, stretch: 5 },
    },
    {
      key: "it.tickets-resolved",
      name: "Tickets resolved",
      description:
        "Number of service-desk tickets the engineer resolved and closed in the period. It shows the workload carried; because it can be inflated by quick, incomplete fixes, it is balanced by the reopen rate and internal satisfaction.",
      unit: "tickets",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "IT/Development",
      dataSource: "IT service management tool: tickets resolved by assignee",
      suggested: { baseline: 250, target: 300, stretch: 330 },
    },
    {
      key: "it.ticket-reopen-rate",
      name: "Ticket reopen rate",
      description:
        "Share of the engineer's tickets resolved in the period that were reopened within 14 days because the issue came back. A low rate shows fixes address the real cause rather than closing tickets quickly.",
      unit: "%",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "IT/Development",
      dataSource: "IT service management tool: tickets reopened within 14 days / tickets resolved",
      suggested: { baseline: 8, target: 5, stretch: 4 },
    },
    {
      key: "it.internal-csat",
      name: "Internal IT satisfaction (CSAT)",
      description:
        "Share of post-ticket survey responses in the period rating the support 4 or 5 out of 5, for tickets the engineer resolved. It captures communication and courtesy as employees experience them.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "IT/Development",
      dataSource: "IT service management tool: post-resolution satisfaction survey",
      suggested: { baseline: 85, target: 90, stretch: 95 },
    },
    {
      key: "it.aged-ticket-share",
      name: "Aged open tickets",
      description:
        "Share of the engineer's open tickets at month end that are older than five working days. Ageing tickets are an early warning of service-level breaches and unhappy employees, so it is a leading indicator for satisfaction.",
      unit: "%",
      direction: "lower",
      aggregation: "last",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      family: "IT/Development",
      dataSource: "IT service management tool: open tickets by age at month end",
      suggested: { baseline: 12, target: 5, stretch: 3 },
    },
    {
      key: "it.learning-hours",
      name: "Technical learning hours",
      description:
        "Hours of structured technical learning completed in the period: courses, certification preparation, conference talks and internal tech talks, logged in the learning platform. Technology changes quickly; regular learning keeps the team's skills ahead of the systems it runs.",
      unit: "hours",
      direction: "higher",
      aggregation: "sum",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "leading", focus: "development" },
      reporter: "employee",
      family: "IT/Development",
      dataSource: "Learning platform: completed learning activities with hours",
      suggested: { baseline: 8, target: 24, stretch: 28 },
    },
  ],
  frameworks: [
    {
      role: "it.backend-engineer",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "it.deployment-frequency",
          weight: 20,
          objectives: ["it.ship-reliably"],
          responsibility: "it.backend-engineer.deliver-changes",
          scoring: { method: "ratio", target: 5, direction: "higher", stretch: 6 },
        },
        {
          kpi: "it.lead-time-for-changes",
          weight: 15,
          objectives: ["it.ship-reliably"],
          responsibility: "it.backend-engineer.deliver-changes",
          scoring: {
            method: "curve",
            points: [
              [12, 1.2],
              [24, 1],
              [72, 0.4],
              [168, 0],
            ],
          },
        },
        {
          kpi: "it.change-failure-rate",
          weight: 20,
          objectives: ["it.ship-reliably"],
          responsibility: "it.backend-engineer.keep-changes-safe",
          scoring: { method: "linear", baseline: 20, target: 15, stretch: 14 },
        },
        {
          kpi: "it.review-turnaround",
          weight: 10,
          objectives: ["it.ship-reliably"],
          responsibility: "it.backend-engineer.review-code",
          scoring: {
            method: "bands",
            bands: [
              { from: 0, score: 1.2, label: "Under 4 hours: stretch" },
              { from: 4, score: 1, label: "4 to under 9 hours: within a working day" },
              { from: 9, score: 0.6, label: "9 to under 16 hours" },
              { from: 16, score: 0.2, label: "16 to under 24 hours" },
              { from: 24, score: 0, label: "24 hours or more" },
            ],
          },
        },
        {
          kpi: "it.engineering-craft-rating",
          weight: 25,
          objectives: ["it.ship-reliably"],
          responsibility: "it.backend-engineer.design-maintainable-services",
          scoring: { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 },
        },
        {
          kpi: "it.learning-hours",
          weight: 10,
          objectives: ["it.grow-engineering-skills"],
          responsibility: "it.backend-engineer.grow-skills",
          scoring: { method: "linear", baseline: 8, target: 24, stretch: 28 },
        },
      ],
    },
    {
      role: "it.it-support-engineer",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "it.tickets-resolved",
          weight: 25,
          objectives: ["it.dependable-internal-it"],
          responsibility: "it.it-support-engineer.resolve-tickets",
          scoring: { method: "ratio", target: 300, direction: "higher", stretch: 330 },
        },
        {
          kpi: "it.ticket-reopen-rate",
          weight: 20,
          objectives: ["it.dependable-internal-it"],
          responsibility: "it.it-support-engineer.fix-root-causes",
          scoring: { method: "linear", baseline: 8, target: 5, stretch: 4 },
        },
        {
          kpi: "it.internal-csat",
          weight: 25,
          objectives: ["it.dependable-internal-it"],
          responsibility: "it.it-support-engineer.serve-employees",
          scoring: { method: "linear", baseline: 85, target: 90, stretch: 95 },
        },
        {
          kpi: "it.aged-ticket-share",
          weight: 15,
          objectives: ["it.dependable-internal-it"],
          responsibility: "it.it-support-engineer.manage-backlog",
          // Linear, not ratio: an empty queue (0%) is common and target / 0 has no score.
          scoring: { method: "linear", baseline: 12, target: 5, stretch: 3 },
        },
        {
          kpi: "it.learning-hours",
          weight: 15,
          objectives: ["it.grow-engineering-skills"],
          responsibility: "it.it-support-engineer.grow-skills",
          scoring: { method: "linear", baseline: 8, target: 24, stretch: 28 },
        },
      ],
    },
  ],
};
