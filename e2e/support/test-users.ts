/** The people the e2e run creates. Passwords only exist in this throwaway test instance. */
export const ORGANIZATION_NAME = "Northwind Outfitters";

export const ADMIN = {
  name: "Ada Admin",
  email: "ada.admin@northwind.test",
  password: "correct-horse-battery-staple",
} as const;

export const EMPLOYEE = {
  name: "Eli Employee",
  email: "eli.employee@northwind.test",
  password: "employee-password-2026",
} as const;
