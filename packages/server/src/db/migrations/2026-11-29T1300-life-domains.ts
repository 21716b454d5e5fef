import type { Kysely } from "kysely";

/**
 * Life domains and the person's network (issue 5): an organisation's own names, order and
 * choice of domains; assessments over time (per domain the person's and the worker's rating);
 * life domains on encounters; the person's network ties (the ecomap).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organisation").addColumn("life_domains_version", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("encounter").addColumn("domains", "text", (c) => c.notNull().defaultTo("[]")).execute();

  await db.schema
    .createTable("life_domain_setting")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("labels", "text")
    .addColumn("hidden", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("life_domain_setting_pk", ["organisation_id", "key"])
    .addForeignKeyConstraint("life_domain_setting_org_fk", ["organisation_id"], "organisation", ["id"])
    .execute();

  await db.schema
    .createTable("assessment")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("assessed_at", "text", (c) => c.notNull())
    .addColumn("person_took_part", "integer", (c) => c.notNull())
    .addColumn("worker_ids", "text", (c) => c.notNull())
    .addColumn("others", "text")
    .addColumn("note", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("assessment_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("assessment_person_ix").on("assessment").columns(["organisation_id", "person_id", "assessed_at"]).execute();

  await db.schema
    .createTable("assessment_rating")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("assessment_id", "text", (c) => c.notNull())
    .addColumn("domain", "text", (c) => c.notNull())
    .addColumn("person_rating", "integer")
    .addColumn("worker_rating", "integer")
    .addColumn("note", "text")
    .addPrimaryKeyConstraint("assessment_rating_pk", ["organisation_id", "assessment_id", "domain"])
    .addForeignKeyConstraint("assessment_rating_assessment_fk", ["organisation_id", "assessment_id"], "assessment", ["organisation_id", "id"])
    .execute();

  await db.schema
    .createTable("network_tie")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("relation", "text")
    .addColumn("closeness", "text", (c) => c.notNull())
    .addColumn("support", "text", (c) => c.notNull())
    .addColumn("stress", "integer", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("service_id", "text")
    .addColumn("contact_id", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("removed_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("network_tie_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("network_tie_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("network_tie_person_ix").on("network_tie").columns(["organisation_id", "person_id"]).execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
