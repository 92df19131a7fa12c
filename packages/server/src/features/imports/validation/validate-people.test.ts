import { describe, expect, it } from "vitest";
import { columnMappingSchema, type PeopleMapping } from "../mapping/column-mapping.schema.js";
import type { TableRow } from "../reading/table.types.js";
import type { PeopleResolver } from "./people-resolver.js";
import type { RowProblem } from "./row-problem.js";
import { type PersonRecord, validatePeopleRows } from "./validate-people.js";

const resolver: PeopleResolver = {
  listRoles: async () => [
    { id: "r-sales", key: "sales-executive", title: "Sales Executive" },
    { id: "r-head", key: "head-of-sales", title: "Head of Sales" },
  ],
  listOrgUnits: async () => [{ id: "u-sales", name: "Sales" }],
  listPeople: async () => [
    { id: "p-boss", employeeNumber: "B1", email: "boss@acme.test", managerEmployeeNumber: null },
    { id: "p-old", employeeNumber: "X9", email: "x9@acme.test", managerEmployeeNumber: "E10" },
  ],
};

const headers = ["Personnel No.", "Full name", "E-mail", "Job title", "Department", "Manager", "Hire date", "Status"];
const mapping = columnMappingSchema.parse({
  kind: "people",
  employeeNumberColumn: "Personnel No.",
  nameColumn: "Full name",
  emailColumn: "E-mail",
  roleColumn: "Job title",
  orgUnitColumn: "Department",
  managerColumn: "Manager",
  startDateColumn: "Hire date",
  activeColumn: "Status",
}) as PeopleMapping;

async function run(rows: string[][]) {
  async function* table(): AsyncGenerator<TableRow> {
    for (const [i, cells] of rows.entries()) yield { rowNumber: i + 2, cells };
  }
  const out: (PersonRecord | RowProblem)[] = [];
  for await (const r of validatePeopleRows(table(), headers, mapping, resolver)) out.push(r);
  return out;
}

describe("validatePeopleRows", () => {
  it("resolves roles by title or key, units, managers by number or email (also later in the file)", async () => {
    const out = await run([
      ["E1", "Anna Ek", "Anna@Acme.test", "Sales Executive", "sales", "e2@acme.test", "31.01.2024", "Active"],
      ["E2", "Ben Oz", "e2@acme.test", "head-of-sales", "", "B1", "2023-05-01", "yes"],
      ["B1", "The Boss", "", "", "Sales", "", "", ""],
    ]);
    expect(out).toEqual([
      {
        type: "record",
        row: 2,
        existingId: null,
        employeeNumber: "E1",
        name: "Anna Ek",
        email: "anna@acme.test",
        roleId: "r-sales",
        orgUnitId: "u-sales",
        managerEmployeeNumber: "E2",
        startDate: "2024-01-31",
        active: true,
      },
      {
        type: "record",
        row: 3,
        existingId: null,
        employeeNumber: "E2",
        name: "Ben Oz",
        email: "e2@acme.test",
        roleId: "r-head",
        orgUnitId: null,
        managerEmployeeNumber: "B1",
        startDate: "2023-05-01",
        active: true,
      },
      {
        type: "record",
        row: 4,
        existingId: "p-boss",
        employeeNumber: "B1",
        name: "The Boss",
        email: null,
        orgUnitId: "u-sales",
        managerEmployeeNumber: null,
      },
    ]);
  });

  it("reports field problems, duplicates and unknown managers by row and column", async () => {
    const out = await run([
      ["", "No Number", "", "Sales Executive", "", "", "", ""],
      ["E3", "", "not-an-email", "Janitor", "Moon base", "", "2024-13-01", "maybe"],
      ["E4", "Dana", "boss@acme.test", "", "", "E77", "03/04/2024", ""],
      ["E4", "Dana again", "", "Sales Executive", "", "", "", ""],
    ]);
    const problems = out.filter((r): r is RowProblem => r.type === "problem").map((p) => [p.row, p.column, p.code]);
    expect(problems).toEqual([
      [2, "Personnel No.", "missing-value"],
      [3, "Full name", "missing-value"],
      [3, "E-mail", "invalid-email"],
      [3, "Job title", "unknown-role"],
      [3, "Department", "unknown-org-unit"],
      [3, "Hire date", "invalid-date"],
      [3, "Status", "invalid-boolean"],
      [4, "E-mail", "email-taken"],
      [4, "Job title", "missing-role"],
      [4, "Hire date", "ambiguous-date"],
      [4, "Manager", "unknown-manager"],
      [5, "Personnel No.", "duplicate-in-file"],
    ]);
    expect(out.some((r) => r.type === "record")).toBe(false);
  });

  it("rejects manager loops within the file and through stored people", async () => {
    const out = await run([
      ["E10", "Ten", "", "Sales Executive", "", "X9", "", ""],
      ["E11", "Eleven", "", "Sales Executive", "", "E12", "", ""],
      ["E12", "Twelve", "", "Sales Executive", "", "e11", "", ""],
      ["E13", "Thirteen", "", "Sales Executive", "", "E13", "", ""],
    ]);
    const loops = out.filter((r): r is RowProblem => r.type === "problem");
    expect(loops.map((p) => [p.row, p.code])).toEqual([
      [2, "manager-loop"],
      [3, "manager-loop"],
      [4, "manager-loop"],
      [5, "manager-loop"],
    ]);
    expect(loops[0]?.message).toBe("Row 2, column 'Manager': E10 → X9 → E10 would make a reporting loop");
    expect(loops[3]?.message).toBe("Row 5, column 'Manager': E13 → E13 would make a reporting loop");
  });
});
