import type { ScoringIssue } from "./scoring.types.js";

/** A value handed to the engine cannot be scored (not a finite number, a negative weight, ...). */
export class ScoringInputError extends Error {
  override readonly name = "ScoringInputError";
}

/** A scoring configuration is degenerate; `issues` says which fields and why. */
export class ScoringConfigError extends Error {
  override readonly name = "ScoringConfigError";
  readonly issues: ScoringIssue[];

  constructor(issues: ScoringIssue[]) {
    super(`Invalid scoring configuration: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`);
    this.issues = issues;
  }
}
