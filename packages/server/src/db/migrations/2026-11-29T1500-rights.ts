import type { Kysely } from "kysely";

/**
 * Rights as code (issue 6): a person's situation as versions with their dates, the checks run
 * on it (with the pack fingerprint, so a change of rules or figures is noticed), the latest
 * outcome per right (what the radar reads), and take-up per right with its history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rights_situation")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("situation", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rights_situation_pk", ["organisation_id", "person_id", "version"])
    .addForeignKeyConstraint("rights_situation_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();

  await db.schema
    .createTable("rights_check")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("situation_version", "integer", (c) => c.notNull())
    .addColumn("check_date", "text", (c) => c.notNull())
    .addColumn("checked_at", "text", (c) => c.notNull())
    .addColumn("pack_fingerprint", "text", (c) => c.notNull())
    .addColumn("trigger", "text", (c) => c.notNull())
    .addColumn("results", "text", (c) => c.notNull())
    .addColumn("checked_by", "text")
    .addPrimaryKeyConstraint("rights_check_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("rights_check_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("rights_check_person_ix").on("rights_check").columns(["organisation_id", "person_id", "checked_at"]).execute();

  await db.schema
    .createTable("rights_outcome")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("right_id", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("automatic", "integer", (c) => c.notNull())
    .addColumn("check_id", "text", (c) => c.notNull())
    .addColumn("checked_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rights_outcome_pk", ["organisation_id", "person_id", "right_id"])
    .addForeignKeyConstraint("rights_outcome_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("rights_outcome_right_ix").on("rights_outcome").columns(["organisation_id", "right_id", "outcome"]).execute();

  await db.schema
    .createTable("rights_take_up")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("right_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_date", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rights_take_up_pk", ["organisation_id", "person_id", "right_id"])
    .addForeignKeyConstraint("rights_take_up_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();

  await db.schema
    .createTable("rights_take_up_event")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("right_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_date", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rights_take_up_event_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("rights_take_up_event_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("rights_take_up_event_ix").on("rights_take_up_event").columns(["organisation_id", "person_id", "right_id", "recorded_at"]).execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
