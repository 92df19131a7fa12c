import { createHash, randomBytes } from "node:crypto";

/** A random URL-safe secret (256 bits) for session cookies, CSRF and invitation links. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored hashed so a copy of the database cannot be used to sign in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
