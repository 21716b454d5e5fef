import { randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import { AppError, DAY, type Clock } from "@nabij/domain";
import type { Services } from "../access/context.ts";
import type { Database } from "../db/schema.ts";
import { newId } from "../ids.ts";
import { hashToken } from "./session-store.ts";

export const INVITATION_DAYS = 14;

/**
 * A one-time invitation for an invited account. The token "<organisationId>.<secret>" is
 * returned once and stored only as a hash; it expires after INVITATION_DAYS.
 */
export async function createInvitation(trx: Transaction<Database>, clock: Clock, input: { organisationId: string; userId: string; createdBy: string }): Promise<string> {
  const token = `${input.organisationId}.${randomBytes(24).toString("base64url")}`;
  await trx
    .insertInto("invitation")
    .values({
      organisation_id: input.organisationId,
      id: newId(clock),
      user_id: input.userId,
      token_hash: hashToken(token),
      expires_at: new Date(clock.now().getTime() + INVITATION_DAYS * DAY).toISOString(),
      used_at: null,
      created_by: input.createdBy,
      created_at: clock.now().toISOString(),
    })
    .execute();
  return token;
}

/** Sets the password of the invited account and activates it; the invitation works once. */
const invalidInvitation = (): AppError =>
  new AppError("validation_failed", "This invitation is not valid or has expired", [{ path: "body.token", code: "invalid_invitation", message: "Ask your administrator for a new invitation" }]);

export async function acceptInvitation(services: Services, token: string, password: string, requestId: string): Promise<{ organisationId: string; userId: string }> {
  const organisationId = token.split(".")[0] ?? "";
  const now = services.clock.now().toISOString();
  const invitation = await services.db.selectFrom("invitation").selectAll().where("organisation_id", "=", organisationId).where("token_hash", "=", hashToken(token)).executeTakeFirst();
  if (!invitation || invitation.used_at !== null || invitation.expires_at <= now) throw invalidInvitation();
  const passwordHash = await services.hashPassword(password);
  await services.db.transaction().execute(async (trx) => {
    const used = await trx.updateTable("invitation").set({ used_at: now }).where("organisation_id", "=", organisationId).where("id", "=", invitation.id).where("used_at", "is", null).executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw new AppError("conflict", "This invitation was used already");
    const activated = await trx
      .updateTable("user_account")
      .set((eb) => ({ password_hash: passwordHash, status: "active", updated_at: now, version: eb("version", "+", 1) }))
      .where("organisation_id", "=", organisationId)
      .where("id", "=", invitation.user_id)
      .where("status", "=", "invited")
      .executeTakeFirst();
    // The account was disabled after the invitation went out: the invitation no longer opens it.
    if (Number(activated.numUpdatedRows) !== 1) throw invalidInvitation();
    await services.audit.write(trx, { organisationId, actorKind: "user", actorId: invitation.user_id, requestId }, { action: "user.activate", entityType: "user", entityId: invitation.user_id });
  });
  return { organisationId, userId: invitation.user_id };
}
