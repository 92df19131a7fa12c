import type { RatingBand, RuleInfo } from "@yardstick/core";

/** `GET/PUT /api/v1/settings`: switched-off quality rules and the rating scale (ascending by `from`). */
export interface OrganizationSettings {
  disabledRules: string[];
  ratingScale: RatingBand[];
}

/** `GET/PATCH /api/v1/organization`. */
export interface Organization {
  id: string;
  name: string;
  createdAt: string;
  memberCount: number;
}

/** `GET /api/v1/lint/rules` item. */
export type LintRuleInfo = RuleInfo;
