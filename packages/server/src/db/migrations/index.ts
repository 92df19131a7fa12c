import type { Migration } from "kysely";
import * as foundation from "./2026-11-25T18-00-foundation.js";
import * as membershipDisabledAt from "./2026-11-25T19-05-membership-disabled-at.js";
import * as peopleCyclesScorecards from "./2026-11-25T19-20-people-cycles-scorecards.js";
import * as measurementsScores from "./2026-11-25T19-40-measurements-scores.js";
import * as imports from "./2026-11-25T20-00-imports.js";
import * as measurementsScoringIndex from "./2026-11-25T20-30-measurements-scoring-index.js";
import * as scorecardSnapshots from "./2026-11-25T21-00-scorecard-snapshots.js";

/**
 * Every migration, by timestamped name. A static list (instead of reading the folder)
 * keeps migrations working when the server is bundled or run from another directory.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-25T18-00-foundation": foundation,
  "2026-11-25T19-05-membership-disabled-at": membershipDisabledAt,
  "2026-11-25T19-20-people-cycles-scorecards": peopleCyclesScorecards,
  "2026-11-25T19-40-measurements-scores": measurementsScores,
  "2026-11-25T20-00-imports": imports,
  "2026-11-25T20-30-measurements-scoring-index": measurementsScoringIndex,
  "2026-11-25T21-00-scorecard-snapshots": scorecardSnapshots,
};
