import { AppError, MINUTE } from "@nabij/domain";
import type { Services } from "../access/context.ts";
import { findLogin, normalizeEmail } from "../users/user.repository.ts";

/** After this many failures in a row an account waits LOCK_MINUTES before the next try. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

const wrongCredentials = (): AppError => new AppError("unauthenticated", "E-mail address or password is not correct");
const throttled = (): AppError => new AppError("rate_limited", "Too many failed attempts; try again later");

/**
 * Unknown e-mail addresses are throttled in memory exactly like accounts are in the database,
 * so the answers never tell whether an address has an account.
 */
class UnknownEmailThrottle {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();
  isLocked(email: string, now: number): boolean {
    return (this.failures.get(email)?.lockedUntil ?? 0) > now;
  }
  fail(email: string, now: number): void {
    if (this.failures.size > 10_000) this.failures.clear();
    const entry = this.failures.get(email) ?? { count: 0, lockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= MAX_FAILURES) entry.lockedUntil = now + LOCK_MINUTES * MINUTE;
    this.failures.set(email, entry);
  }
}

const unknownEmails = new UnknownEmailThrottle();
/** Verified against for unknown e-mails, so both answers take the same time. */
let decoyHash: Promise<string> | undefined;

export async function verifyLogin(services: Services, rawEmail: string, password: string): Promise<{ organisationId: string; userId: string }> {
  const email = normalizeEmail(rawEmail);
  const now = services.clock.now();
  const user = await findLogin(services.db, email);
  if (!user || user.status !== "active" || user.password_hash === null) {
    decoyHash ??= services.hashPassword("decoy password for timing");
    await services.verifyPassword(await decoyHash, password);
    if (unknownEmails.isLocked(email, now.getTime())) throw throttled();
    unknownEmails.fail(email, now.getTime());
    throw wrongCredentials();
  }
  if (user.locked_until && new Date(user.locked_until) > now) throw throttled();

  const ok = await services.verifyPassword(user.password_hash, password);
  const scope = services.db.updateTable("user_account").where("organisation_id", "=", user.organisation_id).where("id", "=", user.id);
  if (!ok) {
    const failures = user.failed_logins + 1;
    const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * MINUTE).toISOString() : null;
    await scope.set({ failed_logins: lockedUntil ? 0 : failures, locked_until: lockedUntil }).execute();
    throw wrongCredentials();
  }
  await scope.set({ failed_logins: 0, locked_until: null, last_login_at: now.toISOString() }).execute();
  return { organisationId: user.organisation_id, userId: user.id };
}
