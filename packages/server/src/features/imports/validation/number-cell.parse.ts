export type DecimalStyle = "dot-decimal" | "comma-decimal";

export type NumberParse = { ok: true; value: number } | { ok: false };

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);
const GROUPED_COMMA = GROUPED(",");
const GROUPED_DOT = GROUPED(".");
const GROUPED_APOSTROPHE = GROUPED("'");
const PLAIN = /^\d+$/;
const FRACTION = /^\d+$/;

function integerPart(text: string, thousands: string): string | null {
  if (text === "") return "0";
  if (PLAIN.test(text)) return text;
  const grouped = thousands === "," ? GROUPED_COMMA : thousands === "." ? GROUPED_DOT : GROUPED_APOSTROPHE;
  if (grouped.test(text) || GROUPED_APOSTROPHE.test(text)) return text.replace(/[.,']/g, "");
  return null;
}

function compose(sign: number, whole: string | null, fraction: string | null): NumberParse {
  if (whole === null) return { ok: false };
  if (fraction !== null && !FRACTION.test(fraction)) return { ok: false };
  const value = sign * Number(fraction === null ? whole : `${whole}.${fraction}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/**
 * Reads a number as people and tools write it: "1,234.5", "1.234,5", "1 234,5", "12%", "€ 99",
 * "(120)" for -120, "1e3". A value whose separators are unambiguous is read by its own look; only
 * "1,234" or "1.234" (one separator, three digits after) depends on `style`, the file's habit.
 * Percentages keep the number written ("12%" → 12). NaN, Infinity and anything else fail.
 */
export function parseNumberCell(raw: string, style: DecimalStyle): NumberParse {
  let text = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (text === "") return { ok: false };
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  text = text.replace(/^[€$£¥]|[€$£¥]$/g, "").replace(/%$/, "");
  if (text.startsWith("-") || text.startsWith("+")) {
    if (text.startsWith("-")) sign = -sign;
    text = text.slice(1);
  }
  if (/^(\d+(\.\d+)?|\.\d+)e[+-]?\d+$/i.test(text)) {
    const value = sign * Number(text);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false };
  }
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const at = text.lastIndexOf(decimal);
    return compose(sign, integerPart(text.slice(0, at), thousands), text.slice(at + 1));
  }
  const separator = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
  if (separator === null) return compose(sign, integerPart(text, "'"), null);
  const parts = text.split(separator);
  if (parts.length > 2) return compose(sign, integerPart(text, separator), null);
  const [whole = "", fraction = ""] = parts;
  // "1,234" is a thousand-and-something with dot decimals and one-point-something with comma decimals.
  const looksGrouped = fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== "0";
  const isDecimal = looksGrouped ? (style === "dot-decimal") === (separator === ".") : true;
  if (isDecimal) return compose(sign, integerPart(whole, "'"), fraction);
  return compose(sign, integerPart(text, separator), null);
}

/** The decimal style to assume for a file: a semicolon-delimited CSV comes from a comma-decimal locale. */
export function decimalStyleFor(
  setting: "auto" | DecimalStyle,
  file: { format: "csv" | "xlsx"; delimiter?: string },
): DecimalStyle {
  if (setting !== "auto") return setting;
  return file.format === "csv" && file.delimiter === ";" ? "comma-decimal" : "dot-decimal";
}
