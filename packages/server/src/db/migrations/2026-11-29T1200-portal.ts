import type { Kysely } from "kysely";
import { sql } from "kysely";

/**
 * The person's own Nabij (issue 4): person accounts with their own login names, one-time
 * invitation codes and sessions (a realm apart from workers'), consents as first-class records,
 * requests to move an appointment, notes shared with the person, and in the audit log the
 * actor's own organisation (a consent lets a worker of another organisation read) and whether an
 * event was a read or a write (for "who looked at my file").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("organisation").addColumn("portal_shows_private_notes", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("encounter").addColumn("note_shared", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("audit_event").addColumn("actor_organisation_id", "text").execute();
  await db.schema.alterTable("audit_event").addColumn("access_kind", "text").execute();

  await db.schema
    .createTable("person_account")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("login", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("failed_logins", "integer", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .addColumn("last_login_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .addColumn("ended_by", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("person_account_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("person_account_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  // One open account per person; ended accounts stay for the record.
  await db.schema.createIndex("person_account_open_uq").on("person_account").columns(["organisation_id", "person_id"]).unique().where(sql.ref("ended_at"), "is", null).execute();

  // Global, like login_identity: a login name leads to its organisation. Freed when the account ends.
  await db.schema
    .createTable("portal_login")
    .addColumn("login", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("account_id", "text", (c) => c.notNull())
    .execute();

  // Global by code hash: the person types a short code that carries no organisation.
  await db.schema
    .createTable("portal_invitation")
    .addColumn("code_hash", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisation.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("failed_attempts", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("portal_invitation_id_uq", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("portal_invitation_person_ix").on("portal_invitation").columns(["organisation_id", "person_id"]).execute();

  await db.schema
    .createTable("portal_session")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .addColumn("ended_reason", "text")
    .addPrimaryKeyConstraint("portal_session_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("portal_session_account_fk", ["organisation_id", "account_id"], "person_account", ["organisation_id", "id"])
    .execute();

  await db.schema
    .createTable("consent")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("recipient_organisation_id", "text")
    .addColumn("recipient_user_id", "text")
    .addColumn("scopes", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("given_how", "text", (c) => c.notNull())
    .addColumn("recorded_by_kind", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_until", "text")
    .addColumn("withdrawn_at", "text")
    .addColumn("withdrawn_by_kind", "text")
    .addColumn("withdrawn_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("consent_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("consent_person_fk", ["organisation_id", "person_id"], "person", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("consent_person_ix").on("consent").columns(["organisation_id", "person_id"]).execute();
  // The access context looks consents up by recipient and person.
  await db.schema.createIndex("consent_recipient_org_ix").on("consent").columns(["recipient_organisation_id", "person_id"]).execute();
  await db.schema.createIndex("consent_recipient_user_ix").on("consent").columns(["recipient_user_id", "person_id"]).execute();

  await db.schema
    .createTable("appointment_move_request")
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("appointment_id", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addPrimaryKeyConstraint("appointment_move_request_pk", ["organisation_id", "id"])
    .addForeignKeyConstraint("appointment_move_request_appointment_fk", ["organisation_id", "appointment_id"], "appointment", ["organisation_id", "id"])
    .execute();
  await db.schema.createIndex("appointment_move_request_ix").on("appointment_move_request").columns(["organisation_id", "appointment_id"]).execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are append-only; restore from a backup instead of migrating down.");
}
