import { request } from "@playwright/test";
import { ApiClient } from "./api-client.js";
import { ADMIN_STATE } from "./auth-state.js";
import { uniqueKey } from "./unique.js";

/** Seeds data through the public API, so specs test the UI and not their own set-up clicks. */

export interface SeededObjective {
  id: string;
  key: string;
  title: string;
  parentId: string | null;
}

export interface SeededRole {
  id: string;
  key: string;
  title: string;
  family: string | null;
  responsibilities: { key: string; text: string }[];
}

export interface SeededKpi {
  id: string;
  key: string;
  name: string;
  family: string | null;
  categories: { kind: string; timing: string; focus: string };
}

export interface LibraryFamily {
  key: string;
  name: string;
  roles: { key: string; title: string; kpis: string[] }[];
  kpis: { key: string; name: string; unit: string | null; focus: string; timing: string }[];
}

/** The admin created by the setup project, signed in for API calls. */
export function adminApi(baseURL: string): Promise<ApiClient> {
  return ApiClient.fromStorageState(baseURL, ADMIN_STATE);
}

export function seedObjective(
  api: ApiClient,
  input: { title: string; key?: string; parentId?: string; perspective?: string; description?: string },
): Promise<SeededObjective> {
  return api.post<SeededObjective>("/api/v1/objectives", { key: input.key ?? uniqueKey(input.title), ...input });
}

export function seedRole(
  api: ApiClient,
  input: { title: string; key?: string; family?: string; description?: string; responsibilities?: string[] },
): Promise<SeededRole> {
  const { responsibilities = [], ...rest } = input;
  return api.post<SeededRole>("/api/v1/roles", {
    key: input.key ?? uniqueKey(input.title),
    ...rest,
    responsibilities: responsibilities.map((text, i) => ({ key: `r${i + 1}`, text })),
  });
}

export async function listLibrary(api: ApiClient): Promise<LibraryFamily[]> {
  return (await api.get<{ items: LibraryFamily[] }>("/api/v1/library")).items;
}

/** Adopts starter-library families (optionally only some roles/KPIs) into the organization. */
export function importLibrary(api: ApiClient, input: { families: string[]; roles?: string[]; kpis?: string[] }) {
  return api.post<unknown>("/api/v1/library/import", input);
}

export async function listKpis(api: ApiClient, query: Record<string, string> = {}): Promise<SeededKpi[]> {
  const qs = new URLSearchParams(query).toString();
  return (await api.get<{ items: SeededKpi[] }>(`/api/v1/kpis${qs ? `?${qs}` : ""}`)).items;
}

export async function listRoles(api: ApiClient): Promise<SeededRole[]> {
  return (await api.get<{ items: SeededRole[] }>("/api/v1/roles")).items;
}

export async function listObjectives(api: ApiClient): Promise<SeededObjective[]> {
  return (await api.get<{ items: SeededObjective[] }>("/api/v1/objectives")).items;
}

/**
 * Invites a person as the admin and accepts the invitation in a fresh context, which signs them in;
 * returns their signed-in client (its context can save a storage state).
 */
export async function inviteAndAccept(
  admin: ApiClient,
  baseURL: string,
  person: { email: string; name: string; password: string; role: "admin" | "hr" | "manager" | "employee" },
): Promise<ApiClient> {
  const invitation = await admin.post<{ acceptUrl: string }>("/api/v1/invitations", {
    email: person.email,
    name: person.name,
    role: person.role,
  });
  const token = new URL(invitation.acceptUrl, baseURL).searchParams.get("token");
  if (!token) throw new Error(`The invitation's acceptUrl has no token: ${invitation.acceptUrl}`);
  const context = await request.newContext({ baseURL });
  const accepted = await context.post("/api/v1/invitations/accept", { data: { token, password: person.password } });
  if (!accepted.ok()) {
    throw new Error(`POST /api/v1/invitations/accept → ${accepted.status()}: ${await accepted.text()}`);
  }
  return ApiClient.fromContext(context);
}

// --- Review cycles: roles with a published framework, people, cycles -------------------------------

export interface SeededPerson {
  id: string;
  name: string;
  employeeNumber: string;
  roleId: string;
  managerId: string | null;
  userId: string | null;
}

