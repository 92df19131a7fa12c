/** Characters that make a spreadsheet program treat a cell as a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes text safe to open in a spreadsheet: a string starting with =, +, -, @, tab or CR gets a
 * leading apostrophe so it shows as text instead of running as a formula. Numbers are left alone
 * (-5 written as a number is not a formula); only text can carry an injection.
 */
export function neutraliseFormula<T>(value: T): T | string {
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
