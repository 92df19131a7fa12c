/** The upload limit when YARDSTICK_MAX_UPLOAD_MB is not set. */
export const DEFAULT_MAX_UPLOAD_MB = 100;

/** Bytes an upload may have: YARDSTICK_MAX_UPLOAD_MB (a positive number, fractions allowed), default 100 MB. */
export function maxUploadBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.YARDSTICK_MAX_UPLOAD_MB;
  if (raw === undefined || raw.trim() === "") return DEFAULT_MAX_UPLOAD_MB * 1024 * 1024;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new Error(`YARDSTICK_MAX_UPLOAD_MB must be a positive number of megabytes, got "${raw}"`);
  }
  return Math.floor(mb * 1024 * 1024);
}
