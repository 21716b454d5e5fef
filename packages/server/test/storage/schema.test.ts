import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "../../src/db/migrations/index.ts";
import { DIALECTS, openTestStore, type TestStore } from "../support/databases.ts";

/** The tables and columns the code expects (src/db/schema.ts), per table. */
const EXPECTED: Record<string, string[]> = {
  organisation: ["id", "name", "lapse_days", "languages", "calendar_full_names", "portal_shows_private_notes", "life_domains_version", "socialmap_public", "referral_followup_days", "signal_report_k", "created_at", "updated_at", "version"],
  login_identity: ["email", "organisation_id", "user_id"],
  team: ["organisation_id", "id", "name", "created_at", "updated_at", "version"],
  user_account: ["organisation_id", "id", "email", "display_name", "role", "status", "language", "password_hash", "failed_logins", "locked_until", "last_login_at", "created_at", "updated_at", "version"],
  team_membership: ["organisation_id", "team_id", "user_id", "created_at"],
  invitation: ["organisation_id", "id", "user_id", "token_hash", "expires_at", "used_at", "created_by", "created_at"],
  session: ["organisation_id", "id", "user_id", "csrf_token", "created_at", "last_seen_at", "expires_at", "ended_at", "ended_reason"],
  person: ["organisation_id", "id", "display_name", "display_name_search", "legal_name", "legal_name_search", "birth_date", "insz", "phone", "email", "languages", "contact_preference", "created_by", "created_at", "updated_at", "version"],
  involvement: ["organisation_id", "person_id", "user_id", "created_by", "created_at"],
  encounter: ["organisation_id", "id", "started_at", "duration_minutes", "place_type", "note", "anonymous_nickname", "anonymous_description", "anonymous_head_count", "note_shared", "domains", "created_by", "created_at", "updated_at", "version"],
  encounter_person: ["organisation_id", "encounter_id", "person_id"],
  encounter_worker: ["organisation_id", "encounter_id", "user_id"],
  audit_event: ["organisation_id", "seq", "occurred_at", "actor_kind", "actor_id", "action", "entity_type", "entity_id", "person_id", "person_ids", "basis", "consent_id", "reason", "outcome", "request_id", "prev_hash", "hash", "actor_organisation_id", "access_kind"],
  organisation_counter: ["organisation_id", "name", "value"],
  agenda_item: ["organisation_id", "id", "person_id", "title", "own_words", "raised_by", "domains", "status", "dropped_by", "drop_reason", "position", "created_by", "created_at", "updated_at", "version"],
  agenda_item_version: ["organisation_id", "item_id", "version", "changed_by", "changed_at", "changes"],
  strength: ["organisation_id", "id", "person_id", "kind", "text", "created_by", "created_at", "updated_at", "removed_at", "version"],
  appointment: ["organisation_id", "id", "person_id", "starts_at", "duration_minutes", "place", "status", "reason", "sequence", "created_by", "created_at", "updated_at", "version"],
  appointment_agenda_item: ["organisation_id", "appointment_id", "item_id"],
  appointment_worker: ["organisation_id", "appointment_id", "user_id"],
  calendar_feed: ["organisation_id", "id", "owner_kind", "user_id", "person_id", "token_hash", "created_by", "created_at", "revoked_at"],
  encounter_link: ["organisation_id", "id", "encounter_id", "person_id", "consent_method", "consent_note", "linked_by", "linked_at", "unlinked_by", "unlinked_at"],
  person_account: ["organisation_id", "id", "person_id", "login", "password_hash", "language", "failed_logins", "locked_until", "last_login_at", "created_at", "ended_at", "ended_by", "version"],
  portal_login: ["login", "organisation_id", "account_id"],
  portal_invitation: ["code_hash", "organisation_id", "id", "person_id", "expires_at", "used_at", "revoked_at", "failed_attempts", "created_by", "created_at"],
  portal_session: ["organisation_id", "id", "account_id", "csrf_token", "created_at", "last_seen_at", "expires_at", "ended_at", "ended_reason"],
  consent: ["organisation_id", "id", "person_id", "recipient_organisation_id", "recipient_user_id", "scopes", "purpose", "given_how", "recorded_by_kind", "recorded_by", "valid_from", "valid_until", "withdrawn_at", "withdrawn_by_kind", "withdrawn_by", "created_at"],
  appointment_move_request: ["organisation_id", "id", "appointment_id", "message", "requested_at", "closed_at"],
  life_domain_setting: ["organisation_id", "key", "labels", "hidden", "position"],
  assessment: ["organisation_id", "id", "person_id", "assessed_at", "person_took_part", "worker_ids", "others", "note", "created_by", "created_at"],
  assessment_rating: ["organisation_id", "assessment_id", "domain", "person_rating", "worker_rating", "note"],
  network_tie: ["organisation_id", "id", "person_id", "name", "kind", "relation", "closeness", "support", "stress", "note", "service_id", "contact_id", "created_by", "created_at", "updated_at", "removed_at", "version"],
  socialmap_record: ["organisation_id", "table_name", "id", "data"],
  socialmap_service: ["organisation_id", "service_id", "organization_id", "name", "name_search", "status", "search_text", "match_fields", "opening", "free", "modified_at", "document"],
  socialmap_facet: ["organisation_id", "facet", "value", "service_id"],
  socialmap_place: ["organisation_id", "key", "name"],
  referral: ["organisation_id", "id", "person_id", "service_id", "organisation_name", "institution_category", "reason", "shared", "consent_given", "handover_note", "status", "status_changed_at", "outcome_own_words", "created_by", "created_at", "updated_at", "version"],
  referral_event: ["organisation_id", "referral_id", "seq", "person_id", "from_status", "to_status", "reason", "own_words", "barrier", "barrier_reason", "at", "by"],
  life_event: ["organisation_id", "id", "person_id", "kind", "event_date", "expected", "title", "domains", "what_changes", "own_words", "own_words_by", "created_by", "created_at"],
  agreement: ["organisation_id", "id", "person_id", "version", "created_by", "created_at", "updated_at"],
  agreement_version: ["organisation_id", "agreement_id", "version", "person_id", "what", "who_does_what", "due_date", "own_words", "why", "changed_by", "changed_at", "confirmed_at", "confirmed_how", "confirmed_by"],
  evaluation_request: ["organisation_id", "id", "person_id", "note", "requested_at", "requested_by", "done_at", "done_by", "outcome", "own_words", "own_words_by"],
  signal: ["organisation_id", "id", "text", "mechanism_type", "themes", "domains", "institution", "service_id", "municipality", "municipality_key", "people_count", "pseudonym", "source", "barrier_reason", "raised_by", "raised_on", "dossier_id"],
  signal_theme: ["organisation_id", "signal_id", "theme"],
  signal_domain: ["organisation_id", "signal_id", "domain"],
  signal_dossier: ["organisation_id", "id", "title", "trekker_id", "phase", "analysis", "position", "actions", "decisions", "feedback", "created_by", "created_at", "updated_at", "version"],
  signal_dossier_change: ["organisation_id", "dossier_id", "seq", "field", "value", "at", "by"],
  signal_testimony: ["organisation_id", "id", "dossier_id", "person_id", "text", "shown_name", "publishable", "consent_at", "recorded_by"],
  signal_publication: ["organisation_id", "slug", "dossier_id", "content", "published_at", "published_by", "withdrawn_at"],
  public_slug: ["slug", "organisation_id", "kind"],
  initiative: ["organisation_id", "id", "title", "kind", "aim", "municipality", "neighbourhood", "started_on", "ended_on", "head_count", "created_by", "created_at", "updated_at", "version"],
  initiative_activity: ["organisation_id", "initiative_id", "id", "activity_date", "place", "what_happened", "head_count", "created_by", "created_at"],
  initiative_participant: ["organisation_id", "initiative_id", "person_id", "consent_at", "added_by"],
  initiative_link: ["organisation_id", "initiative_id", "kind", "target"],
  rights_situation: ["organisation_id", "person_id", "version", "situation", "recorded_at", "recorded_by"],
  rights_check: ["organisation_id", "id", "person_id", "situation_version", "check_date", "checked_at", "pack_fingerprint", "trigger", "results", "checked_by"],
  rights_outcome: ["organisation_id", "person_id", "right_id", "outcome", "automatic", "check_id", "checked_at"],
  rights_take_up: ["organisation_id", "person_id", "right_id", "status", "status_date", "note", "updated_at", "updated_by"],
  rights_take_up_event: ["organisation_id", "id", "person_id", "right_id", "status", "status_date", "note", "recorded_at", "recorded_by"],
  socialmap_contact: ["organisation_id", "id", "service_id", "name", "role", "phone", "email", "notes", "team_id", "created_by", "created_at", "updated_at", "removed_at", "version"],
  job: ["organisation_id", "id", "kind", "payload", "run_at", "status", "attempts", "max_attempts", "locked_by", "locked_until", "last_error", "created_at", "updated_at"],
};

