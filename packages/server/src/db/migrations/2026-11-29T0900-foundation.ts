import { sql, type CreateTableBuilder, type Kysely } from "kysely";
import { dialectOf, perDialect } from "../dialect.ts";

/**
 * The foundation schema. Dialect-neutral: text, integer and composite keys only.
 * Every table with organisational data leads its keys with organisation_id (sharding).
 */
type Builder = CreateTableBuilder<string, string>;

const ts = "text";

function tenantTable(db: Kysely<unknown>, name: string): Builder {
  return db.schema.createTable(name).addColumn("organisation_id", "text", (c) => c.notNull());
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organisation")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("lapse_days", "integer", (c) => c.notNull())
    .addColumn("languages", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("updated_at", ts, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("login_identity")
    .addColumn("email", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("user_id", "text", (c) => c.notNull())
    .execute();

  await tenantTable(db, "team")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("updated_at", ts, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("team_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("team_org_fk", ["organisation_id"], "organisation", ["id"])
    .execute();

  await tenantTable(db, "user_account")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("failed_logins", "integer", (c) => c.notNull())
    .addColumn("locked_until", ts)
    .addColumn("last_login_at", ts)
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("updated_at", ts, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_account_pk", ["organisation_id", "id"])
    .addUniqueConstraint("user_account_email_uq", ["organisation_id", "email"])
    .addForeignKeyConstraint("user_account_org_fk", ["organisation_id"], "organisation", ["id"])
    .execute();

  await tenantTable(db, "team_membership")
    .addColumn("team_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addPrimaryKeyConstraint("team_membership_pk", ["organisation_id", "team_id", "user_id"])
    .addForeignKeyConstraint("team_membership_team_fk", ["organisation_id", "team_id"], "team", ["organisation_id", "id"])
    .addForeignKeyConstraint("team_membership_user_fk", ["organisation_id", "user_id"], "user_account", ["organisation_id", "id"])
    .execute();

  await tenantTable(db, "invitation")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull())
    .addColumn("expires_at", ts, (c) => c.notNull())
    .addColumn("used_at", ts)
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addPrimaryKeyConstraint("invitation_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("invitation_user_fk", ["organisation_id", "user_id"], "user_account", ["organisation_id", "id"])
    .execute();

  await tenantTable(db, "session")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("last_seen_at", ts, (c) => c.notNull())
    .addColumn("expires_at", ts, (c) => c.notNull())
    .addColumn("ended_at", ts)
    .addColumn("ended_reason", "text")
    .addPrimaryKeyConstraint("session_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("session_user_fk", ["organisation_id", "user_id"], "user_account", ["organisation_id", "id"])
    .execute();

  await tenantTable(db, "person")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("display_name_search", "text", (c) => c.notNull())
    .addColumn("legal_name", "text")
    .addColumn("legal_name_search", "text")
    .addColumn("birth_date", "text")
    .addColumn("insz", "text")
    .addColumn("phone", "text")
    .addColumn("email", "text")
    .addColumn("languages", "text", (c) => c.notNull())
    .addColumn("contact_preference", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("updated_at", ts, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("person_pk", ["organisation_id", "id"])
    .addUniqueConstraint("person_insz_uq", ["organisation_id", "insz"])
    .addForeignKeyConstraint("person_org_fk", ["organisation_id"], "organisation", ["id"])
    .execute();
  // Folded search columns sort byte-wise on both databases (SQLite's default), whatever the
  // PostgreSQL server's locale, so keyset paging and order are the same everywhere.
  await perDialect(dialectOf(db), {
    sqlite: async () => undefined,
    postgres: async () => {
      await sql`alter table person alter column display_name_search type text collate "C", alter column legal_name_search type text collate "C"`.execute(db);
    },
  });
  await db.schema.createIndex("person_display_name_search_ix").on("person").columns(["organisation_id", "display_name_search"]).execute();

  await tenantTable(db, "involvement")
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addPrimaryKeyConstraint("involvement_pk", ["organisation_id", "person_id", "user_id"])
    .addForeignKeyConstraint("involvement_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .addForeignKeyConstraint("involvement_user_fk", ["organisation_id", "user_id"], "user_account", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("involvement_user_ix").on("involvement").columns(["organisation_id", "user_id", "person_id"]).execute();

  await tenantTable(db, "encounter")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("started_at", ts, (c) => c.notNull())
    .addColumn("duration_minutes", "integer")
    .addColumn("place_type", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("anonymous_nickname", "text")
    .addColumn("anonymous_description", "text")
    .addColumn("anonymous_head_count", "integer")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("updated_at", ts, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("encounter_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("encounter_org_fk", ["organisation_id"], "organisation", ["id"])
    .execute();

  await tenantTable(db, "encounter_person")
    .addColumn("encounter_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("encounter_person_pk", ["organisation_id", "encounter_id", "person_id"])
    .addForeignKeyConstraint("encounter_person_encounter_fk", ["organisation_id", "encounter_id"], "encounter", ["organisation_id", "id"])
    .addForeignKeyConstraint("encounter_person_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("encounter_person_person_ix").on("encounter_person").columns(["organisation_id", "person_id", "encounter_id"]).execute();

  await tenantTable(db, "encounter_worker")
    .addColumn("encounter_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("encounter_worker_pk", ["organisation_id", "encounter_id", "user_id"])
    .addForeignKeyConstraint("encounter_worker_encounter_fk", ["organisation_id", "encounter_id"], "encounter", ["organisation_id", "id"])
    .addForeignKeyConstraint("encounter_worker_user_fk", ["organisation_id", "user_id"], "user_account", ["organisation_id", "id"])
    .execute();

  await tenantTable(db, "audit_event")
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("occurred_at", ts, (c) => c.notNull())
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text")
    .addColumn("person_id", "text")
    .addColumn("person_ids", "text")
    .addColumn("basis", "text")
    .addColumn("consent_id", "text")
    .addColumn("reason", "text")
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("request_id", "text")
    .addColumn("prev_hash", "text")
    .addColumn("hash", "text")
    .addPrimaryKeyConstraint("audit_event_pk", ["organisation_id", "seq"])
    .execute();
  await db.schema.createIndex("audit_event_person_ix").on("audit_event").columns(["organisation_id", "person_id", "seq"]).execute();

  await tenantTable(db, "organisation_counter")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("value", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("organisation_counter_pk", ["organisation_id", "name"])
    .execute();

  await tenantTable(db, "job")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("run_at", ts, (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("locked_by", "text")
    .addColumn("locked_until", ts)
    .addColumn("last_error", "text")
    .addColumn("created_at", ts, (c) => c.notNull())
    .addColumn("updated_at", ts, (c) => c.notNull())
    .addPrimaryKeyConstraint("job_pk", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("job_due_ix").on("job").columns(["status", "run_at"]).execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
