function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A date as ISO text: yyyy-mm-dd, with the time only when it is not midnight. */
export function isoFromDate(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

/**
 * The text of one workbook cell as the person sees it, minus display formatting: numbers exact,
 * dates ISO, formulas as their last calculated result (never the formula itself), errors as
 * "#DIV/0!" (or "#ERROR!" for a formula without a usable cached result) so validation can name them.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoFromDate(value);
  if (typeof value === "object") {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText)) {
      return cell.richText.map((part: { text?: unknown }) => (typeof part.text === "string" ? part.text : "")).join("");
    }
    if ("formula" in cell || "sharedFormula" in cell) {
      // The streaming reader drops a cached error ("#DIV/0!"), leaving no result (or NaN): say it was an
      // error rather than passing a blank, which would read as "no value" and hide the problem.
      if (cell.result === undefined || (typeof cell.result === "number" && Number.isNaN(cell.result))) return "#ERROR!";
      return cellText(cell.result);
    }
    if (typeof cell.error === "string") return cell.error;
    if ("text" in cell) return cellText(cell.text);
  }
  return "";
}
