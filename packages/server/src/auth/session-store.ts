import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import { MINUTE, HOUR } from "@nabij/domain";
import type { Database } from "../db/schema.ts";
import type { Services } from "../access/context.ts";
import type { UserActor } from "../access/actor.ts";

/**
 * Cookie names. Over https they carry the __Host- prefix: the browser then only accepts them
 * Secure, for this host and path /, so a sibling subdomain cannot plant one.
 */
export function cookieNames(config: { publicUrl: string }): { session: string; preSession: string; portalSession: string } {
  const prefix = config.publicUrl.startsWith("https://") ? "__Host-" : "";
  return { session: `${prefix}nabij_session`, preSession: `${prefix}nabij_csrf`, portalSession: `${prefix}nabij_portal_session` };
}

/** Only a keyed hash of the cookie's secret is stored, so a database copy opens no session. */
export function sessionId(key: Buffer, secret: string): string {
  return createHmac("sha256", key).update(secret).digest("base64url");
}

/** One-time tokens (invitations) are stored as a plain sha-256: they carry 192 random bits. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("base64url");

export const randomToken = (): string => randomBytes(32).toString("base64url");

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface OpenSession<A = UserActor> {
  actor: A;
  csrfToken: string;
}

/** Why a session ends now (idle or past its absolute limit), or undefined while it holds. */
export function sessionExpiry(services: Services, row: { last_seen_at: string; expires_at: string }): "absolute_timeout" | "idle_timeout" | undefined {
  const now = services.clock.now().getTime();
  if (now >= new Date(row.expires_at).getTime()) return "absolute_timeout";
  if (now >= new Date(row.last_seen_at).getTime() + services.config.sessionIdleMinutes * MINUTE) return "idle_timeout";
  return undefined;
}

/** last_seen_at is touched at most once a minute, so reads do not write on every request. */
export function shouldTouch(services: Services, lastSeenAt: string): boolean {
  return services.clock.now().getTime() - new Date(lastSeenAt).getTime() > MINUTE;
}

/** Parses "<organisationId>.<secret>"; the organisation part keeps the key shardable. */
export function parseCookie(value: string): { organisationId: string; secret: string } | undefined {
  const dot = value.indexOf(".");
  if (dot < 1) return undefined;
  return { organisationId: value.slice(0, dot), secret: value.slice(dot + 1) };
}

/** The secret parts of a new session of either realm: the cookie, the stored row's common columns. */
export function newSessionRow(services: Services, organisationId: string): { cookie: string; csrfToken: string; row: { organisation_id: string; id: string; csrf_token: string; created_at: string; last_seen_at: string; expires_at: string; ended_at: null; ended_reason: null } } {
  const secret = randomToken();
  const csrfToken = randomToken();
  const now = services.clock.now();
  return {
    cookie: `${organisationId}.${secret}`,
    csrfToken,
    row: {
      organisation_id: organisationId,
      id: sessionId(services.sessionKey, secret),
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + services.config.sessionAbsoluteHours * HOUR).toISOString(),
      ended_at: null,
      ended_reason: null,
    },
  };
}

export async function createSession(services: Services, organisationId: string, userId: string): Promise<{ cookie: string; csrfToken: string }> {
  const { cookie, csrfToken, row } = newSessionRow(services, organisationId);
  await services.db.insertInto("session").values({ ...row, user_id: userId }).execute();
  return { cookie, csrfToken };
}

async function endSessionRow(db: Kysely<Database>, organisationId: string, id: string, at: string, reason: string): Promise<void> {
  await db.updateTable("session").set({ ended_at: at, ended_reason: reason }).where("organisation_id", "=", organisationId).where("id", "=", id).where("ended_at", "is", null).execute();
}

/**
 * Resolves a session cookie to its user, ending it when idle or past its absolute limit,
 * or when the account is no longer active. Touches last_seen_at at most once a minute.
 */
export async function resolveSession(services: Services, cookie: string | undefined): Promise<OpenSession | undefined> {
  const parsed = cookie ? parseCookie(cookie) : undefined;
  if (!parsed) return undefined;
  const id = sessionId(services.sessionKey, parsed.secret);
  const row = await services.db
    .selectFrom("session")
    .innerJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "session.organisation_id").onRef("user_account.id", "=", "session.user_id"))
    .select(["session.id", "session.user_id", "session.csrf_token", "session.last_seen_at", "session.expires_at", "session.ended_at", "user_account.role", "user_account.status"])
    .where("session.organisation_id", "=", parsed.organisationId)
    .where("session.id", "=", id)
    .executeTakeFirst();
  if (!row || row.ended_at !== null) return undefined;

  const now = services.clock.now();
  const ended = row.status !== "active" ? "account_disabled" : sessionExpiry(services, row);
  if (ended) {
    await endSessionRow(services.db, parsed.organisationId, id, now.toISOString(), ended);
    return undefined;
  }
  if (shouldTouch(services, row.last_seen_at)) {
    await services.db.updateTable("session").set({ last_seen_at: now.toISOString() }).where("organisation_id", "=", parsed.organisationId).where("id", "=", id).execute();
  }
  const teams = await services.db.selectFrom("team_membership").select("team_id").where("organisation_id", "=", parsed.organisationId).where("user_id", "=", row.user_id).execute();
  return {
    actor: { kind: "user", organisationId: parsed.organisationId, userId: row.user_id, role: row.role, teamIds: teams.map((t) => t.team_id), sessionId: id },
    csrfToken: row.csrf_token,
  };
}

export async function endSession(services: Services, actor: UserActor, reason: string): Promise<void> {
  await endSessionRow(services.db, actor.organisationId, actor.sessionId, services.clock.now().toISOString(), reason);
}

/** Ends every open session of a user (when the account is disabled). */
export async function endUserSessions(db: Kysely<Database>, organisationId: string, userId: string, at: string, reason: string): Promise<void> {
  await db.updateTable("session").set({ ended_at: at, ended_reason: reason }).where("organisation_id", "=", organisationId).where("user_id", "=", userId).where("ended_at", "is", null).execute();
}
