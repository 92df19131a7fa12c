/** Why a file cannot be read as a table; the route turns these into a 400 with the message as is. */
export type ImportFileErrorCode =
  | "empty-file"
  | "not-a-table"
  | "legacy-xls"
  | "too-large"
  | "no-header"
  | "no-data-rows"
  | "blank-header"
  | "duplicate-header"
  | "too-many-columns"
  | "row-too-long"
  | "malformed-csv"
  | "unreadable-xlsx"
  | "sheet-not-found";

/**
 * A problem with the uploaded file as a whole (not with one value in it). The message is written
 * for the person who uploaded the file: it says what is wrong and, where it can, what to do.
 */
export class ImportFileError extends Error {
  readonly code: ImportFileErrorCode;

  constructor(code: ImportFileErrorCode, message: string) {
    super(message);
    this.name = "ImportFileError";
    this.code = code;
  }
}

/** True for an ImportFileError, also across module copies (checks the name, not the prototype). */
export function isImportFileError(error: unknown): error is ImportFileError {
  return error instanceof Error && error.name === "ImportFileError" && "code" in error;
}

/** Numbers in messages read like people write them: 10,000 rather than 10000. */
export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** "12.5 MB" for limits and sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
