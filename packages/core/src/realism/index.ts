export * from "./assess-target.js";
export type { KpiHistory } from "./kpi-history.js";
