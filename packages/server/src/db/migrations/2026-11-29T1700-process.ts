import type { Kysely } from "kysely";

/**
 * Procesmatig werken (issue 7): life events (expected and unexpected), agreements whose every
 * change is a version with who, when and why, and the person's confirmation, and evaluation
 * moments the person asks for.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("life_event")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("event_date", "text", (c) => c.notNull())
    .addColumn("expected", "integer", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("domains", "text", (c) => c.notNull())
    .addColumn("what_changes", "text")
    .addColumn("own_words", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("life_event_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("life_event_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("life_event_person_ix").on("life_event").columns(["organisation_id", "person_id", "event_date"]).execute();

  await db.schema
    .createTable("agreement")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("agreement_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("agreement_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("agreement_person_ix").on("agreement").columns(["organisation_id", "person_id"]).execute();

  await db.schema
    .createTable("agreement_version")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("agreement_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("what", "text", (c) => c.notNull())
    .addColumn("who_does_what", "text")
    .addColumn("due_date", "text")
    .addColumn("own_words", "text")
    .addColumn("why", "text")
    .addColumn("changed_by", "text", (c) => c.notNull())
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("confirmed_how", "text")
    .addColumn("confirmed_by", "text")
    .addPrimaryKeyConstraint("agreement_version_pk", ["organisation_id", "agreement_id", "version"])
    .addForeignKeyConstraint("agreement_version_agreement_fk", ["organisation_id", "agreement_id"], "agreement", ["organisation_id", "id"])
    .execute();
  await db.schema
    .createTable("evaluation_request")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .addColumn("done_by", "text")
    .addColumn("outcome", "text")
    .addColumn("own_words", "text")
    .addPrimaryKeyConstraint("evaluation_request_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("evaluation_request_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("evaluation_request_person_ix").on("evaluation_request").columns(["organisation_id", "person_id", "requested_at"]).execute();
  await db.schema.createIndex("agreement_version_person_ix").on("agreement_version").columns(["organisation_id", "person_id", "changed_at"]).execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
