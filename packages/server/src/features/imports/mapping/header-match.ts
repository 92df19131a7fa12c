/** Words people abbreviate in headers, folded to one spelling before comparing. */
const TOKEN_ALIASES: Record<string, string> = {
  no: "number",
  nr: "number",
  num: "number",
  nbr: "number",
  mail: "email",
  emp: "employee",
  empl: "employee",
  dept: "department",
  mgr: "manager",
};

/**
 * A header or name reduced to lowercase ASCII words: accents dropped, "#" read as "number",
 * punctuation as spaces, common abbreviations expanded ("Emp #" → "employee number").
 */
export function normaliseLabel(label: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/e-mail/g, "email")
    .replace(/#/g, " number ")
    .replace(/&/g, " and ")
    .replace(/([a-z])([0-9])/g, "$1 $2")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "")
    .map((w) => TOKEN_ALIASES[w] ?? w);
  return words.join(" ");
}

/** The label without bracketed units or notes: "Revenue (EUR)" → "revenue". */
export function normaliseWithoutBrackets(label: string): string {
  return normaliseLabel(label.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, " "));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How well a header matches a known label, 0..1: 1 for the same words, high when the header holds
 * all the label's words plus a few more ("Employee ID (HRIS)"), lower for near-spellings.
 */
export function labelSimilarity(header: string, label: string): number {
  const h = normaliseLabel(header);
  const l = normaliseLabel(label);
  if (h === "" || l === "") return 0;
  if (h === l || h.replaceAll(" ", "") === l.replaceAll(" ", "")) return 1;
  const bare = normaliseWithoutBrackets(header);
  if (bare === l) return 0.95;
  const hWords = h.split(" ");
  const lWords = l.split(" ");
  if (lWords.every((w) => hWords.includes(w))) return 0.7 + 0.2 * (lWords.length / hWords.length);
  const hc = (bare || h).replaceAll(" ", "");
  const lc = l.replaceAll(" ", "");
  const longest = Math.max(hc.length, lc.length);
  // Short labels ("id", "kpi") must not match by spelling: one typo changes them entirely.
  if (longest < 5) return 0;
  const similarity = 1 - editDistance(hc, lc) / longest;
  return similarity >= 0.8 ? similarity * 0.8 : 0;
}
