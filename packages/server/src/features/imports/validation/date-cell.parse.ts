export type DayOrder = "auto" | "dmy" | "mdy";

export type DateParse = { ok: true; date: string } | { ok: false; ambiguous?: boolean };

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** Excel counts days from 1899-12-30 (the 1900 leap-year bug folded in); this range covers 1954–2119. */
const EXCEL_SERIAL = /^\d{5}(\.\d+)?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Reads a date cell: ISO (2026-03-31, with or without a time), 2026/03/31, 31.03.2026 (dots are
 * always day first), slash dates by `order` — "auto" accepts 31/03/2026 and 03/31/2026 (one
 * reading only) and calls 03/04/2026 ambiguous — and Excel serial numbers (46112).
 */
export function parseDateCell(raw: string, order: DayOrder): DateParse {
  const text = raw.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    text,
  );
  if (m) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { ok: true, date } : { ok: false };
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const date = iso(fullYear(m[3]!), Number(m[2]), Number(m[1]));
    return date ? { ok: true, date } : { ok: false };
  }
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3]!);
    const dmy = iso(year, b, a);
    const mdy = iso(year, a, b);
    if (order === "dmy") return dmy ? { ok: true, date: dmy } : { ok: false };
    if (order === "mdy") return mdy ? { ok: true, date: mdy } : { ok: false };
    if (dmy && mdy && dmy !== mdy) return { ok: false, ambiguous: true };
    const date = dmy ?? mdy;
    return date ? { ok: true, date } : { ok: false };
  }
  if (EXCEL_SERIAL.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial >= 20_000 && serial <= 80_000) {
      return { ok: true, date: new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10) };
    }
  }
  return { ok: false };
}
