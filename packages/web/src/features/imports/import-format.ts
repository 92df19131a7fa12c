/** "1.5 MB": sizes as people read them (binary units, like the server's limit message). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.parseFloat(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
}

/** "12,345": counts with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString("en");
}

/** "1 row" / "12,345 rows". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });
}

/** 0..100 for a progress bar; 0 when the whole is unknown. */
export function percent(part: number, whole: number): number {
  if (!(whole > 0)) return 0;
  return Math.max(0, Math.min(100, Math.round((part / whole) * 100)));
}
