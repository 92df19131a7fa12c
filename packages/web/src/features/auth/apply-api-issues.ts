import type { UseFormReturnType } from "@mantine/form";
import { ApiError } from "../../api/api-error.js";

/**
 * Puts the API's per-field issues next to the matching form fields. Returns true when at least one
 * issue found a field, so the caller can skip a generic alert that would repeat it.
 */
export function applyApiIssues<T extends object>(form: UseFormReturnType<T>, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.issues.length === 0) return false;
  const values = form.getValues();
  let placed = false;
  for (const issue of error.issues) {
    const field = issue.path.split(".")[0] ?? "";
    if (field in values) {
      form.setFieldError(field, capitalize(issue.message));
      placed = true;
    }
  }
  return placed;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
