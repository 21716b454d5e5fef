import { AppError, MINUTE, normalizePortalLogin } from "@nabij/domain";
import type { Services } from "../access/context.ts";
import { LOCK_MINUTES, MAX_FAILURES, UnknownLoginThrottle, verifyDecoy } from "../auth/login.ts";

const wrongCredentials = (): AppError => new AppError("unauthenticated", "Login name or password is not correct");
const throttled = (): AppError => new AppError("rate_limited", "Too many failed attempts; try again later");
const unknownLogins = new UnknownLoginThrottle();

/**
 * Checks a person's login name and password with the workers' rules: one password verification
 * on every path, the same 401 for an unknown name, an ended account and a wrong password, and a
 * lock after MAX_FAILURES failures in a row.
 */
export async function verifyPortalLogin(services: Services, rawLogin: string, password: string, requestId: string): Promise<{ organisationId: string; accountId: string; personId: string }> {
  const login = normalizePortalLogin(rawLogin);
  const now = services.clock.now();
  const identity = await services.db.selectFrom("portal_login").selectAll().where("login", "=", login).executeTakeFirst();
  const account = identity
    ? await services.db.selectFrom("person_account").selectAll().where("organisation_id", "=", identity.organisation_id).where("id", "=", identity.account_id).where("ended_at", "is", null).executeTakeFirst()
    : undefined;
  if (!account) {
    await verifyDecoy(services, password);
    if (unknownLogins.isLocked(login, now.getTime())) throw throttled();
    unknownLogins.fail(login, now.getTime());
    throw wrongCredentials();
  }
  const ok = await services.verifyPassword(account.password_hash, password);
  if (account.locked_until && new Date(account.locked_until) > now) throw throttled();
  const where = { organisationId: account.organisation_id, accountId: account.id, personId: account.person_id };
  if (!ok) {
    const row = await services.db
      .updateTable("person_account")
      .set((eb) => ({ failed_logins: eb("failed_logins", "+", 1) }))
      .where("organisation_id", "=", where.organisationId)
      .where("id", "=", where.accountId)
      .returning("failed_logins")
      .executeTakeFirst();
    if (row && Number(row.failed_logins) >= MAX_FAILURES) {
      const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * MINUTE).toISOString();
      await services.db.updateTable("person_account").set({ failed_logins: 0, locked_until: lockedUntil }).where("organisation_id", "=", where.organisationId).where("id", "=", where.accountId).execute();
    }
    throw wrongCredentials();
  }
  await services.db.updateTable("person_account").set({ failed_logins: 0, locked_until: null, last_login_at: now.toISOString() }).where("organisation_id", "=", where.organisationId).where("id", "=", where.accountId).execute();
  services.audit.read({ organisationId: where.organisationId, actorKind: "person", actorId: where.accountId, requestId }, { action: "portal.login", entityType: "person_account", entityId: where.accountId, personId: where.personId, basis: "self" });
  return where;
}
