const TRUE_WORDS = new Set(["true", "yes", "y", "1", "active", "employed", "current", "ja", "oui"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "inactive", "terminated", "left", "former", "nein", "non"]);

/** Reads yes/no style cells ("Active", "Terminated", "1", "no"); null when it is neither. */
export function parseBooleanCell(raw: string): boolean | null {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}
