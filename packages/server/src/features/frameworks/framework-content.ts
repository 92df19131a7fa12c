import { type RoleFramework, roleFrameworkSchema } from "@yardstick/core";
import type { z } from "zod";
import type { Row } from "../../db/database.js";

/** What a framework version stores in `content`: the policy, the sections and the assignments. */
export const frameworkContentSchema = roleFrameworkSchema.pick({
  missingData: true,
  sections: true,
  assignments: true,
});
export type FrameworkContent = z.infer<typeof frameworkContentSchema>;

export const emptyContent = (): FrameworkContent => ({ missingData: "exclude", sections: [], assignments: [] });

/** Stored content, defaults applied. A damaged row reads as an empty framework rather than a 500. */
export function parseContent(json: string): FrameworkContent {
  try {
    const parsed = frameworkContentSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : emptyContent();
  } catch {
    return emptyContent();
  }
}

export function serializeContent(content: FrameworkContent): string {
  return JSON.stringify({
    missingData: content.missingData,
    sections: content.sections,
    assignments: content.assignments,
  });
}

/** A stored version as the role framework of a framework document. */
export function versionToFramework(row: Row<"framework_versions">, roleKey: string): RoleFramework {
  const content = parseContent(row.content);
  return {
    role: roleKey,
    version: row.version,
    status: row.status,
    ...(row.effective_date ? { effectiveDate: row.effective_date } : {}),
    ...(row.changelog ? { changelog: row.changelog } : {}),
    ...content,
  };
}