/**
 * Full text differs per database (db/dialect.ts): SQLite has an FTS5 table (and its shadow
 * tables), PostgreSQL a tsvector column. The FTS5 table mirrors socialmap_service and is rebuilt
 * with it, so its columns may be null.
 */
const FULL_TEXT: Record<string, Record<string, string[]>> = {
  sqlite: { socialmap_fts: ["name_text", "search_text", "organisation_id", "service_id"] },
  postgres: { socialmap_service: [...(EXPECTED.socialmap_service ?? []), "search_vector"] },
};
const FTS_SHADOW = /^socialmap_fts_(data|idx|content|docsize|config)$/;

/** Tables without organisation_id: documented in ARCHITECTURE.md. */
const GLOBAL_TABLES = ["organisation", "login_identity"];

describe("migrations", () => {
  it("are named by date and listed in order, one file each", () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+$/);
    const files = readdirSync(new URL("../../src/db/migrations/", import.meta.url)).filter((f) => f !== "index.ts");
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(names);
  });
});

describe.each(DIALECTS)("schema on %s", (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(dialect);
  });
  afterAll(async () => store.close());

  it("an empty database, migrated, has exactly the tables and columns the code expects", async () => {
    const tables = await store.db.introspection.getTables();
    const actual = Object.fromEntries(tables.filter((t) => !t.name.startsWith("nabij_migration") && !FTS_SHADOW.test(t.name)).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
    const expected = Object.fromEntries(Object.entries({ ...EXPECTED, ...FULL_TEXT[dialect] }).map(([t, cols]) => [t, [...cols].sort()]));
    expect(actual).toEqual(expected);
  });

  it("every table with organisational data carries organisation_id", async () => {
    const tables = await store.db.introspection.getTables();
    for (const table of tables.filter((t) => !t.name.startsWith("nabij_migration") && !GLOBAL_TABLES.includes(t.name) && !t.name.startsWith("socialmap_fts"))) {
      const column = table.columns.find((c) => c.name === "organisation_id");
      expect(column, table.name).toBeDefined();
      expect(column?.isNullable, table.name).toBe(false);
    }
  });
});
