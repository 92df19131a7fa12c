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
