import type { Kysely } from "kysely";

/**
 * The shared agenda (issue 3): items in the order the person sets, every version of each item
 * (who changed what, when), and the person's strengths and own goals. Keys lead with
 * organisation_id like everywhere.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("agenda_item")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("own_words", "text")
    .addColumn("raised_by", "text", (c) => c.notNull())
    .addColumn("domains", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("dropped_by", "text")
    .addColumn("drop_reason", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("agenda_item_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("agenda_item_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("agenda_item_person_ix").on("agenda_item").columns(["organisation_id", "person_id", "position"]).execute();

  await db.schema
    .createTable("agenda_item_version")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("item_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("changed_by", "text", (c) => c.notNull())
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("changes", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("agenda_item_version_pk", ["organisation_id", "item_id", "version"])
    .addForeignKeyConstraint("agenda_item_version_item_fk", ["organisation_id", "item_id"], "agenda_item", ["organisation_id", "id"])
    .execute();

  await db.schema
    .createTable("strength")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("removed_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("strength_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("strength_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
