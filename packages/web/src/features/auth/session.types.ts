export type MembershipRole = "admin" | "hr" | "manager" | "employee";

/** `GET /api/v1/me`. */
export interface Me {
  id: string;
  email: string;
  name: string;
  role: MembershipRole;
  organization: { id: string; name: string };
  csrfToken: string;
}

export const ROLE_LABELS: Record<MembershipRole, string> = {
  admin: "Admin",
  hr: "HR",
  manager: "Manager",
  employee: "Employee",
};

/** Roles that may change the framework design (objectives, org units, roles, KPIs). */
export function canDesign(me: Pick<Me, "role"> | undefined): boolean {
  return me?.role === "admin" || me?.role === "hr";
}

/** The API refuses shorter passwords; the forms say so before sending. */
export const MIN_PASSWORD_LENGTH = 12;
