import type { ScoringConfig } from "../model/scoring-config.schema.js";

/** One problem in a scoring configuration; `path` names the field, e.g. "target" or "bands.1.from". */
export interface ScoringIssue {
  path: string;
  message: string;
}

/** The score of one value under one configuration, with every step explained. */
export interface ScoreResult {
  /** Score before clamping (always finite). */
  raw: number;
  /** Score after clamping to [floor, cap]; 1.0 means the target is exactly met. */
  score: number;
  /** Whether clamping changed the raw score. */
  clamped: boolean;
  /** The numbers the method used, e.g. { value, baseline, target, floor, cap }. */
  inputs: Record<string, number>;
  explanation: string[];
}

/** Options shared by the scoring functions. */
export interface ExplainOption {
  /**
   * false: compute the same numbers but leave every explanation empty (no text is formatted).
   * For batch work that stores only numbers; the default (true) explains every step.
   */
  explain?: boolean;
}

/** What a method computes before the shared clamping step. */
export interface MethodResult {
  raw: number;
  inputs: Record<string, number>;
  explanation: string[];
}

export type LinearScoringConfig = Extract<ScoringConfig, { method: "linear" }>;
export type RatioScoringConfig = Extract<ScoringConfig, { method: "ratio" }>;
export type RangeScoringConfig = Extract<ScoringConfig, { method: "range" }>;
export type BinaryScoringConfig = Extract<ScoringConfig, { method: "binary" }>;
export type CurveScoringConfig = Extract<ScoringConfig, { method: "curve" }>;
export type BandsScoringConfig = Extract<ScoringConfig, { method: "bands" }>;
export type RatingScoringConfig = Extract<ScoringConfig, { method: "rating" }>;
