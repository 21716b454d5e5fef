import type { Kysely } from "kysely";

/**
 * The person's own words (issue 7): who wrote them down, the person in the portal or the worker
 * with them, so both voices can be shown for what they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("life_event").addColumn("own_words_by", "text").execute();
  await db.schema.alterTable("evaluation_request").addColumn("own_words_by", "text").execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
