import { AppError, MINUTE } from "@nabij/domain";
import type { Services } from "../access/context.ts";
import { findLogin, normalizeEmail, recordFailedLogin, recordLogin } from "../users/user.repository.ts";

/** After this many failures in a row an account waits LOCK_MINUTES before the next try. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

const wrongCredentials = (): AppError => new AppError("unauthenticated", "E-mail address or password is not correct");
const throttled = (): AppError => new AppError("rate_limited", "Too many failed attempts; try again later");

/**
 * Unknown e-mail addresses (and portal login names) are throttled in memory exactly like
 * accounts are in the database (the same count, the same lock, the count reset when the lock
 * is set), so the answers never tell whether an address has an account.
 */
export class UnknownLoginThrottle {
  private static readonly MAX_ENTRIES = 10_000;
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  isLocked(email: string, now: number): boolean {
    return (this.failures.get(email)?.lockedUntil ?? 0) > now;
  }

  fail(email: string, now: number): void {
    const entry = this.failures.get(email) ?? { count: 0, lockedUntil: 0 };
    this.failures.delete(email); // re-inserted below, so the map stays in least-recent order
    entry.count += 1;
    if (entry.count >= MAX_FAILURES) {
      entry.count = 0;
      entry.lockedUntil = now + LOCK_MINUTES * MINUTE;
    }
    this.failures.set(email, entry);
    // Forget the least recent addresses one by one, never all locks at once.
    while (this.failures.size > UnknownLoginThrottle.MAX_ENTRIES) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }
}

const unknownEmails = new UnknownLoginThrottle();
/** Verified against for unknown e-mails, so every answer costs one password verification. */
let decoyHash: Promise<string> | undefined;

/** Spends one password verification, as a known account would, before an unknown login is refused. */
export async function verifyDecoy(services: Services, password: string): Promise<void> {
  decoyHash ??= services.hashPassword("decoy password for timing");
  await services.verifyPassword(await decoyHash, password);
}

/**
 * Checks e-mail and password. Every path verifies one password hash before it answers, and
 * unknown addresses, disabled accounts and wrong passwords all get the same 401 (or the same
 * 429 once locked). Failures are counted in one atomic update, so parallel guesses cannot
 * slip past the lock.
 */
export async function verifyLogin(services: Services, rawEmail: string, password: string): Promise<{ organisationId: string; userId: string }> {
  const email = normalizeEmail(rawEmail);
  const now = services.clock.now();
  const user = await findLogin(services.db, email);
  if (!user || user.status !== "active" || user.password_hash === null) {
    await verifyDecoy(services, password);
    if (unknownEmails.isLocked(email, now.getTime())) throw throttled();
    unknownEmails.fail(email, now.getTime());
    throw wrongCredentials();
  }
  const ok = await services.verifyPassword(user.password_hash, password);
  if (user.locked_until && new Date(user.locked_until) > now) throw throttled();
  if (!ok) {
    await recordFailedLogin(services.db, user.organisation_id, user.id, { maxFailures: MAX_FAILURES, lockUntil: new Date(now.getTime() + LOCK_MINUTES * MINUTE).toISOString() });
    throw wrongCredentials();
  }
  await recordLogin(services.db, user.organisation_id, user.id, now.toISOString());
  return { organisationId: user.organisation_id, userId: user.id };
}
