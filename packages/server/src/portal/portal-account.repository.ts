import { randomInt } from "node:crypto";
import { AppError, DAY, INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH, normalizeInvitationCode, normalizePortalLogin, type PortalActivate } from "@nabij/domain";
import { personAuthor, type RequestContext, type Services } from "../access/context.ts";
import { checkPassword } from "../auth/password-policy.ts";
import { hashToken } from "../auth/session-store.ts";
import { isUniqueViolation } from "../db/create-once.ts";
import type { Kysely } from "kysely";
import type { Database, PersonAccountTable } from "../db/schema.ts";
import { newId } from "../ids.ts";
import { endAccountSessions } from "./portal-session.ts";

/** An invitation code works this many days, once. */
export const PORTAL_INVITATION_DAYS = 7;

export interface PortalInvitationView {
  code: string;
  expiresAt: string;
  activateUrl: string;
}

export interface PortalStatusView {
  account: { login: string; status: "active" | "ended"; createdAt: string; lastLoginAt: string | null; endedAt: string | null; endedBy: "worker" | "person" | null } | null;
  invitation: { expiresAt: string } | null;
}

export interface PortalPersonView {
  displayName: string;
  language: string;
  organisationName: string;
  login: string;
}

/** XXXX-XXXX-XXXX from an alphabet without look-alikes, from a cryptographic source. */
function newCode(): string {
  const chars = Array.from({ length: INVITATION_CODE_LENGTH }, () => INVITATION_CODE_ALPHABET[randomInt(INVITATION_CODE_ALPHABET.length)] ?? "A");
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

/** Unknown, expired, used and revoked codes get the same answer: it never tells whether a code existed. */
const invalidCode = (): AppError =>
  new AppError("validation_failed", "This code does not work", [{ path: "body.code", code: "invalid_invitation", message: "This code does not work (any more); ask your worker for a new one" }]);

const loginTaken = (): AppError => new AppError("conflict", "This login name is taken", [{ path: "body.login", code: "login_taken", message: "Choose another login name" }]);

/**
 * Person accounts on the worker's side: invite, see the state, end the access. Only a worker
 * who works with the person (involvement or team) may do this; a consent is not enough.
 */
export class PortalAccountRepository {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * A new code. While the person has an active account there is none: the access must be ended
   * first (visible to the person in their log), so nobody takes over an account in silence.
   */
  async invite(personId: string): Promise<PortalInvitationView> {
    const grant = await this.ctx.access.require(personId, "identity");
    const { organisationId } = grant;
    const now = this.ctx.now();
    const active = await this.ctx.db.selectFrom("person_account").select("id").where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("ended_at", "is", null).executeTakeFirst();
    if (active) throw new AppError("conflict", "This person already has access to their own Nabij; end it first to give a new code", [{ path: "params.id", code: "portal_active", message: "End the current access first" }]);
    const code = newCode();
    const expiresAt = new Date(this.ctx.clock.now().getTime() + PORTAL_INVITATION_DAYS * DAY).toISOString();
    await this.ctx.transaction(async (trx) => {
      // One code at a time: a new one replaces a code the person did not use.
      await trx.updateTable("portal_invitation").set({ revoked_at: now }).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("used_at", "is", null).where("revoked_at", "is", null).execute();
      const id = newId(this.ctx.clock);
      await trx.insertInto("portal_invitation").values({ code_hash: hashToken(normalizeInvitationCode(code)), organisation_id: organisationId, id, person_id: personId, expires_at: expiresAt, used_at: null, revoked_at: null, failed_attempts: 0, created_by: this.ctx.authorId, created_at: now }).execute();
      await this.ctx.auditWrite(trx, { action: "portal.invite", entityType: "portal_invitation", entityId: id, personId, basis: grant.basis });
    });
    return { code, expiresAt, activateUrl: `${this.ctx.services.config.publicUrl}/portal/activate` };
  }

  async status(personId: string): Promise<PortalStatusView> {
    const grant = await this.ctx.access.require(personId, "identity");
    const { organisationId } = grant;
    const account = await this.ctx.db.selectFrom("person_account").selectAll().where("organisation_id", "=", organisationId).where("person_id", "=", personId).orderBy("created_at", "desc").executeTakeFirst();
    const invitation = await this.ctx.db
      .selectFrom("portal_invitation")
      .select("expires_at")
      .where("organisation_id", "=", organisationId)
      .where("person_id", "=", personId)
      .where("used_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", this.ctx.now())
      .executeTakeFirst();
    this.ctx.auditRead({ action: "portal.status", entityType: "person_account", personId, basis: grant.basis });
    return {
      account: account
        ? { login: account.login, status: account.ended_at ? "ended" : "active", createdAt: account.created_at, lastLoginAt: account.last_login_at, endedAt: account.ended_at, endedBy: account.ended_by === "worker" || account.ended_by === "person" ? account.ended_by : null }
        : null,
      invitation: invitation ? { expiresAt: invitation.expires_at } : null,
    };
  }

  /** Ends the person's access at once: the account, its sessions and any unused code. */
  async end(personId: string, by: "worker" | "person"): Promise<void> {
    const grant = await this.ctx.access.require(personId, "identity");
    const { organisationId } = grant;
    const now = this.ctx.now();
    await this.ctx.transaction(async (trx) => {
      const revoked = await trx.updateTable("portal_invitation").set({ revoked_at: now }).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("used_at", "is", null).where("revoked_at", "is", null).executeTakeFirst();
      if (Number(revoked.numUpdatedRows) > 0) await this.ctx.auditWrite(trx, { action: "portal.revoke_invitation", entityType: "portal_invitation", personId, basis: grant.basis });
      const open = await trx.selectFrom("person_account").select(["id", "login"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("ended_at", "is", null).execute();
      for (const account of open) {
        await endAccount(trx, organisationId, { ...account, personId }, now, by);
        await this.ctx.auditWrite(trx, { action: "portal.end", entityType: "person_account", entityId: account.id, personId, basis: grant.basis });
      }
    });
  }

  /** The signed-in person as the portal shows them. */
  async me(): Promise<PortalPersonView> {
    const { organisationId, accountId, personId } = this.ctx.person;
    const view = await portalPerson(this.ctx.db, organisationId, accountId);
    this.ctx.auditRead({ action: "portal.session", entityType: "person", entityId: personId, personId, basis: "self" });
    return view;
  }

  async setLanguage(language: string): Promise<void> {
    const { organisationId, accountId } = this.ctx.person;
    await this.ctx.db.updateTable("person_account").set((eb) => ({ language, version: eb("version", "+", 1) })).where("organisation_id", "=", organisationId).where("id", "=", accountId).execute();
  }
}

/** A person account as the portal shows it (after a login, which is audited itself). */
export async function portalPerson(db: Kysely<Database>, organisationId: string, accountId: string): Promise<PortalPersonView> {
  const row = await db
    .selectFrom("person_account")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "person_account.organisation_id").onRef("person.id", "=", "person_account.person_id"))
    .innerJoin("organisation", "organisation.id", "person_account.organisation_id")
    .select(["person.display_name", "person_account.language", "person_account.login", "organisation.name as organisation_name"])
    .where("person_account.organisation_id", "=", organisationId)
    .where("person_account.id", "=", accountId)
    .executeTakeFirstOrThrow();
  return { displayName: row.display_name, language: row.language, organisationName: row.organisation_name, login: row.login };
}

type Trx = Parameters<Parameters<RequestContext["transaction"]>[0]>[0];

/**
 * Closes an account: its login name is free again, its sessions end, and the calendar feeds the
 * person made in the portal stop (access is often ended because a phone is lost or not theirs).
 */
async function endAccount(trx: Trx, organisationId: string, account: Pick<PersonAccountTable, "id" | "login"> & { personId: string }, at: string, by: string): Promise<void> {
  await trx.updateTable("person_account").set((eb) => ({ ended_at: at, ended_by: by, version: eb("version", "+", 1) })).where("organisation_id", "=", organisationId).where("id", "=", account.id).where("ended_at", "is", null).execute();
  await trx.deleteFrom("portal_login").where("login", "=", account.login).where("account_id", "=", account.id).execute();
  await endAccountSessions(trx, organisationId, account.id, at, "access_ended");
  await trx.updateTable("calendar_feed").set({ revoked_at: at }).where("organisation_id", "=", organisationId).where("person_id", "=", account.personId).where("created_by", "=", personAuthor(account.personId)).where("revoked_at", "is", null).execute();
}

/** After this many refused tries (a taken login name, a weak password) a code stops working. */
export const MAX_CODE_ATTEMPTS = 5;

/** Counts a refused try against the code; the fifth revokes it, so a code cannot probe login names. */
async function countFailedAttempt(services: Services, codeHash: string): Promise<void> {
  const row = await services.db.updateTable("portal_invitation").set((eb) => ({ failed_attempts: eb("failed_attempts", "+", 1) })).where("code_hash", "=", codeHash).returning("failed_attempts").executeTakeFirst();
  if (row && Number(row.failed_attempts) >= MAX_CODE_ATTEMPTS) {
    await services.db.updateTable("portal_invitation").set({ revoked_at: services.clock.now().toISOString() }).where("code_hash", "=", codeHash).where("revoked_at", "is", null).execute();
  }
}

/**
 * Activates a person account with an invitation code: the person chooses a login name and a
 * password. All or nothing. A forgotten password is replaced by ending the access and giving a
 * new code (both visible to the person in "who looked at my file").
 */
export async function activatePortalAccount(services: Services, input: PortalActivate, requestId: string): Promise<{ organisationId: string; accountId: string; personId: string }> {
  const now = services.clock.now().toISOString();
  const invitation = await services.db.selectFrom("portal_invitation").selectAll().where("code_hash", "=", hashToken(normalizeInvitationCode(input.code))).executeTakeFirst();
  if (!invitation || invitation.used_at !== null || invitation.revoked_at !== null || invitation.expires_at <= now) throw invalidCode();
  const { organisation_id: organisationId, person_id: personId } = invitation;
  const person = await services.db.selectFrom("person").select("display_name").where("organisation_id", "=", organisationId).where("id", "=", personId).executeTakeFirst();
  if (!person) throw invalidCode();
  const login = normalizePortalLogin(input.login);
  try {
    checkPassword(input.password, "body.password", [login, person.display_name, ...person.display_name.split(/\s+/)]);
    if (await services.db.selectFrom("portal_login").select("login").where("login", "=", login).executeTakeFirst()) throw loginTaken();
  } catch (error) {
    await countFailedAttempt(services, invitation.code_hash);
    throw error;
  }
  const passwordHash = await services.hashPassword(input.password);
  const organisation = await services.db.selectFrom("organisation").select("languages").where("id", "=", organisationId).executeTakeFirstOrThrow();
  const language = (JSON.parse(organisation.languages) as string[])[0] ?? "nl-BE";
  const accountId = newId(services.clock);
  try {
    await services.db.transaction().execute(async (trx) => {
      const used = await trx.updateTable("portal_invitation").set({ used_at: now }).where("code_hash", "=", invitation.code_hash).where("used_at", "is", null).where("revoked_at", "is", null).executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) throw invalidCode();
      // A code is only given while the person has no access; one made active since does not end here.
      const open = await trx.selectFrom("person_account").select("id").where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("ended_at", "is", null).executeTakeFirst();
      if (open) throw invalidCode();
      await trx.insertInto("portal_login").values({ login, organisation_id: organisationId, account_id: accountId }).execute();
      await trx
        .insertInto("person_account")
        .values({ organisation_id: organisationId, id: accountId, person_id: personId, login, password_hash: passwordHash, language, failed_logins: 0, locked_until: null, last_login_at: now, created_at: now, ended_at: null, ended_by: null, version: 1 })
        .execute();
      await services.audit.write(trx, { organisationId, actorKind: "person", actorId: accountId, requestId }, { action: "portal.activate", entityType: "person_account", entityId: accountId, personId, basis: "self" });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw loginTaken();
    throw error;
  }
  return { organisationId, accountId, personId };
}
