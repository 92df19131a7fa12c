import type { FrameworkDocumentInput } from "../model/framework-document.schema.js";

/**
 * HR starter family: a Talent Acquisition Partner who fills the hiring plan and an HR Business
 * Partner who keeps people engaged and staying. Hiring speed and volume are balanced by the
 * hiring managers' quality-of-hire rating. Sum-aggregated targets are per quarterly review period.
 */
export const hrLibrary: FrameworkDocumentInput = {
  objectives: [
    {
      key: "hr.hire-to-plan",
      title: "Fill the hiring plan on time with people who succeed",
      description:
        "Every approved requisition is filled within 40 days, and hiring managers rate at least 80% of new hires as meeting or exceeding expectations at 90 days.",
      perspective: "internal-process",
    },
    {
      key: "hr.retain-and-engage",
      title: "Keep regretted attrition below 8% and engagement above 72",
      description:
        "Annualised regretted attrition stays below 8% and the quarterly engagement index reaches 72 out of 100 in every department.",
      perspective: "learning-growth",
    },
    {
      key: "hr.build-people-capability",
      title: "Build professional HR and people-management capability",
      description:
        "HR professionals complete at least 12 hours of accredited learning per quarter and managers complete every review cycle on time.",
      perspective: "learning-growth",
    },
  ],
  orgUnits: [{ key: "hr.unit", name: "People & HR" }],
  roles: [
    {
      key: "hr.talent-acquisition-partner",
      title: "Talent Acquisition Partner",
      family: "HR",
      orgUnit: "hr.unit",
      description:
        "Runs the full hiring process for a portfolio of requisitions: intake with the hiring manager, sourcing, screening, interview coordination, offer and hand-over to onboarding.",
      responsibilities: [
        {
          key: "hr.talent-acquisition-partner.run-intake",
          text: "Agree a scorecard, interview plan and timeline with the hiring manager for every new requisition",
        },
        {
          key: "hr.talent-acquisition-partner.source-candidates",
          text: "Source and screen candidates so every requisition has a qualified shortlist within two weeks",
        },
        {
          key: "hr.talent-acquisition-partner.close-offers",
          text: "Prepare competitive offers within the salary bands and close accepted offers",
        },
        {
          key: "hr.talent-acquisition-partner.candidate-experience",
          text: "Give every candidate timely communication and feedback at each stage",
        },
        {
          key: "hr.talent-acquisition-partner.grow-expertise",
          text: "Keep recruiting, employment-law and interviewing skills current through accredited learning",
        },
      ],
      expectedOutcomes: [
        "Requisitions filled within 35 days on average",
        "At least 85% of offers accepted",
        "New hires rated 4 of 5 or better by their hiring manager at 90 days",
        "Candidate NPS of +40 or better",
      ],
    },
    {
      key: "hr.hr-business-partner",
      title: "HR Business Partner",
      family: "HR",
      orgUnit: "hr.unit",
      description:
        "Advises the leaders of a business area on organisation, performance, engagement and employee relations, and turns people data into actions that keep good people.",
      responsibilities: [
        {
          key: "hr.hr-business-partner.advise-leaders",
          text: "Advise business leaders on organisation design, workforce planning and people decisions",
        },
        {
          key: "hr.hr-business-partner.drive-engagement",
          text: "Turn engagement survey results into agreed action plans with each manager and follow them up",
        },
        {
          key: "hr.hr-business-partner.reduce-attrition",
          text: "Identify flight risks among key people and agree retention actions with their managers",
        },
        {
          key: "hr.hr-business-partner.run-performance-cycle",
          text: "Run the performance and review cycle for the business area so every review is completed on time",
        },
        {
          key: "hr.hr-business-partner.grow-expertise",
          text: "Keep employment-law, coaching and organisation-development skills current through accredited learning",
        },
      ],
      expectedOutcomes: [
        "Regretted attrition in the business area below 8% annualised",
        "Engagement index at or above 72",
        "Every review cycle completed on time by at least 95% of managers",
      ],
    },
  ],
  kpis: [
    {
      key: "hr.time-to-hire",
      name: "Time to hire",
      description:
        "Average calendar days from requisition approval to the candidate's signed offer, for requisitions filled in the period. Long hiring times delay the plan and lose the best candidates to faster employers; it is balanced by quality of hire so speed is not bought with weak hires.",
      unit: "days",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "HR",
      dataSource: "Applicant tracking system: requisition approved date to offer signed date",
      suggested: { baseline: 45, target: 35, stretch: 33 },
    },
    {
      key: "hr.positions-filled",
      name: "Positions filled",
      description:
        "Number of requisitions in the recruiter's portfolio filled with a signed offer in the period. It shows delivery against the hiring plan and must be read with quality of hire and offer acceptance.",
      unit: "hires",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "HR",
      dataSource: "Applicant tracking system: requisitions with status filled, by offer signed date",
      suggested: { baseline: 8, target: 12, stretch: 14 },
    },
    {
      key: "hr.quality-of-hire",
      name: "Quality of hire",
      description:
        "Hiring manager rating, on the anchored 1–5 scale, of each new hire's performance and fit at 90 days, averaged over the hires whose 90-day check fell in the period. It is the quality counterweight to hiring speed and volume.",
      unit: "rating",
      direction: "higher",
      aggregation: "average",
      frequency: "quarterly",
      categories: { kind: "qualitative", timing: "lagging", focus: "performance" },
      reporter: "manager",
      balance: "quality",
      family: "HR",
      dataSource: "90-day new-hire check-in form completed by the hiring manager",
      ratingScale: {
        min: 1,
        max: 5,
        anchors: [
          { value: 1, description: "The hire is not performing and the manager would not hire them again." },
          { value: 2, description: "Clear gaps against the role scorecard; an improvement plan is needed." },
          { value: 3, description: "Ramping as expected on most of the scorecard, with some gaps still open." },
          { value: 4, description: "Fully meets the role scorecard at 90 days; the manager would hire them again." },
          { value: 5, description: "Already exceeds the scorecard and raises the level of the team." },
        ],
      },
      suggested: { baseline: 3, target: 4, stretch: 5 },
    },
    {
      key: "hr.offer-acceptance-rate",
      name: "Offer acceptance rate",
      description:
        "Share of written offers made in the period that candidates accepted. A low rate signals uncompetitive offers or a poor candidate experience, and every declined offer restarts the hiring clock.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "HR",
      dataSource: "Applicant tracking system: offers accepted / offers extended",
      suggested: { baseline: 75, target: 85, stretch: 90 },
    },
    {
      key: "hr.candidate-nps",
      name: "Candidate net promoter score",
      description:
        "Net promoter score from the survey sent to every candidate who reached the interview stage, hired or not: promoters (9–10) minus detractors (0–6), in points from −100 to +100. Candidate experience predicts offer acceptance and the employer brand, so it moves before hiring results do.",
      unit: "NPS points",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "system",
      family: "HR",
      dataSource: "Candidate survey sent by the applicant tracking system after the final interview stage",
      suggested: { baseline: 20, target: 40, stretch: 50 },
    },
    {
      key: "hr.regretted-attrition",
      name: "Regretted attrition rate",
      description:
        "Voluntary leavers whom the company wanted to keep over the last twelve months, divided by average headcount, for the business area, taken at quarter end. It is the clearest outcome of retention work and each regretted leaver costs months of salary to replace.",
      unit: "%",
      direction: "lower",
      aggregation: "last",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "HR",
      dataSource: "HRIS: voluntary terminations flagged regretted, rolling 12 months, / average headcount",
      suggested: { baseline: 12, target: 8, stretch: 7 },
    },
    {
      key: "hr.engagement-index",
      name: "Employee engagement index",
      description:
        "Average engagement index (0–100) of the business area from the quarterly pulse survey, computed from the standard engagement questions. Engagement falls months before resignations rise, so it is the leading indicator for attrition.",
      unit: "index 0-100",
      direction: "higher",
      aggregation: "last",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      family: "HR",
      dataSource: "Engagement survey platform: quarterly pulse, engagement index by business area",
      suggested: { baseline: 68, target: 72, stretch: 75 },
    },
    {
      key: "hr.review-completion-rate",
      name: "Reviews completed on time",
      description:
        "Share of scheduled performance reviews in the business area completed and signed off by the cycle deadline. On-time reviews mean every employee gets feedback and goals, which precedes engagement and retention.",
      unit: "%",
      direction: "higher",
      aggregation: "last",
      frequency: "half-yearly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "system",
      family: "HR",
      dataSource: "Performance management system: reviews signed off by the deadline / reviews due",
      suggested: { baseline: 85, target: 95, stretch: 100 },
    },
    {
      key: "hr.business-partnering-rating",
      name: "Business partnering rating",
      description:
        "Average rating, on the anchored 1–5 scale, given by the leaders of the business area in a short quarterly survey about the HR Business Partner's advice. It shows whether HR is a trusted adviser whose input changes people decisions.",
      unit: "rating",
      direction: "higher",
      aggregation: "average",
      frequency: "quarterly",
      categories: { kind: "qualitative", timing: "lagging", focus: "behavioural" },
      reporter: "manager",
      family: "HR",
      dataSource: "Quarterly three-question survey of the business area's leadership team",
      ratingScale: {
        min: 1,
        max: 5,
        anchors: [
          { value: 1, description: "Leaders do not involve HR; advice is late, generic or not followed." },
          { value: 2, description: "HR reacts to requests but rarely brings data or options." },
          { value: 3, description: "Reliable answers to requests, with data on some topics." },
          {
            value: 4,
            description: "Brings data and clear options before decisions; leaders act on the advice.",
          },
          {
            value: 5,
            description: "Shapes the business area's people agenda; leaders seek the HRBP out early.",
          },
        ],
      },
      suggested: { baseline: 3, target: 4, stretch: 5 },
    },
    {
      key: "hr.learning-hours",
      name: "Professional learning hours",
      description:
        "Hours of accredited professional learning (employment law, recruiting, coaching, HR analytics) completed in the period, as logged in the learning platform. Many HR certifications require continuing development, and current skills are the basis of good advice.",
      unit: "hours",
      direction: "higher",
      aggregation: "sum",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "leading", focus: "development" },
      reporter: "employee",
      family: "HR",
      dataSource: "Learning platform: completed courses with accredited hours",
      suggested: { baseline: 4, target: 12, stretch: 14 },
    },
  ],
  frameworks: [
    {
      role: "hr.talent-acquisition-partner",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "hr.time-to-hire",
          weight: 25,
          objectives: ["hr.hire-to-plan"],
          responsibility: "hr.talent-acquisition-partner.source-candidates",
          scoring: { method: "linear", baseline: 45, target: 35, stretch: 33 },
        },
        {
          kpi: "hr.positions-filled",
          weight: 20,
          objectives: ["hr.hire-to-plan"],
          responsibility: "hr.talent-acquisition-partner.close-offers",
          scoring: { method: "ratio", target: 12, direction: "higher", stretch: 14 },
        },
        {
          kpi: "hr.quality-of-hire",
          weight: 20,
          objectives: ["hr.hire-to-plan"],
          responsibility: "hr.talent-acquisition-partner.run-intake",
          scoring: { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 },
        },
        {
          kpi: "hr.offer-acceptance-rate",
          weight: 15,
          objectives: ["hr.hire-to-plan"],
          responsibility: "hr.talent-acquisition-partner.close-offers",
          scoring: {
            method: "bands",
            bands: [
              { from: 0, score: 0, label: "Below 65%" },
              { from: 65, score: 0.5, label: "65–74%" },
              { from: 75, score: 0.8, label: "75–84%" },
              { from: 85, score: 1, label: "85–89%: on target" },
              { from: 90, score: 1.2, label: "90% or more: stretch" },
            ],
          },
        },
        {
          kpi: "hr.candidate-nps",
          weight: 10,
          objectives: ["hr.hire-to-plan"],
          responsibility: "hr.talent-acquisition-partner.candidate-experience",
          scoring: {
            method: "curve",
            points: [
              [0, 0],
              [20, 0.5],
              [40, 1],
              [50, 1.2],
            ],
          },
        },
        {
          kpi: "hr.learning-hours",
          weight: 10,
          objectives: ["hr.build-people-capability"],
          responsibility: "hr.talent-acquisition-partner.grow-expertise",
          scoring: { method: "linear", baseline: 4, target: 12, stretch: 14 },
        },
      ],
    },
    {
      role: "hr.hr-business-partner",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "hr.regretted-attrition",
          weight: 25,
          objectives: ["hr.retain-and-engage"],
          responsibility: "hr.hr-business-partner.reduce-attrition",
          scoring: { method: "linear", baseline: 12, target: 8, stretch: 7 },
        },
        {
          kpi: "hr.engagement-index",
          weight: 25,
          objectives: ["hr.retain-and-engage"],
          responsibility: "hr.hr-business-partner.drive-engagement",
          scoring: { method: "linear", baseline: 68, target: 72, stretch: 75 },
        },
        {
          kpi: "hr.review-completion-rate",
          weight: 15,
          objectives: ["hr.build-people-capability", "hr.retain-and-engage"],
          responsibility: "hr.hr-business-partner.run-performance-cycle",
          scoring: { method: "binary", target: 95, direction: "higher" },
        },
        {
          kpi: "hr.business-partnering-rating",
          weight: 20,
          objectives: ["hr.retain-and-engage"],
          responsibility: "hr.hr-business-partner.advise-leaders",
          scoring: { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 },
        },
        {
          kpi: "hr.learning-hours",
          weight: 15,
          objectives: ["hr.build-people-capability"],
          responsibility: "hr.hr-business-partner.grow-expertise",
          scoring: { method: "linear", baseline: 4, target: 12, stretch: 14 },
        },
      ],
    },
  ],
};
