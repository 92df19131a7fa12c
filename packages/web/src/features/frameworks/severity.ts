import type { Severity } from "@yardstick/core";

export const SEVERITY_COLORS: Record<Severity, string> = { error: "red", warning: "orange", info: "blue" };
export const SEVERITY_LABELS: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };
