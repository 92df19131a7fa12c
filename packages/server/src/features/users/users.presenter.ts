import type { MemberRow } from "./users.repository.js";
import type { UserResponse } from "./users.schemas.js";

export function presentUser(row: MemberRow): UserResponse {
  return { id: row.id, name: row.name, email: row.email, role: row.role, disabledAt: row.disabledAt };
}
