import type { Kysely } from "kysely";

/**
 * Referrals (issue 7): the person connected to a service or organisation, followed until they
 * have access. Every status change is an event, in order, so the history replays to the status.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organisation").addColumn("referral_followup_days", "integer", (c) => c.notNull().defaultTo(14)).execute();

  await db.schema
    .createTable("referral")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("service_id", "text")
    .addColumn("organisation_name", "text")
    .addColumn("institution_category", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("shared", "text")
    .addColumn("consent_given", "integer", (c) => c.notNull())
    .addColumn("handover_note", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_changed_at", "text", (c) => c.notNull())
    .addColumn("outcome_own_words", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("referral_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("referral_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("referral_person_ix").on("referral").columns(["organisation_id", "person_id", "created_at"]).execute();
  await db.schema.createIndex("referral_status_ix").on("referral").columns(["organisation_id", "status", "status_changed_at"]).execute();

  await db.schema
    .createTable("referral_event")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("referral_id", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("own_words", "text")
    .addColumn("barrier", "integer", (c) => c.notNull())
    .addColumn("barrier_reason", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("referral_event_pk", ["organisation_id", "referral_id", "seq"])
    .addForeignKeyConstraint("referral_event_referral_fk", ["organisation_id", "referral_id"], "referral", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("referral_event_person_ix").on("referral_event").columns(["organisation_id", "person_id", "at"]).execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
