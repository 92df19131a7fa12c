/**
 * Historical values per KPI key, e.g. the aggregated results of earlier cycles of the same
 * KPI for people in the same role. Used by target realism and the lint rule built on it.
 */
export type KpiHistory = Record<string, number[]>;
