import { z } from "zod";
import { frameworkDocumentSchema } from "../model/framework-document.schema.js";

let cached: Record<string, unknown> | undefined;

/**
 * JSON Schema (draft 2020-12) of the framework document as people write it (input side: fields
 * with defaults are optional), generated from the zod model so it never drifts. Editors use it
 * for completion in `*.yardstick.yaml` files; the API serves it.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  cached ??= {
    ...(z.toJSONSchema(frameworkDocumentSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>),
    title: "Yardstick framework document",
    description:
      "An organization's KPI framework: objectives, org units, roles, KPI definitions and role frameworks. Checked by `yardstick lint`.",
  };
  // A copy, so callers cannot change what the next caller receives.
  return JSON.parse(JSON.stringify(cached)) as Record<string, unknown>;
}
