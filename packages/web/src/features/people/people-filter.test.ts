import { describe, expect, it } from "vitest";
import { filterPeople, managerCandidates } from "./people-filter.js";
import type { Person } from "./person.types.js";

function buildPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: "p1",
    employeeNumber: "E1",
    name: "Ada",
    email: "ada@example.com",
    roleId: "r1",
    roleTitle: "Engineer",
    orgUnitId: "u1",
    orgUnitName: "IT",
    managerId: null,
    managerName: null,
    userId: null,
    startDate: "2026-01-01",
    endDate: null,
    active: true,
    deactivatedAt: null,
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}

describe("filterPeople", () => {
  const people = [
    buildPerson({ id: "a", name: "Zoe", employeeNumber: "E9", roleId: "r2" }),
    buildPerson({ id: "b", name: "Ben", email: "ben@corp.test", orgUnitId: "u2" }),
    buildPerson({ id: "c", name: "Cleo", active: false }),
  ];

  it("shows active people by default, sorted by name", () => {
    expect(filterPeople(people, {}).map((p) => p.id)).toEqual(["b", "a"]);
  });

  it("finds by email or employee number, case-insensitively", () => {
    expect(filterPeople(people, { q: "CORP" }).map((p) => p.id)).toEqual(["b"]);
    expect(filterPeople(people, { q: "e9" }).map((p) => p.id)).toEqual(["a"]);
  });

  it("filters by role, org unit and status", () => {
    expect(filterPeople(people, { roleId: "r2" }).map((p) => p.id)).toEqual(["a"]);
    expect(filterPeople(people, { orgUnitId: "u2" }).map((p) => p.id)).toEqual(["b"]);
    expect(filterPeople(people, { status: "inactive" }).map((p) => p.id)).toEqual(["c"]);
    expect(filterPeople(people, { status: "all" })).toHaveLength(3);
  });
});

describe("managerCandidates", () => {
  it("leaves out the person, their whole reporting line and leavers", () => {
    const people = [
      buildPerson({ id: "boss" }),
      buildPerson({ id: "me", managerId: "boss" }),
      buildPerson({ id: "report", managerId: "me" }),
      buildPerson({ id: "deep", managerId: "report" }),
      buildPerson({ id: "gone", active: false }),
    ];
    expect(managerCandidates(people, "me").map((p) => p.id)).toEqual(["boss"]);
    expect(managerCandidates(people, undefined).map((p) => p.id)).toEqual(["boss", "me", "report", "deep"]);
  });
});
