import type { Kysely } from "kysely";

/**
 * Collective initiatives (issue 8): buurtwerk and group work with activities, participants
 * (persons with consent, or a head count), partners and the dossiers and signals addressed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("initiative")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("aim", "text", (c) => c.notNull())
    .addColumn("municipality", "text", (c) => c.notNull())
    .addColumn("neighbourhood", "text")
    .addColumn("started_on", "text")
    .addColumn("ended_on", "text")
    .addColumn("head_count", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("initiative_pk", ["organisation_id", "id"])
    .execute();
  await db.schema
    .createTable("initiative_activity")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("initiative_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("activity_date", "text", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("what_happened", "text", (c) => c.notNull())
    .addColumn("head_count", "integer")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("initiative_activity_pk", ["organisation_id", "initiative_id", "id"])
    .addForeignKeyConstraint("initiative_activity_initiative_fk", ["organisation_id", "initiative_id"], "initiative", ["organisation_id", "id"])
    .execute();
  await db.schema
    .createTable("initiative_participant")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("initiative_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("consent_at", "text", (c) => c.notNull())
    .addColumn("added_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("initiative_participant_pk", ["organisation_id", "initiative_id", "person_id"])
    .addForeignKeyConstraint("initiative_participant_initiative_fk", ["organisation_id", "initiative_id"], "initiative", ["organisation_id", "id"])
    .addForeignKeyConstraint("initiative_participant_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("initiative_participant_person_ix").on("initiative_participant").columns(["organisation_id", "person_id"]).execute();
  // Partners (a social map service or a named organisation) and what the initiative addresses (a dossier or a signal).
  await db.schema
    .createTable("initiative_link")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("initiative_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("initiative_link_pk", ["organisation_id", "initiative_id", "kind", "target"])
    .addForeignKeyConstraint("initiative_link_initiative_fk", ["organisation_id", "initiative_id"], "initiative", ["organisation_id", "id"])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
