import type { Migration } from "kysely";
import * as foundation from "./2026-11-25T18-00-foundation.js";

/**
 * Every migration, by timestamped name. A static list (instead of reading the folder)
 * keeps migrations working when the server is bundled or run from another directory.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-25T18-00-foundation": foundation,
};
