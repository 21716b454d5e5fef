import { sql, type Kysely } from "kysely";
import { dialectOf, perDialect } from "../dialect.ts";

/**
 * The social map (issue 5): every HSDS 3.0 row as imported (lossless, so export gives back what
 * came in), a search index per service (folded text, filters as facets, opening hours, full
 * text: FTS5 on SQLite, a tsvector on PostgreSQL), the workers' own contacts at services, and
 * whether the organisation's map is readable by anyone through the HSDS API.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organisation").addColumn("socialmap_public", "integer", (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable("socialmap_record")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("table_name", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("socialmap_record_pk", ["organisation_id", "table_name", "id"])
    .addForeignKeyConstraint("socialmap_record_org_fk", ["organisation_id"], "organisation", ["id"])
    .execute();

  await db.schema
    .createTable("socialmap_service")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("organization_id", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_search", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("match_fields", "text", (c) => c.notNull())
    .addColumn("opening", "text", (c) => c.notNull())
    .addColumn("free", "integer", (c) => c.notNull())
    .addColumn("modified_at", "text")
    .addColumn("document", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("socialmap_service_pk", ["organisation_id", "service_id"])
    .addForeignKeyConstraint("socialmap_service_org_fk", ["organisation_id"], "organisation", ["id"])
    .execute();
  await db.schema.createIndex("socialmap_service_name_ix").on("socialmap_service").columns(["organisation_id", "name_search", "service_id"]).execute();

  await db.schema
    .createTable("socialmap_facet")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("facet", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("service_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("socialmap_facet_pk", ["organisation_id", "facet", "value", "service_id"])
    .execute();
  await db.schema.createIndex("socialmap_facet_service_ix").on("socialmap_facet").columns(["organisation_id", "service_id"]).execute();

  // The name to show for a municipality key (the filter's values), rebuilt with the index.
  await db.schema
    .createTable("socialmap_place")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("socialmap_place_pk", ["organisation_id", "key"])
    .execute();

  await perDialect(dialectOf(db), {
    // The folded text is indexed as it is; unicode61 also drops any accent left.
    sqlite: async () => {
      await sql`create virtual table socialmap_fts using fts5(name_text, search_text, organisation_id unindexed, service_id unindexed, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    },
    postgres: async () => {
      await sql`alter table socialmap_service add column search_vector tsvector`.execute(db);
      await sql`create index socialmap_service_fts_ix on socialmap_service using gin (search_vector)`.execute(db);
    },
  });

  await db.schema
    .createTable("socialmap_contact")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("service_id", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text")
    .addColumn("phone", "text")
    .addColumn("email", "text")
    .addColumn("notes", "text")
    .addColumn("team_id", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("removed_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("socialmap_contact_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("socialmap_contact_org_fk", ["organisation_id"], "organisation", ["id"])
    .execute();
  await db.schema.createIndex("socialmap_contact_service_ix").on("socialmap_contact").columns(["organisation_id", "service_id"]).execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
