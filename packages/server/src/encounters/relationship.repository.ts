import { DAY } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";

export interface Relationship {
  lastContactAt: string | null;
  contactsLast90Days: number;
  /** The workers who met the person in the last 90 days, most encounters first. */
  trustedWorkers: Array<{ id: string; displayName: string; encounters: number }>;
}

export const RELATIONSHIP_DAYS = 90;

/** Time for relationships, per person: last contact, how often, and with whom. */
export async function relationshipOf(ctx: RequestContext, personId: string): Promise<Relationship> {
  const grant = await ctx.access.require(personId, "encounters");
  const { organisationId } = ctx.user;
  const since = new Date(ctx.clock.now().getTime() - RELATIONSHIP_DAYS * DAY).toISOString();
  const encounters = ctx.db
    .selectFrom("encounter_person")
    .innerJoin("encounter", (j) => j.onRef("encounter.organisation_id", "=", "encounter_person.organisation_id").onRef("encounter.id", "=", "encounter_person.encounter_id"))
    .where("encounter_person.organisation_id", "=", organisationId)
    .where("encounter_person.person_id", "=", personId);
  const totals = await encounters
    .select((eb) => [eb.fn.max("encounter.started_at").as("last"), eb.fn.count<number>("encounter.id").filterWhere("encounter.started_at", ">=", since).as("recent")])
    .executeTakeFirst();
  const workers = await encounters
    .innerJoin("encounter_worker", (j) => j.onRef("encounter_worker.organisation_id", "=", "encounter.organisation_id").onRef("encounter_worker.encounter_id", "=", "encounter.id"))
    .innerJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "encounter_worker.organisation_id").onRef("user_account.id", "=", "encounter_worker.user_id"))
    .select((eb) => ["user_account.id", "user_account.display_name", eb.fn.count<number>("encounter.id").as("n")])
    .where("encounter.started_at", ">=", since)
    .groupBy(["user_account.id", "user_account.display_name"])
    .orderBy("n", "desc")
    .orderBy("user_account.display_name")
    .limit(5)
    .execute();
  ctx.auditRead({ action: "relationship.read", entityType: "person", entityId: personId, personId, basis: grant.basis, consentId: grant.consentId ?? null });
  return {
    lastContactAt: (totals?.last as string | null | undefined) ?? null,
    contactsLast90Days: Number(totals?.recent ?? 0),
    trustedWorkers: workers.map((w) => ({ id: w.id, displayName: w.display_name, encounters: Number(w.n) })),
  };
}
