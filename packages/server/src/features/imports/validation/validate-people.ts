import type { PeopleMapping } from "../mapping/column-mapping.schema.js";
import { normaliseLabel } from "../mapping/header-match.js";
import type { TableRow } from "../reading/table.types.js";
import { parseBooleanCell } from "./boolean-cell.parse.js";
import { parseDateCell } from "./date-cell.parse.js";
import { columnIndex } from "./invalid-mapping.error.js";
import type { PeopleResolver } from "./people-resolver.js";
import { quoted, type RowProblem, rowProblem } from "./row-problem.js";

/**
 * One person to create or update, matched by employee number. A field is undefined when the file
 * does not set it (keep what is stored) and null when the file clears it.
 */
export interface PersonRecord {
  type: "record";
  row: number;
  /** The stored person with this employee number; null means the import creates them. */
  existingId: string | null;
  employeeNumber: string;
  name: string;
  email?: string | null;
  roleId?: string;
  orgUnitId?: string | null;
  /** The manager's employee number (resolved from a number or an email); the writer turns it into an id. */
  managerEmployeeNumber?: string | null;
  startDate?: string;
  active?: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks mapped people rows without writing: required fields, emails, roles (key or title), org
 * units, dates, active flags, duplicates within the file, managers (by number or email, from the
 * file or already stored) and reporting loops the import would create. People files are held in
 * memory (they are bounded by the organization's size); the result is in row order.
 */
export async function* validatePeopleRows(
  rows: AsyncIterable<TableRow>,
  headers: readonly string[],
  mapping: PeopleMapping,
  resolver: PeopleResolver,
): AsyncGenerator<PersonRecord | RowProblem> {
  const col = (column: string | undefined) => (column === undefined ? null : columnIndex(headers, column));
  const at = {
    number: columnIndex(headers, mapping.employeeNumberColumn),
    name: col(mapping.nameColumn),
    first: col(mapping.firstNameColumn),
    last: col(mapping.lastNameColumn),
    email: col(mapping.emailColumn),
    role: col(mapping.roleColumn),
    orgUnit: col(mapping.orgUnitColumn),
    manager: col(mapping.managerColumn),
    startDate: col(mapping.startDateColumn),
    active: col(mapping.activeColumn),
  };
  const [roles, units, people] = await Promise.all([
    resolver.listRoles(),
    resolver.listOrgUnits(),
    resolver.listPeople(),
  ]);
  const roleByLabel = new Map<string, string>();
  for (const r of roles) {
    roleByLabel.set(normaliseLabel(r.title), r.id);
    roleByLabel.set(normaliseLabel(r.key), r.id);
  }
  const unitByName = new Map(units.map((u) => [normaliseLabel(u.name), u.id]));
  const stored = new Map(people.map((p) => [p.employeeNumber.toLowerCase(), p]));
  const storedByEmail = new Map(people.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p]));

  const results: (PersonRecord | RowProblem)[] = [];
  const records: PersonRecord[] = [];
  const managerText = new Map<PersonRecord, string>();
  const rowByNumber = new Map<string, number>();
  const rowByEmail = new Map<string, number>();

