/**
 * A record key derived from a title: lowercase ASCII, words joined by "-", valid for the API's key
 * pattern (`^[a-z0-9][a-z0-9._-]*$`, at most 80 characters). Empty when the title has no letters.
 */
export function keyFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** The same rule the API applies, as an inline form message (undefined when valid). */
export function keyProblem(key: string): string | undefined {
  if (key.length === 0) return "Key is required";
  if (key.length > 80) return "Key must be at most 80 characters";
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(key))
    return "Use lowercase letters, digits, '.', '_' or '-', starting with a letter or digit";
  return undefined;
}
