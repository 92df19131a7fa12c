export { type AssignmentRealism, assessAssignmentTarget } from "./assignment-realism.js";
export type * from "./kpi-health.types.js";
export { kpiHealthReport, reachedTarget } from "./kpi-health-report.js";