export interface SeededCycle {
  id: string;
  name: string;
  status: "draft" | "open" | "closed";
  startDate: string;
  endDate: string;
  subPeriods: { key: string; label: string; start: string; end: string }[];
}

export interface SeededScorecard {
  id: string;
  cycleId: string;
  employeeId: string;
  employeeName: string;
  status: string;
}

interface FrameworkVersionContent {
  version: number;
  missingData: string;
  sections: unknown[];
  assignments: { kpi: string }[];
}

/**
 * A new role that copies a starter-library role (responsibilities with their keys, family) and
 * publishes that role's framework as its own version 1. The library family must be imported first
 * (see importLibrary). Each call makes a separate role, so specs never share a framework.
 */
export async function seedRoleFromLibrary(
  api: ApiClient,
  input: { libraryRoleKey: string; title: string; effectiveDate?: string },
): Promise<SeededRole> {
  const template = (await listRoles(api)).find((r) => r.key === input.libraryRoleKey);
  if (!template) throw new Error(`No role "${input.libraryRoleKey}": import its library family first`);
  const versions = await api.get<{ items: { version: number }[] }>(`/api/v1/roles/${template.id}/framework/versions`);
  const latest = versions.items.at(-1);
  if (!latest) throw new Error(`The library role "${input.libraryRoleKey}" has no framework`);
  const content = await api.get<FrameworkVersionContent>(
    `/api/v1/roles/${template.id}/framework/versions/${latest.version}`,
  );
  const role = await api.post<SeededRole>("/api/v1/roles", {
    key: uniqueKey(input.title),
    title: input.title,
    ...(template.family ? { family: template.family } : {}),
    responsibilities: template.responsibilities,
  });
  await api.post(`/api/v1/roles/${role.id}/framework/versions`, { source: "empty" });
  await api.put(`/api/v1/roles/${role.id}/framework/versions/1`, {
    missingData: content.missingData,
    sections: content.sections,
    assignments: content.assignments,
  });
  await api.post(`/api/v1/roles/${role.id}/framework/versions/1/publish`, {
    effectiveDate: input.effectiveDate ?? "2026-01-01",
    changelog: `Copied from ${template.title} for a test.`,
  });
  return role;
}

export function seedPerson(
  api: ApiClient,
  input: {
    name: string;
    roleId: string;
    employeeNumber?: string;
    email?: string;
    managerId?: string;
    userId?: string;
    startDate?: string;
  },
): Promise<SeededPerson> {
  return api.post<SeededPerson>("/api/v1/people", {
    employeeNumber: input.employeeNumber ?? uniqueKey("emp"),
    startDate: input.startDate ?? "2026-01-01",
    ...input,
  });
}

/** The first day of the calendar quarter that contains `date` (local time), as YYYY-MM-DD. */
export function quarterStartOf(date: Date = new Date()): string {
  const month = Math.floor(date.getMonth() / 3) * 3 + 1;
  return `${date.getFullYear()}-${String(month).padStart(2, "0")}-01`;
}

/** A draft review cycle; quarterly from the start of the current quarter unless told otherwise. */
export function seedCycle(
  api: ApiClient,
  input: { name: string; cadence?: "quarterly" | "half-yearly" | "yearly"; startDate?: string },
): Promise<SeededCycle> {
  return api.post<SeededCycle>("/api/v1/cycles", {
    cadence: "quarterly",
    startDate: quarterStartOf(),
    ...input,
  });
}

/** Opens a draft cycle: every active employee with a published framework gets a scorecard. */
export function openCycle(
  api: ApiClient,
  cycleId: string,
): Promise<{ created: number; skipped: { employeeName: string; reason: string }[] }> {
  return api.post(`/api/v1/cycles/${cycleId}/open`);
}

/** Closes an open cycle, so its scorecards stop counting as anyone's current one. */
export function closeCycle(api: ApiClient, cycleId: string): Promise<SeededCycle> {
  return api.post<SeededCycle>(`/api/v1/cycles/${cycleId}/close`);
}

export async function listScorecards(
  api: ApiClient,
  query: { cycleId?: string; employeeId?: string },
): Promise<SeededScorecard[]> {
  const qs = new URLSearchParams(query as Record<string, string>).toString();
  return (await api.get<{ items: SeededScorecard[] }>(`/api/v1/scorecards${qs ? `?${qs}` : ""}`)).items;
}