  for await (const row of rows) {
    const cell = (i: number | null) => (i === null ? "" : row.cells[i]!.trim());
    const header = (i: number | null) => (i === null ? null : headers[i]!);
    const problems: RowProblem[] = [];
    const add = (i: number | null, code: RowProblem["code"], detail: string, value?: string) =>
      problems.push(rowProblem(row.rowNumber, header(i), code, detail, value));

    const employeeNumber = cell(at.number);
    if (employeeNumber === "") add(at.number, "missing-value", "the employee number is empty");
    const name = at.name !== null ? cell(at.name) : `${cell(at.first)} ${cell(at.last)}`.trim();
    if (name === "") add(at.name ?? at.first, "missing-value", "the name is empty");
    const existing = stored.get(employeeNumber.toLowerCase()) ?? null;
    const record: PersonRecord = {
      type: "record",
      row: row.rowNumber,
      existingId: existing?.id ?? null,
      employeeNumber,
      name,
    };

    const earlier = rowByNumber.get(employeeNumber.toLowerCase());
    if (employeeNumber !== "" && earlier !== undefined) {
      add(
        at.number,
        "duplicate-in-file",
        `employee number ${quoted(employeeNumber)} is already on row ${earlier}`,
        employeeNumber,
      );
    } else if (employeeNumber !== "") rowByNumber.set(employeeNumber.toLowerCase(), row.rowNumber);

    if (at.email !== null) {
      const email = cell(at.email).toLowerCase();
      if (email === "") record.email = null;
      else if (!EMAIL.test(email)) add(at.email, "invalid-email", `${quoted(email)} is not an email address`, email);
      else {
        const sameRow = rowByEmail.get(email);
        const owner = storedByEmail.get(email);
        if (sameRow !== undefined)
          add(at.email, "duplicate-in-file", `${quoted(email)} is already on row ${sameRow}`, email);
        else if (owner && owner.employeeNumber.toLowerCase() !== employeeNumber.toLowerCase()) {
          add(at.email, "email-taken", `${quoted(email)} belongs to employee ${owner.employeeNumber}`, email);
        }
        rowByEmail.set(email, row.rowNumber);
        record.email = email;
      }
    }
    if (at.role !== null && cell(at.role) !== "") {
      const roleId = roleByLabel.get(normaliseLabel(cell(at.role)));
      if (roleId) record.roleId = roleId;
      else add(at.role, "unknown-role", `${quoted(cell(at.role))} is not the key or title of a role`, cell(at.role));
    } else if (!existing) {
      add(at.role, "missing-role", "a new person needs a role (its key or title)");
    }
    if (at.orgUnit !== null) {
      const text = cell(at.orgUnit);
      const unitId = text === "" ? null : unitByName.get(normaliseLabel(text));
      if (unitId === undefined) add(at.orgUnit, "unknown-org-unit", `${quoted(text)} is not an org unit`, text);
      else record.orgUnitId = unitId;
    }
    if (at.startDate !== null && cell(at.startDate) !== "") {
      const parsed = parseDateCell(cell(at.startDate), mapping.dateOrder);
      if (parsed.ok) record.startDate = parsed.date;
      else if (parsed.ambiguous) {
        add(
          at.startDate,
          "ambiguous-date",
          `${quoted(cell(at.startDate))} could be day/month or month/day; choose the date order`,
          cell(at.startDate),
        );
      } else add(at.startDate, "invalid-date", `${quoted(cell(at.startDate))} is not a date`, cell(at.startDate));
    }
    if (at.active !== null && cell(at.active) !== "") {
      const active = parseBooleanCell(cell(at.active));
      if (active === null)
        add(
          at.active,
          "invalid-boolean",
          `${quoted(cell(at.active))} is not yes/no or active/inactive`,
          cell(at.active),
        );
      else record.active = active;
    }
    if (at.manager !== null) managerText.set(record, cell(at.manager));

    results.push(...problems);
    // Rows with problems still take part in manager checks, so a loop through them is found too.
    if (employeeNumber !== "") records.push(record);
  }

  // Managers may be anyone in the file or already stored, named by number or email.
  const numberByEmail = new Map<string, string>();
  for (const p of people) if (p.email) numberByEmail.set(p.email.toLowerCase(), p.employeeNumber);
  for (const r of records) if (r.email) numberByEmail.set(r.email, r.employeeNumber);
  // Lower-cased number → the spelling to show and store (the file's own wins over the stored one).
  const spelling = new Map<string, string>();
  for (const p of people) spelling.set(p.employeeNumber.toLowerCase(), p.employeeNumber);
  for (const r of records) spelling.set(r.employeeNumber.toLowerCase(), r.employeeNumber);
  const managerOf = new Map<string, string | null>(
    people.map((p) => [p.employeeNumber.toLowerCase(), p.managerEmployeeNumber?.toLowerCase() ?? null]),
  );
  const managerHeader = at.manager === null ? null : headers[at.manager]!;
  for (const r of records) {
    const text = managerText.get(r);
    if (text === undefined) continue;
    if (text === "") {
      r.managerEmployeeNumber = null;
    } else {
      const number = text.includes("@") ? numberByEmail.get(text.toLowerCase()) : spelling.get(text.toLowerCase());
      if (number === undefined) {
        results.push(
          rowProblem(
            r.row,
            managerHeader,
            "unknown-manager",
            `${quoted(text)} is not the employee number or email of anyone in the file or already stored`,
            text,
          ),
        );
        continue;
      }
      r.managerEmployeeNumber = number;
    }
    managerOf.set(r.employeeNumber.toLowerCase(), r.managerEmployeeNumber?.toLowerCase() ?? null);
  }

  for (const r of records) {
    if (!managerText.has(r)) continue;
    const start = r.employeeNumber.toLowerCase();
    const chain = [r.employeeNumber];
    let current = managerOf.get(start) ?? null;
    const visited = new Set([start]);
    while (current !== null && !visited.has(current)) {
      visited.add(current);
      chain.push(spelling.get(current) ?? current);
      current = managerOf.get(current) ?? null;
    }
    if (current === start) {
      chain.push(r.employeeNumber);
      results.push(
        rowProblem(
          r.row,
          managerHeader,
          "manager-loop",
          `${chain.join(" → ")} would make a reporting loop`,
          managerText.get(r),
        ),
      );
    }
  }

  const problemRows = new Set(results.filter((x) => x.type === "problem").map((x) => x.row));
  for (const r of records) if (!problemRows.has(r.row)) results.push(r);
  results.sort((a, b) => a.row - b.row || (a.type === b.type ? 0 : a.type === "problem" ? -1 : 1));
  yield* results;
}
