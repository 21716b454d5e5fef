import type { Kysely } from "kysely";
import type { Services } from "../access/context.ts";
import type { PersonActor } from "../access/actor.ts";
import type { Database } from "../db/schema.ts";
import { newSessionRow, parseCookie, sessionExpiry, sessionId, shouldTouch, type OpenSession } from "../auth/session-store.ts";

/**
 * Sessions of person accounts: the same rules as workers' (idle and absolute limits, only a
 * keyed hash of the secret stored, a new session and CSRF token at every login), in their own
 * table and cookie, so a person's session is never a worker's.
 */
export async function createPortalSession(services: Services, organisationId: string, accountId: string): Promise<{ cookie: string; csrfToken: string }> {
  const { cookie, csrfToken, row } = newSessionRow(services, organisationId);
  await services.db.insertInto("portal_session").values({ ...row, account_id: accountId }).execute();
  return { cookie, csrfToken };
}

/** Resolves a portal cookie to its person, ending the session when it timed out or the account ended. */
export async function resolvePortalSession(services: Services, cookie: string | undefined): Promise<OpenSession<PersonActor> | undefined> {
  const parsed = cookie ? parseCookie(cookie) : undefined;
  if (!parsed) return undefined;
  const id = sessionId(services.sessionKey, parsed.secret);
  const row = await services.db
    .selectFrom("portal_session")
    .innerJoin("person_account", (j) => j.onRef("person_account.organisation_id", "=", "portal_session.organisation_id").onRef("person_account.id", "=", "portal_session.account_id"))
    .select(["portal_session.account_id", "portal_session.csrf_token", "portal_session.last_seen_at", "portal_session.expires_at", "portal_session.ended_at", "person_account.person_id", "person_account.ended_at as account_ended_at"])
    .where("portal_session.organisation_id", "=", parsed.organisationId)
    .where("portal_session.id", "=", id)
    .executeTakeFirst();
  if (!row || row.ended_at !== null) return undefined;
  const now = services.clock.now().toISOString();
  const ended = row.account_ended_at !== null ? "access_ended" : sessionExpiry(services, row);
  if (ended) {
    await endPortalSessionRow(services.db, parsed.organisationId, id, now, ended);
    return undefined;
  }
  if (shouldTouch(services, row.last_seen_at)) {
    await services.db.updateTable("portal_session").set({ last_seen_at: now }).where("organisation_id", "=", parsed.organisationId).where("id", "=", id).execute();
  }
  return { actor: { kind: "person", organisationId: parsed.organisationId, personId: row.person_id, accountId: row.account_id, sessionId: id }, csrfToken: row.csrf_token };
}

async function endPortalSessionRow(db: Kysely<Database>, organisationId: string, id: string, at: string, reason: string): Promise<void> {
  await db.updateTable("portal_session").set({ ended_at: at, ended_reason: reason }).where("organisation_id", "=", organisationId).where("id", "=", id).where("ended_at", "is", null).execute();
}

export async function endPortalSession(services: Services, actor: PersonActor, reason: string): Promise<void> {
  await endPortalSessionRow(services.db, actor.organisationId, actor.sessionId, services.clock.now().toISOString(), reason);
}

/** Ends every open session of a person account (when the access ends). */
export async function endAccountSessions(db: Kysely<Database>, organisationId: string, accountId: string, at: string, reason: string): Promise<void> {
  await db.updateTable("portal_session").set({ ended_at: at, ended_reason: reason }).where("organisation_id", "=", organisationId).where("account_id", "=", accountId).where("ended_at", "is", null).execute();
}
