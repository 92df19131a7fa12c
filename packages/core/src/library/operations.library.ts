import type { FrameworkDocumentInput } from "../model/framework-document.schema.js";

/**
 * Operations starter family: a warehouse/site Operations Manager and a Supply Chain Planner.
 * Throughput (volume) is balanced by order accuracy, and safety carries both a lagging outcome
 * (lost-time incidents) and a leading behaviour (safety observations).
 * Sum-aggregated targets are per quarterly review period.
 */
export const operationsLibrary: FrameworkDocumentInput = {
  objectives: [
    {
      key: "ops.deliver-on-time-in-full",
      title: "Deliver 96% of orders on time and in full",
      description:
        "At least 96% of customer orders arrive by the promised date with the right items and quantities, in every region.",
      perspective: "customer",
    },
    {
      key: "ops.lower-cost-to-serve",
      title: "Reduce cost per unit shipped by 5%",
      description:
        "Fulfilment cost per unit shipped falls 5% year over year through productivity and lower inventory, without lowering service levels.",
      perspective: "financial",
    },
    {
      key: "ops.safe-skilled-workforce",
      title: "Run a safe operation with a continuously improving workforce",
      description:
        "Zero lost-time incidents, an active near-miss reporting culture, and every supervisor and planner trained in continuous-improvement methods.",
      perspective: "learning-growth",
    },
  ],
  orgUnits: [{ key: "ops.unit", name: "Operations" }],
  roles: [
    {
      key: "ops.operations-manager",
      title: "Operations Manager",
      family: "Operations",
      orgUnit: "ops.unit",
      description:
        "Runs a fulfilment site day to day: staffing and shift plans, throughput, order accuracy, cost per unit and the safety of everyone on site.",
      responsibilities: [
        {
          key: "ops.operations-manager.meet-service-levels",
          text: "Ship every order by its cut-off so it reaches the customer by the promised date",
        },
        {
          key: "ops.operations-manager.run-productive-shifts",
          text: "Plan labour to forecast volume and run shifts at the productivity standard",
        },
        {
          key: "ops.operations-manager.control-quality",
          text: "Keep picking and packing accuracy high through checks, root-cause analysis and standard work",
        },
        {
          key: "ops.operations-manager.control-cost",
          text: "Keep fulfilment cost per unit within budget",
        },
        {
          key: "ops.operations-manager.keep-people-safe",
          text: "Lead safety walks, near-miss reporting and corrective actions so nobody is hurt",
        },
        {
          key: "ops.operations-manager.build-ci-skills",
          text: "Build continuous-improvement skills in self and the supervisor team",
        },
      ],
      expectedOutcomes: [
        "At least 96% of orders delivered on time",
        "Order accuracy of 99.5% or better",
        "Cost per unit shipped at or below EUR 1.95",
        "Zero lost-time incidents",
      ],
    },
    {
      key: "ops.supply-chain-planner",
      title: "Supply Chain Planner",
      family: "Operations",
      orgUnit: "ops.unit",
      description:
        "Forecasts demand and plans replenishment for a product range so stock is available when customers order, without tying up cash in excess inventory.",
      responsibilities: [
        {
          key: "ops.supply-chain-planner.forecast-demand",
          text: "Produce the monthly statistical and judgemental demand forecast for the range",
        },
        {
          key: "ops.supply-chain-planner.plan-replenishment",
          text: "Set reorder points and purchase plans so stock covers demand and lead times",
        },
        {
          key: "ops.supply-chain-planner.balance-inventory",
          text: "Keep inventory within the agreed days-on-hand window and clear slow movers",
        },
        {
          key: "ops.supply-chain-planner.support-fulfilment",
          text: "Align supply plans with the sites so orders can ship complete and on time",
        },
        {
          key: "ops.supply-chain-planner.build-ci-skills",
          text: "Build planning and continuous-improvement skills through structured training",
        },
      ],
      expectedOutcomes: [
        "Forecast accuracy of 78% or better at SKU level",
        "Days of inventory on hand between 25 and 35",
        "Stock-out rate at or below 2% of SKU-days",
      ],
    },
  ],
  kpis: [
    {
      key: "ops.on-time-delivery",
      name: "On-time delivery",
      description:
        "Share of customer orders delivered on or before the promised delivery date in the period, from carrier proof-of-delivery scans. It is the service level customers feel most directly.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Operations",
      dataSource: "Transport management system: proof-of-delivery date versus promised date",
      suggested: { baseline: 92, target: 96, stretch: 97 },
    },
    {
      key: "ops.order-accuracy",
      name: "Order accuracy",
      description:
        "Share of shipped orders with the right items, quantities and documents, computed as 1 minus orders with a confirmed picking or packing error divided by orders shipped. It is the quality counterweight to throughput: speed that creates returns is not productivity.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Operations",
      dataSource: "Warehouse management system and customer-service error claims",
      suggested: { baseline: 99, target: 99.5, stretch: 99.6 },
    },
    {
      key: "ops.units-per-labour-hour",
      name: "Units per labour hour",
      description:
        "Units picked, packed and shipped in the period divided by the direct labour hours worked on site. It is the core productivity measure behind cost per unit and must be read with order accuracy.",
      unit: "units/hour",
      direction: "higher",
      aggregation: "average",
      frequency: "weekly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      balance: "volume",
      family: "Operations",
      dataSource: "Warehouse management system units shipped / time-and-attendance direct hours",
      suggested: { baseline: 85, target: 95, stretch: 105 },
    },
    {
      key: "ops.cost-per-unit",
      name: "Cost per unit shipped",
      description:
        "Total fulfilment cost of the site (labour, packaging, consumables, equipment) in the period divided by units shipped. It connects daily operations to the cost-to-serve objective.",
      unit: "EUR",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Operations",
      dataSource: "Site cost centre report / units shipped",
      suggested: { baseline: 2.1, target: 1.95, stretch: 1.92 },
    },
    {
      key: "ops.lost-time-incidents",
      name: "Lost-time incidents",
      description:
        "Number of workplace injuries on site in the period that led to at least one lost shift, as recorded in the incident register. Safety is a condition of employment, so anything above zero is a miss.",
      unit: "incidents",
      direction: "lower",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "manager",
      family: "Operations",
      dataSource: "Health and safety incident register",
      suggested: { baseline: 1, target: 0 },
    },
    {
      key: "ops.safety-observations",
      name: "Safety observations logged",
      description:
        "Number of safety walks, observations and near-miss reports logged on site in the period and closed with an action. Active near-miss reporting is the best-known leading indicator of fewer injuries.",
      unit: "observations",
      direction: "higher",
      aggregation: "sum",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "behavioural" },
      reporter: "manager",
      family: "Operations",
      dataSource: "Health and safety system: observations and near misses with a closed action",
      suggested: { baseline: 20, target: 36, stretch: 40 },
    },
    {
      key: "ops.forecast-accuracy",
      name: "Demand forecast accuracy",
      description:
        "100% minus the weighted mean absolute percentage error of the one-month-ahead SKU forecast against actual demand, weighted by volume. Accurate forecasts come before good availability and lean inventory, so it is the planner's leading indicator.",
      unit: "%",
      direction: "higher",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "leading", focus: "performance" },
      reporter: "system",
      balance: "quality",
      family: "Operations",
      dataSource: "Planning system: frozen one-month-ahead forecast versus actual shipments by SKU",
      suggested: { baseline: 70, target: 78, stretch: 80 },
    },
    {
      key: "ops.inventory-days",
      name: "Days of inventory on hand",
      description:
        "Inventory value at month end divided by average daily cost of goods sold over the last 90 days, for the planner's range. Too little risks stock-outs and too much ties up cash and warehouse space, so the agreed window is scored as a range.",
      unit: "days",
      direction: "lower",
      aggregation: "last",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Operations",
      dataSource: "ERP: inventory valuation at month end and cost of goods sold",
      suggested: { baseline: 45, target: 35, stretch: 30 },
    },
    {
      key: "ops.stockout-rate",
      name: "Stock-out rate",
      description:
        "Share of SKU-days in the period on which an active SKU had no available stock, from the daily inventory snapshot. Stock-outs cost sales and split shipments, so this is the availability side of the inventory balance.",
      unit: "%",
      direction: "lower",
      aggregation: "average",
      frequency: "monthly",
      categories: { kind: "quantitative", timing: "lagging", focus: "performance" },
      reporter: "system",
      family: "Operations",
      dataSource: "Warehouse management system: daily available-stock snapshot by active SKU",
      suggested: { baseline: 4, target: 2, stretch: 1 },
    },
    {
      key: "ops.ci-training-hours",
      name: "Continuous-improvement training hours",
      description:
        "Hours of structured continuous-improvement training (lean, problem solving, planning methods) completed in the period, from the learning platform. Trained people find and fix waste themselves, which is how productivity keeps rising year after year.",
      unit: "hours",
      direction: "higher",
      aggregation: "sum",
      frequency: "quarterly",
      categories: { kind: "quantitative", timing: "leading", focus: "development" },
      reporter: "employee",
      family: "Operations",
      dataSource: "Learning platform: completed continuous-improvement modules with hours",
      suggested: { baseline: 4, target: 10, stretch: 12 },
    },
  ],
  frameworks: [
    {
      role: "ops.operations-manager",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "ops.on-time-delivery",
          weight: 25,
          objectives: ["ops.deliver-on-time-in-full"],
          responsibility: "ops.operations-manager.meet-service-levels",
          scoring: { method: "linear", baseline: 92, target: 96, stretch: 97 },
        },
        {
          kpi: "ops.units-per-labour-hour",
          weight: 15,
          objectives: ["ops.lower-cost-to-serve"],
          responsibility: "ops.operations-manager.run-productive-shifts",
          scoring: { method: "ratio", target: 95, direction: "higher", stretch: 105 },
        },
        {
          kpi: "ops.order-accuracy",
          weight: 15,
          objectives: ["ops.deliver-on-time-in-full"],
          responsibility: "ops.operations-manager.control-quality",
          scoring: {
            method: "curve",
            points: [
              [98, 0],
              [99, 0.5],
              [99.5, 1],
              [99.8, 1.2],
            ],
          },
        },
        {
          kpi: "ops.cost-per-unit",
          weight: 15,
          objectives: ["ops.lower-cost-to-serve"],
          responsibility: "ops.operations-manager.control-cost",
          scoring: { method: "linear", baseline: 2.1, target: 1.95, stretch: 1.92 },
        },
        {
          kpi: "ops.lost-time-incidents",
          weight: 10,
          objectives: ["ops.safe-skilled-workforce"],
          responsibility: "ops.operations-manager.keep-people-safe",
          scoring: { method: "binary", target: 0, direction: "lower" },
        },
        {
          kpi: "ops.safety-observations",
          weight: 10,
          objectives: ["ops.safe-skilled-workforce"],
          responsibility: "ops.operations-manager.keep-people-safe",
          scoring: { method: "linear", baseline: 20, target: 36, stretch: 40 },
        },
        {
          kpi: "ops.ci-training-hours",
          weight: 10,
          objectives: ["ops.safe-skilled-workforce", "ops.lower-cost-to-serve"],
          responsibility: "ops.operations-manager.build-ci-skills",
          scoring: { method: "linear", baseline: 4, target: 10, stretch: 12 },
        },
      ],
    },
    {
      role: "ops.supply-chain-planner",
      version: 1,
      status: "published",
      effectiveDate: "2026-01-01",
      changelog: "Starter framework",
      missingData: "exclude",
      assignments: [
        {
          kpi: "ops.forecast-accuracy",
          weight: 30,
          objectives: ["ops.deliver-on-time-in-full", "ops.lower-cost-to-serve"],
          responsibility: "ops.supply-chain-planner.forecast-demand",
          scoring: { method: "linear", baseline: 70, target: 78, stretch: 80 },
        },
        {
          kpi: "ops.inventory-days",
          weight: 20,
          objectives: ["ops.lower-cost-to-serve"],
          responsibility: "ops.supply-chain-planner.balance-inventory",
          scoring: { method: "range", low: 25, high: 35, tolerance: 15 },
        },
        {
          kpi: "ops.stockout-rate",
          weight: 20,
          objectives: ["ops.deliver-on-time-in-full"],
          responsibility: "ops.supply-chain-planner.plan-replenishment",
          scoring: {
            method: "bands",
            bands: [
              { from: 0, score: 1.2, label: "Under 1.5%: stretch" },
              { from: 1.5, score: 1, label: "1.5% to under 2.5%: on target" },
              { from: 2.5, score: 0.6, label: "2.5% to under 4%" },
              { from: 4, score: 0.2, label: "4% to under 6%" },
              { from: 6, score: 0, label: "6% or more" },
            ],
          },
        },
        {
          kpi: "ops.on-time-delivery",
          weight: 15,
          objectives: ["ops.deliver-on-time-in-full"],
          responsibility: "ops.supply-chain-planner.support-fulfilment",
          scoring: { method: "linear", baseline: 92, target: 96, stretch: 97 },
        },
        {
          kpi: "ops.ci-training-hours",
          weight: 15,
          objectives: ["ops.safe-skilled-workforce"],
          responsibility: "ops.supply-chain-planner.build-ci-skills",
          scoring: { method: "linear", baseline: 4, target: 10, stretch: 12 },
        },
      ],
    },
  ],
};
