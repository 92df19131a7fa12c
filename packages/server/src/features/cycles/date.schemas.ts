import { z } from "zod";
import { isRealDate } from "./cycle-dates.js";

/** An ISO calendar date (YYYY-MM-DD) that exists: 2026-02-30 is refused. */
export const isoDateField = z.iso
  .date("must be a date in the form YYYY-MM-DD")
  .refine(isRealDate, "is not a real calendar date");
