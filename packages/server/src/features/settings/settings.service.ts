import { DEFAULT_RATING_SCALE, lintRules, type RatingBand, ratingBandSchema } from "@yardstick/core";
import { z } from "zod";
import type { Executor } from "../../db/executor.js";
import { badRequest, type FieldIssue, notFound } from "../../http/http-errors.js";
import { findSettingsJson, updateSettingsJson } from "./settings.repository.js";
import type { UpdateSettingsBody } from "./settings.schemas.js";

/** What an organization configures about its framework: switched-off lint rules and its rating scale. */
export interface OrganizationSettings {
  disabledRules: string[];
  ratingScale: RatingBand[];
}

// Tolerant reading: the column is shared JSON, and a damaged value must not break every lint run.
const storedSettingsSchema = z.object({
  disabledRules: z.array(z.string()).catch([]).default([]),
  ratingScale: z.array(ratingBandSchema).optional().catch(undefined),
});

function parseStored(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** The organization's settings, with the default rating scale when none was configured. */
export async function readOrganizationSettings(db: Executor, organizationId: string): Promise<OrganizationSettings> {
  const json = await findSettingsJson(db, organizationId);
  if (json === undefined) throw notFound("Organization");
  const stored = storedSettingsSchema.parse(parseStored(json));
  return {
    disabledRules: stored.disabledRules,
    ratingScale: stored.ratingScale ?? DEFAULT_RATING_SCALE.map((band) => ({ ...band })),
  };
}

/** Issues for rule ids the catalogue does not know and for rating bands out of order. */
export function validateSettings(settings: OrganizationSettings, prefix = ""): FieldIssue[] {
  const known = new Set(lintRules.map((rule) => rule.id));
  const issues: FieldIssue[] = [];
  settings.disabledRules.forEach((id, index) => {
    if (!known.has(id)) {
      issues.push({
        path: `${prefix}disabledRules.${index}`,
        message: `unknown rule "${id}"; GET /api/v1/lint/rules lists the rule ids`,
      });
    }
  });
  settings.ratingScale.forEach((band, index) => {
    const previous = settings.ratingScale[index - 1];
    if (previous && band.from <= previous.from) {
      issues.push({
        path: `${prefix}ratingScale.${index}.from`,
        message: `must be above the previous band's from (${previous.from}); order the bands ascending`,
      });
    }
  });
  return issues;
}

/** Writes the settings, keeping any other keys stored in the same JSON column. */
export async function writeOrganizationSettings(
  db: Executor,
  organizationId: string,
  settings: OrganizationSettings,
): Promise<void> {
  const json = await findSettingsJson(db, organizationId);
  if (json === undefined) throw notFound("Organization");
  const merged = { ...parseStored(json), disabledRules: settings.disabledRules, ratingScale: settings.ratingScale };
  await updateSettingsJson(db, organizationId, JSON.stringify(merged));
}

/** Validates and replaces the organization's settings. */
export async function updateOrganizationSettings(
  db: Executor,
  organizationId: string,
  body: UpdateSettingsBody,
): Promise<OrganizationSettings> {
  const settings: OrganizationSettings = {
    disabledRules: [...new Set(body.disabledRules)],
    ratingScale: body.ratingScale,
  };
  const issues = validateSettings({ disabledRules: body.disabledRules, ratingScale: body.ratingScale });
  const first = issues[0];
  if (first) throw badRequest(`Invalid settings: ${first.path} ${first.message}.`, issues);
  await writeOrganizationSettings(db, organizationId, settings);
  return settings;
}
