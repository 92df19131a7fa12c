import path from "node:path";
import { fileURLToPath } from "node:url";

/** Folder of the signed-in sessions the setup project stores (git-ignored). */
export const AUTH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.auth");
/** Storage state of the admin created by first-run setup. */
export const ADMIN_STATE = path.join(AUTH_DIR, "admin.json");
/** Storage state of an invited employee. */
export const EMPLOYEE_STATE = path.join(AUTH_DIR, "employee.json");
/**
 * The setup page exists only until setup is done, so the setup project records its accessibility
 * report here and the main-pages spec judges it (a finding must not block every other spec).
 */
export const SETUP_A11Y_REPORT = path.join(AUTH_DIR, "setup-a11y.json");
