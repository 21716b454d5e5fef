import type { Kysely } from "kysely";

/**
 * Appointments with their agenda items and workers, private calendar feeds (iCalendar), the
 * organisation's choice whether workers' feeds may show persons' full names, and links from
 * anonymous encounters to persons (with consent).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organisation").addColumn("calendar_full_names", "integer", (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable("appointment")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull())
    .addColumn("place", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("sequence", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("appointment_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("appointment_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("appointment_person_ix").on("appointment").columns(["organisation_id", "person_id", "starts_at"]).execute();

  await db.schema
    .createTable("appointment_agenda_item")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("appointment_id", "text", (c) => c.notNull())
    .addColumn("item_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("appointment_agenda_item_pk", ["organisation_id", "appointment_id", "item_id"])
    .addForeignKeyConstraint("appointment_agenda_item_appointment_fk", ["organisation_id", "appointment_id"], "appointment", ["organisation_id", "id"])
    .addForeignKeyConstraint("appointment_agenda_item_item_fk", ["organisation_id", "item_id"], "agenda_item", ["organisation_id", "id"])
    .execute();

  await db.schema
    .createTable("appointment_worker")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("appointment_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("appointment_worker_pk", ["organisation_id", "appointment_id", "user_id"])
    .addForeignKeyConstraint("appointment_worker_appointment_fk", ["organisation_id", "appointment_id"], "appointment", ["organisation_id", "id"])
    .addForeignKeyConstraint("appointment_worker_user_fk", ["organisation_id", "user_id"], "user_account", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("appointment_worker_user_ix").on("appointment_worker").columns(["organisation_id", "user_id", "appointment_id"]).execute();

  await db.schema
    .createTable("calendar_feed")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("owner_kind", "text", (c) => c.notNull())
    .addColumn("user_id", "text")
    .addColumn("person_id", "text")
    .addColumn("token_hash", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addPrimaryKeyConstraint("calendar_feed_pk", ["organisation_id", "id"])
    .addUniqueConstraint("calendar_feed_token_uq", ["organisation_id", "token_hash"])
    .execute();

  // An anonymous encounter later linked to a person, with the consent recorded; undo keeps the row.
  await db.schema
    .createTable("encounter_link")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("encounter_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("consent_method", "text", (c) => c.notNull())
    .addColumn("consent_note", "text")
    .addColumn("linked_by", "text", (c) => c.notNull())
    .addColumn("linked_at", "text", (c) => c.notNull())
    .addColumn("unlinked_by", "text")
    .addColumn("unlinked_at", "text")
    .addPrimaryKeyConstraint("encounter_link_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("encounter_link_encounter_fk", ["organisation_id", "encounter_id"], "encounter", ["organisation_id", "id"])
    .addForeignKeyConstraint("encounter_link_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
