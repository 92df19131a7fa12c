import type { Executor } from "../../db/executor.js";

/** The organization's raw settings JSON, or undefined when the organization does not exist. */
export async function findSettingsJson(db: Executor, organizationId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("organizations")
    .select("settings")
    .where("id", "=", organizationId)
    .executeTakeFirst();
  return row?.settings;
}

export async function updateSettingsJson(db: Executor, organizationId: string, settings: string): Promise<void> {
  await db.updateTable("organizations").set({ settings }).where("id", "=", organizationId).execute();
}
