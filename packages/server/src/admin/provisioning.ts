import type { Kysely, Transaction } from "kysely";
import { AppError, type Clock, type Role } from "@nabij/domain";
import type { Database } from "../db/schema.ts";
import { toJson } from "../db/values.ts";
import { newId } from "../ids.ts";
import { normalizeEmail } from "../users/user.repository.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Creating organisations, teams and accounts outside a request: the CLI, the demo and tests.
 * Requests use the admin routes, which call the same functions inside an audited transaction.
 */
export async function createOrganisation(db: Db, clock: Clock, input: { name: string; lapseDays?: number; languages?: string[] }): Promise<string> {
  const id = newId(clock);
  const now = clock.now().toISOString();
  await db
    .insertInto("organisation")
    .values({ id, name: input.name, lapse_days: input.lapseDays ?? 30, languages: toJson(input.languages ?? ["nl-BE", "fr-BE", "en"]), calendar_full_names: 0, portal_shows_private_notes: 0, life_domains_version: 0, socialmap_public: 0, referral_followup_days: 14, signal_report_k: 5, created_at: now, updated_at: now, version: 1 })
    .execute();
  await db.insertInto("organisation_counter").values({ organisation_id: id, name: "audit", value: 0 }).execute();
  return id;
}

export async function createTeam(db: Db, clock: Clock, organisationId: string, name: string): Promise<string> {
  const id = newId(clock);
  const now = clock.now().toISOString();
  await db.insertInto("team").values({ organisation_id: organisationId, id, name, created_at: now, updated_at: now, version: 1 }).execute();
  return id;
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  teamIds?: string[];
  language?: string;
  /** A hash for an active account; without it the account waits for its invitation. */
  passwordHash?: string;
}

export async function createUser(db: Db, clock: Clock, organisationId: string, input: NewUser): Promise<string> {
  const id = newId(clock);
  const now = clock.now().toISOString();
  const email = normalizeEmail(input.email);
  const taken = await db.selectFrom("login_identity").select("email").where("email", "=", email).executeTakeFirst();
  if (taken) throw new AppError("conflict", "An account with this e-mail address exists already", [{ path: "body.email", code: "duplicate", message: "Already in use" }]);
  await db
    .insertInto("user_account")
    .values({
      organisation_id: organisationId,
      id,
      email,
      display_name: input.displayName,
      role: input.role,
      status: input.passwordHash ? "active" : "invited",
      language: input.language ?? "nl-BE",
      password_hash: input.passwordHash ?? null,
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await db.insertInto("login_identity").values({ email, organisation_id: organisationId, user_id: id }).execute();
  await setTeams(db, clock, organisationId, id, input.teamIds ?? []);
  return id;
}

/** Replaces a user's team memberships; every team must belong to the organisation. */
export async function setTeams(db: Db, clock: Clock, organisationId: string, userId: string, teamIds: string[]): Promise<void> {
  const wanted = [...new Set(teamIds)];
  if (wanted.length > 0) {
    const found = await db.selectFrom("team").select("id").where("organisation_id", "=", organisationId).where("id", "in", wanted).execute();
    const known = new Set(found.map((t) => t.id));
    const missing = wanted.findIndex((t) => !known.has(t));
    if (missing >= 0) throw new AppError("validation_failed", "Unknown team", [{ path: `body.teamIds.${missing}`, code: "unknown_team", message: "No team with this id in your organisation" }]);
  }
  await db.deleteFrom("team_membership").where("organisation_id", "=", organisationId).where("user_id", "=", userId).execute();
  if (wanted.length === 0) return;
  const now = clock.now().toISOString();
  await db.insertInto("team_membership").values(wanted.map((teamId) => ({ organisation_id: organisationId, team_id: teamId, user_id: userId, created_at: now }))).execute();
}
