import type { Kysely, Transaction } from "kysely";
import { AppError } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { Database } from "../db/schema.ts";
import { existingUserIds } from "../users/user.repository.ts";

type Db = Kysely<Database> | Transaction<Database>;

export interface InvolvementRow {
  personId: string;
  personDisplayName: string;
  userId: string;
  userDisplayName: string;
  since: string;
}

/** Involvement rows joined with the names of person and worker; callers have checked access. */
export async function selectInvolvements(db: Db, organisationId: string, filter: { personId?: string; userId?: string }): Promise<InvolvementRow[]> {
  let query = db
    .selectFrom("involvement")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "involvement.organisation_id").onRef("person.id", "=", "involvement.person_id"))
    .innerJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "involvement.organisation_id").onRef("user_account.id", "=", "involvement.user_id"))
    .select(["involvement.person_id", "involvement.user_id", "involvement.created_at", "person.display_name as person_name", "user_account.display_name as user_name"])
    .where("involvement.organisation_id", "=", organisationId);
  if (filter.personId) query = query.where("involvement.person_id", "=", filter.personId);
  if (filter.userId) query = query.where("involvement.user_id", "=", filter.userId);
  const rows = await query.orderBy("person.display_name_search").orderBy("user_account.display_name").limit(1000).execute();
  return rows.map((r) => ({ personId: r.person_id, personDisplayName: r.person_name, userId: r.user_id, userDisplayName: r.user_name, since: r.created_at }));
}

/**
 * Adds or ends a worker's involvement with a person, audited in the same transaction.
 * Access to the person is decided by the caller's context before this runs.
 */
export async function addInvolvement(ctx: RequestContext, personId: string, userId: string, basis: string): Promise<void> {
  const { organisationId } = ctx.user;
  const known = await existingUserIds(ctx.db, organisationId, [userId]);
  if (!known.has(userId)) {
    throw new AppError("validation_failed", "Unknown worker", [{ path: "body.userId", code: "unknown_user", message: "No active account with this id in your organisation" }]);
  }
  await ctx.transaction(async (trx) => {
    const exists = await trx.selectFrom("involvement").select("user_id").where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("user_id", "=", userId).executeTakeFirst();
    if (exists) throw new AppError("conflict", "This worker is already involved");
    await trx.insertInto("involvement").values({ organisation_id: organisationId, person_id: personId, user_id: userId, created_by: ctx.user.userId, created_at: ctx.now() }).execute();
    await ctx.auditWrite(trx, { action: "involvement.create", entityType: "involvement", entityId: userId, personId, basis });
  });
  ctx.access.forget(personId);
}

export async function removeInvolvement(ctx: RequestContext, personId: string, userId: string, basis: string): Promise<void> {
  const { organisationId } = ctx.user;
  await ctx.transaction(async (trx) => {
    const rows = await trx.selectFrom("involvement").select("user_id").where("organisation_id", "=", organisationId).where("person_id", "=", personId).execute();
    if (!rows.some((r) => r.user_id === userId)) throw new AppError("not_found", "This worker is not involved");
    if (rows.length === 1) throw new AppError("rule_violation", "A person keeps at least one involved worker; involve someone else first");
    await trx.deleteFrom("involvement").where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("user_id", "=", userId).execute();
    await ctx.auditWrite(trx, { action: "involvement.delete", entityType: "involvement", entityId: userId, personId, basis });
  });
  ctx.access.forget(personId);
}
