import type { Kysely, Transaction } from "kysely";
import type { RequestContext } from "../access/context.ts";
import type { Database, UserAccountTable } from "../db/schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** The signed-in user as the web app sees them. */
export interface SessionUser {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  displayName: string;
  role: UserAccountTable["role"];
  language: string;
  teamIds: string[];
}

export async function findSessionUser(db: Db, organisationId: string, userId: string): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom("user_account")
    .innerJoin("organisation", "organisation.id", "user_account.organisation_id")
    .select(["user_account.id", "user_account.email", "user_account.display_name", "user_account.role", "user_account.language", "organisation.name as organisation_name"])
    .where("user_account.organisation_id", "=", organisationId)
    .where("user_account.id", "=", userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const teams = await teamIdsOf(db, organisationId, [userId]);
  return {
    id: row.id,
    organisationId,
    organisationName: row.organisation_name,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    language: row.language,
    teamIds: teams.get(userId) ?? [],
  };
}

export async function teamIdsOf(db: Db, organisationId: string, userIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (userIds.length === 0) return result;
  const rows = await db.selectFrom("team_membership").select(["user_id", "team_id"]).where("organisation_id", "=", organisationId).where("user_id", "in", userIds).orderBy("team_id").execute();
  for (const row of rows) result.set(row.user_id, [...(result.get(row.user_id) ?? []), row.team_id]);
  return result;
}

export async function findLogin(db: Db, email: string): Promise<UserAccountTable | undefined> {
  const identity = await db.selectFrom("login_identity").selectAll().where("email", "=", email).executeTakeFirst();
  if (!identity) return undefined;
  return db.selectFrom("user_account").selectAll().where("organisation_id", "=", identity.organisation_id).where("id", "=", identity.user_id).executeTakeFirst();
}

/** Active accounts of an organisation, by name: colleagues to pick as present or involved. */
export async function listColleagues(db: Db, organisationId: string): Promise<Array<{ id: string; displayName: string; role: string }>> {
  const rows = await db
    .selectFrom("user_account")
    .select(["id", "display_name", "role"])
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "active")
    .orderBy("display_name")
    .execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role }));
}

/** Which of the given ids are active users of the organisation (to reject foreign ids). */
export async function existingUserIds(db: Db, organisationId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom("user_account").select("id").where("organisation_id", "=", organisationId).where("id", "in", ids).where("status", "=", "active").execute();
  return new Set(rows.map((r) => r.id));
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** The signed-in user's own interface language; audited like every account change. */
export async function setOwnLanguage(ctx: RequestContext, language: string): Promise<void> {
  const { organisationId, userId } = ctx.user;
  await ctx.transaction(async (trx) => {
    await trx.updateTable("user_account").set({ language, updated_at: ctx.now() }).where("organisation_id", "=", organisationId).where("id", "=", userId).execute();
    await ctx.auditWrite(trx, { action: "user.update", entityType: "user", entityId: userId });
  });
}

/**
 * Counts a failed login in one statement (parallel failures each count), and locks the
 * account once the count reaches `maxFailures`, resetting the count for after the lock.
 */
export async function recordFailedLogin(db: Db, organisationId: string, userId: string, lock: { maxFailures: number; lockUntil: string }): Promise<void> {
  const row = await db
    .updateTable("user_account")
    .set((eb) => ({ failed_logins: eb("failed_logins", "+", 1) }))
    .where("organisation_id", "=", organisationId)
    .where("id", "=", userId)
    .returning("failed_logins")
    .executeTakeFirst();
  if (row && Number(row.failed_logins) >= lock.maxFailures) {
    await db
      .updateTable("user_account")
      .set({ failed_logins: 0, locked_until: lock.lockUntil })
      .where("organisation_id", "=", organisationId)
      .where("id", "=", userId)
      .where("failed_logins", ">=", lock.maxFailures)
      .execute();
  }
}

export async function recordLogin(db: Db, organisationId: string, userId: string, at: string): Promise<void> {
  await db.updateTable("user_account").set({ failed_logins: 0, locked_until: null, last_login_at: at }).where("organisation_id", "=", organisationId).where("id", "=", userId).execute();
}

/** Display names of accounts by id (any status: an author who left keeps their name in history). */
export async function userNames(db: Db, organisationId: string, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id) => !id.startsWith("person:")))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("user_account").select(["id", "display_name"]).where("organisation_id", "=", organisationId).where("id", "in", wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
