import type { Kysely } from "kysely";

/**
 * Structural signals (issue 8): what a worker saw, without identity. No column refers to a
 * person: a keyed pseudonym (an HMAC with a key outside the database) counts distinct people,
 * and the day is kept, not the moment, so a signal cannot be matched to an encounter's time.
 * Coordinators bundle signals into dossiers that move through eight phases, every change kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The organisation's k for protected reports: 5 at least, raised by an administrator, never lowered below 5.
  await db.schema.alterTable("organisation").addColumn("signal_report_k", "integer", (c) => c.notNull().defaultTo(5)).execute();
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
    .addColumn("dossier_id", "text")
    .addPrimaryKeyConstraint("signal_pk", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("signal_raised_ix").on("signal").columns(["organisation_id", "raised_on", "id"]).execute();
  await db.schema.createIndex("signal_raised_by_ix").on("signal").columns(["organisation_id", "raised_by", "raised_on"]).execute();
  // One row per (signal, theme) and (signal, domain): reports group by them without unpacking JSON in SQL.
  await db.schema
    .createTable("signal_theme")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("signal_id", "text", (c) => c.notNull())
    .addColumn("theme", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("signal_theme_pk", ["organisation_id", "signal_id", "theme"])
    .addForeignKeyConstraint("signal_theme_signal_fk", ["organisation_id", "signal_id"], "signal", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("signal_theme_theme_ix").on("signal_theme").columns(["organisation_id", "theme"]).execute();
  await db.schema
    .createTable("signal_domain")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("signal_id", "text", (c) => c.notNull())
    .addColumn("domain", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("signal_domain_pk", ["organisation_id", "signal_id", "domain"])
    .addForeignKeyConstraint("signal_domain_signal_fk", ["organisation_id", "signal_id"], "signal", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("signal_dossier_ix").on("signal").columns(["organisation_id", "dossier_id"]).execute();

  await db.schema
    .createTable("signal_dossier")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("trekker_id", "text", (c) => c.notNull())
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("analysis", "text")
    .addColumn("position", "text")
    .addColumn("actions", "text")
    .addColumn("decisions", "text")
    .addColumn("feedback", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("signal_dossier_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("signal_dossier_trekker_fk", ["organisation_id", "trekker_id"], "user_account", ["organisation_id", "id"])
    .execute();
  // Every change of a dossier, dated: the phase, the texts, the trekker, its signals.
  await db.schema
    .createTable("signal_dossier_change")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("dossier_id", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("value", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("signal_dossier_change_pk", ["organisation_id", "dossier_id", "seq"])
    .addForeignKeyConstraint("signal_dossier_change_dossier_fk", ["organisation_id", "dossier_id"], "signal_dossier", ["organisation_id", "id"])
    .execute();
  // A person's testimony in a dossier, in their own words, with their consent: shown without identity unless they choose a name.
  await db.schema
    .createTable("signal_testimony")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("dossier_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("shown_name", "text")
    .addColumn("publishable", "integer", (c) => c.notNull())
    .addColumn("consent_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("signal_testimony_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("signal_testimony_dossier_fk", ["organisation_id", "dossier_id"], "signal_dossier", ["organisation_id", "id"])
    .addForeignKeyConstraint("signal_testimony_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("signal_testimony_person_ix").on("signal_testimony").columns(["organisation_id", "person_id"]).execute();
  // A dossier published as a public page: a snapshot of what the coordinator saw in the preview.
  await db.schema
    .createTable("signal_publication")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("dossier_id", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.notNull())
    .addColumn("withdrawn_at", "text")
    .addPrimaryKeyConstraint("signal_publication_pk", ["organisation_id", "slug"])
    .addForeignKeyConstraint("signal_publication_dossier_fk", ["organisation_id", "dossier_id"], "signal_dossier", ["organisation_id", "id"])
    .execute();
  // Public pages are found by slug alone (no organisation in the address): a global table, like login_identity.
  await db.schema
    .createTable("public_slug")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
