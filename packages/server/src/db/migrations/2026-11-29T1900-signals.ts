import type { Kysely } from "kysely";

/**
 * Structural signals (issue 8): what a worker saw, without identity. No column refers to a
 * person: a keyed pseudonym (an HMAC with a key outside the database) counts distinct people,
 * and the day is kept, not the moment, so a signal cannot be matched to an encounter's time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("signal")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("mechanism_type", "text", (c) => c.notNull())
    .addColumn("themes", "text", (c) => c.notNull())
    .addColumn("domains", "text", (c) => c.notNull())
    .addColumn("institution", "text")
    .addColumn("service_id", "text")
    .addColumn("municipality", "text", (c) => c.notNull())
    .addColumn("municipality_key", "text", (c) => c.notNull())
    .addColumn("people_count", "integer", (c) => c.notNull())
    .addColumn("pseudonym", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("barrier_reason", "text")
    .addColumn("raised_by", "text", (c) => c.notNull())
    .addColumn("raised_on", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("signal_pk", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("signal_raised_ix").on("signal").columns(["organisation_id", "raised_on", "id"]).execute();
  await db.schema.createIndex("signal_raised_by_ix").on("signal").columns(["organisation_id", "raised_by", "raised_on"]).execute();
  // One row per (signal, theme): reports group by theme without unpacking JSON in SQL.
  await db.schema
    .createTable("signal_theme")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("signal_id", "text", (c) => c.notNull())
    .addColumn("theme", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("signal_theme_pk", ["organisation_id", "signal_id", "theme"])
    .addForeignKeyConstraint("signal_theme_signal_fk", ["organisation_id", "signal_id"], "signal", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("signal_theme_theme_ix").on("signal_theme").columns(["organisation_id", "theme"]).execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
