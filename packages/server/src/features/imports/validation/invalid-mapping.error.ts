/** The mapping does not fit the file or the organization (a column or KPI it names is not there). */
export class InvalidMappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidMappingError";
  }
}

/** The index of `column` in `headers`, or an InvalidMappingError naming it. */
export function columnIndex(headers: readonly string[], column: string): number {
  const index = headers.indexOf(column);
  if (index < 0) throw new InvalidMappingError(`The mapping uses the column '${column}', which is not in this file.`);
  return index;
}
