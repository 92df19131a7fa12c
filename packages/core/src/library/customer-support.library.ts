import type { FrameworkDocumentInput } from "../model/framework-document.schema.js";

/**
 * Customer Support starter family: a frontline Customer Support Agent and the Team Lead who runs
 * the queue and coaches the agents. Ticket throughput is balanced by first contact resolution and
 * a reviewed conversation-quality rating, so speed never replaces solving the customer's problem.
 */
export const customerSupportLibrary: FrameworkDocumentInput = {
  objectives: [
    {
      key: "support.delight-customers",
      title: "Raise customer satisfaction with support to 92%",
      description:
        "At least 92% of customers who rate a support conversation rate it good or great, across every channel.",
      perspective: "customer",
    },
    {
      key: "support.resolve-first-time",
      title: "Resolve most issues at first contact, within service levels",
      description:
        "Three in four issues are solved in the first conversation, and at least 90% of tickets are resolved within the service level, so customers do not have to come back.",
      perspective: "internal-process",
    },
    {
      key: "support.grow-product-expertise",
      title: "Build certified product and coaching expertise in the team",
      description:
        "Every agent is certified on the product areas they support and every team lead completes the coaching curriculum.",
      perspective: "learning-growth",
    },
  ],
  orgUnits: [{ key: "support.unit", name: "Customer Support" }],
  roles: [
    {
      key: "support.support-agent",
      title: "Customer Support Agent",
      family: "Customer Support",
      orgUnit: "support.unit",
      description:
        "Answers customer questions and solves problems by email, chat and phone, escalating only what truly needs a specialist, and keeps the help centre accurate.",
      responsibilities: [
        {
          key: "support.support-agent.respond-promptly",
          text: "Respond to new tickets within the first-response service level for each channel",
        },
        {
          key: "support.support-agent.solve-first-time",
          text: "Diagnose and solve the customer's issue in the first conversation wherever possible",
        },
        {
          key: "support.support-agent.handle-volume",
          text: "Handle the daily ticket volume expected for the channel and shift",
        },
        {
          key: "support.support-agent.communicate-well",
          text: "Write clear, empathetic answers that follow the tone and quality guidelines",
        },
        {
          key: "support.support-agent.get-certified",
          text: "Complete the product certification modules for the product areas supported",
        },
      ],
      expectedOutcomes: [
        "Customer satisfaction of 90% or better on rated conversations",
        "First contact resolution of 75% or better",
        "A median first response within two hours",
        "Conversation quality rated 4 of 5 or better in QA reviews",
      ],
    },
    {
      key: "support.support-team-lead",
      title: "Customer Support Team Lead",
      family: "Customer Support",
      orgUnit: "support.unit",
      description:
        "Leads a team of eight to twelve agents: schedules the team to demand, watches the queue and service levels, coaches agents through QA reviews and handles escalations.",
      responsibilities: [
        {
          key: "support.support-team-lead.hit-service-levels",
          text: "Run the team's queue so tickets are resolved within the service level",
        },
        {
          key: "support.support-team-lead.coach-agents",
          text: "Coach every agent at least twice a month using QA reviews and call listening",
        },
        {
          key: "support.support-team-lead.own-satisfaction",
          text: "Own the team's customer satisfaction and act on every negative rating",
        },
        {
          key: "support.support-team-lead.schedule-team",
          text: "Schedule the team to forecast demand and keep agents adherent to the schedule",
        },
        {
          key: "support.support-team-lead.reduce-escalations",
          text: "Reduce avoidable escalations by closing knowledge gaps in the team",
        },
        {
          key: "support.support-team-lead.grow-as-coach",
          text: "Complete the coaching and product certification curriculum for team leads",
        },
      ],
      expectedOutcomes: [
        "Team CSAT of 92% or better",
        "At least 90% of tickets resolved within the service level",
        "Every agent coached at least twice a month",
        "Schedule adherence between 90% and 95%",
      ],
    },
  ],
  kpis: [
    {
      key: "support.first-contact-resolution",
      name: "First contact resolution",
      description:
        "Share of tickets solved in the period with a single customer-facing reply and no reopen within seven days. Solving the problem the first time is what customers value most and what keeps volume down; it is the quality counterweight to ticket throughput.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Customer Support",
      dataSource: "Help desk: solved tickets with one public agent reply and no reopen in seven days",
      suggested: { baseline: 65, target: 75, stretch: 78 },
    },
    {
      key: "support.csat",
      name: "Customer satisfaction (CSAT)",
      description:
        "Share of post-conversation survey responses in the period rated good or great (4 or 5 out of 5). It is the customer's own verdict on the support received and the main outcome the team is accountable for.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Customer Support",
      dataSource: "Help desk: satisfaction survey sent when a ticket is solved",
      suggested: { baseline: 85, target: 90, stretch: 92 },
    },
    {
      key: "support.tickets-solved-per-day",
      name: "Tickets solved per day",
      description:
        "Average number of tickets an agent solves per scheduled working day in the period. It reflects productivity and the capacity the team plans with; it can be inflated by rushed answers, so it is balanced by first contact resolution and the QA rating.",
      unit: "tickets/day",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "Customer Support",
      dataSource: "Help desk solved tickets by assignee / workforce-management scheduled days",
      suggested: { baseline: 22, target: 28, stretch: 32 },
    },
    {
      key: "support.first-response-time",
      name: "First response time",
      description:
        "Median business hours from ticket creation to the agent's first public reply, for tickets first answered in the period. Fast first responses calm customers and predict satisfaction before surveys come back.",
      unit: "hours",
      direction: "lower",
      aggregation: "average",
      frequency: "weekly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      family: "Customer Support",
      dataSource: "Help desk: first reply time in business hours, median per agent per week",
      suggested: { baseline: 6, target: 2, stretch: 1 },
    },
    {
      key: "support.conversation-quality",
      name: "Conversation quality (QA review)",
      description:
        "Average QA rating, on the anchored 1–5 scale, of four of the agent's conversations sampled each month and reviewed against the quality rubric (accuracy, completeness, tone, process). Conversation quality predicts CSAT and reveals coaching needs that averages hide.",
      unit: "rating",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "qualitative", timing: "leading", focus: "behavioural" },
      reporter: "manager",
      balance: "quality",
      family: "Customer Support",
      dataSource: "QA review form: four randomly sampled conversations per agent per month",
      ratingScale: {
        min: 1,
        max: 5,
        anchors: [
          { value: 1, description: "Wrong or incomplete answer, or a tone that would upset the customer." },
          { value: 2, description: "Correct answer but missing steps, context or a check that the issue is solved." },
          { value: 3, description: "Correct and polite, following the process, but generic or longer than needed." },
          {
            value: 4,
            description: "Correct, complete and personal; anticipates the next question and confirms the fix.",
          },
          {
            value: 5,
            description: "Exemplary: used as a training example; turns a frustrated customer into a promoter.",
          },
        ],
      },
      suggested: { baseline: 3, target: 4, stretch: 5 },
    },
    {
      key: "support.sla-attainment",
      name: "Resolution within SLA",
      description:
        "Share of the team's tickets solved in the period within the resolution service level for their priority. It shows whether the team is staffed and run to keep its promises to customers.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Customer Support",
      dataSource: "Help desk: SLA policy breach flags on solved tickets",
      suggested: { baseline: 82, target: 90, stretch: 95 },
    },
    {
      key: "support.escalation-rate",
      name: "Escalation rate",
      description:
        "Share of the team's tickets in the period escalated to second-line or engineering teams. Avoidable escalations slow resolution and cost specialists' time, so a falling rate shows the team's knowledge is growing.",
      unit: "%",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Customer Support",
      dataSource: "Help desk: tickets moved to escalation groups / tickets solved",
      suggested: { baseline: 15, target: 10, stretch: 9 },
    },
    {
      key: "support.coaching-sessions",
      name: "Coaching sessions per agent",
      description:
        "Average number of documented one-to-one coaching sessions per agent per month in the team, based on QA reviews or call listening. Regular coaching comes before better quality scores and CSAT.",
      unit: "sessions/agent/month",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "manager",
      family: "Customer Support",
      dataSource: "Coaching log in the QA tool",
      suggested: { baseline: 1, target: 2, stretch: 2.2 },
    },
    {
      key: "support.schedule-adherence",
      name: "Schedule adherence",
      description:
        "Share of scheduled minutes in which the team's agents were in the planned activity (queue, break, training), from the workforce-management tool. Below 90% the queue goes unstaffed; near 100% usually means no room for coaching or sickness cover, so the healthy window is scored as a range.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "system",
      family: "Customer Support",
      dataSource: "Workforce management: adherence report per team",
      suggested: { baseline: 85, target: 90, stretch: 95 },
    },
    {
      key: "support.certification-modules",
      name: "Certification modules completed",
      description:
        "Number of product or coaching certification modules passed in the quarter, from the learning platform. Certified agents solve more at first contact and team leads who learn to coach raise their whole team's quality.",
      unit: "modules",
      direction: "higher",
      aggregation: "sum",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "leading", focus: "development" },
      reporter: "employee",
      family: "Customer Support",
      dataSource: "Learning platform: passed module assessments",
      suggested: { baseline: 0, target: 2, stretch: 3 },
    },
  ],
  frameworks: [
    {
      role: "support.support-agent",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "support.first-contact-resolution",
          weight: 20,
          objectives: ["support.resolve-first-time"],
          responsibility: "support.support-agent.solve-first-time",
          scoring: { method: "linear", baseline: 65, target: 75, stretch: 78 },
        },
        {
          kpi: "support.tickets-solved-per-day",
          weight: 20,
          objectives: ["support.resolve-first-time"],
          responsibility: "support.support-agent.handle-volume",
          scoring: { method: "ratio", target: 28, direction: "higher", stretch: 32 },
        },
        {
          kpi: "support.first-response-time",
          weight: 15,
          objectives: ["support.delight-customers"],
          responsibility: "support.support-agent.respond-promptly",
          scoring: {
            method: "curve",
            points: [
              [1, 1.2],
              [2, 1],
              [6, 0.5],
              [12, 0],
            ],
          },
        },
        {
          kpi: "support.conversation-quality",
          weight: 20,
          objectives: ["support.delight-customers"],
          responsibility: "support.support-agent.communicate-well",
          scoring: { method: "rating", scale: { min: 1, max: 5 }, targetRating: 4 },
        },
        {
          kpi: "support.csat",
          weight: 15,
          objectives: ["support.delight-customers"],
          responsibility: "support.support-agent.communicate-well",
          scoring: { method: "linear", baseline: 85, target: 90, stretch: 92 },
        },
        {
          kpi: "support.certification-modules",
          weight: 10,
          objectives: ["support.grow-product-expertise"],
          responsibility: "support.support-agent.get-certified",
          scoring: { method: "binary", target: 2, direction: "higher" },
        },
      ],
    },
    {
      role: "support.support-team-lead",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "support.csat",
          weight: 25,
          objectives: ["support.delight-customers"],
          responsibility: "support.support-team-lead.own-satisfaction",
          scoring: { method: "linear", baseline: 86, target: 92, stretch: 94 },
        },
        {
          kpi: "support.sla-attainment",
          weight: 20,
          objectives: ["support.resolve-first-time"],
          responsibility: "support.support-team-lead.hit-service-levels",
          scoring: {
            method: "bands",
            bands: [
              { from: 0, score: 0, label: "Below 75%" },
              { from: 75, score: 0.5, label: "75% to under 85%" },
              { from: 85, score: 0.8, label: "85% to under 90%" },
              { from: 90, score: 1, label: "90% to under 95%: on target" },
              { from: 95, score: 1.2, label: "95% or more: stretch" },
            ],
          },
        },
        {
          kpi: "support.escalation-rate",
          weight: 15,
          objectives: ["support.resolve-first-time"],
          responsibility: "support.support-team-lead.reduce-escalations",
          scoring: { method: "linear", baseline: 15, target: 10, stretch: 9 },
        },
        {
          kpi: "support.coaching-sessions",
          weight: 15,
          objectives: ["support.delight-customers", "support.grow-product-expertise"],
          responsibility: "support.support-team-lead.coach-agents",
          scoring: { method: "ratio", target: 2, direction: "higher", stretch: 2.2 },
        },
        {
          kpi: "support.schedule-adherence",
          weight: 10,
          objectives: ["support.resolve-first-time"],
          responsibility: "support.support-team-lead.schedule-team",
          scoring: { method: "range", low: 90, high: 95, tolerance: 10 },
        },
        {
          kpi: "support.certification-modules",
          weight: 15,
          objectives: ["support.grow-product-expertise"],
          responsibility: "support.support-team-lead.grow-as-coach",
          scoring: { method: "binary", target: 2, direction: "higher" },
        },
      ],
    },
  ],
};
