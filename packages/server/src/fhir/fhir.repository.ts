import type { ReferralStatus } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { fromJson } from "../db/values.ts";
import { fhirBundle } from "./fhir-mapping.ts";

/** The person's referrals, goals (agreements) and consents as a FHIR R4 Bundle; audited as an export. */
export async function personFhirBundle(ctx: RequestContext, personId: string): Promise<Record<string, unknown>> {
  const grant = await ctx.access.requireExport(personId);
  const { organisationId } = grant;
  const db = ctx.db;
  const referrals = await db
    .selectFrom("referral")
    .leftJoin("socialmap_service", (j) => j.onRef("socialmap_service.organisation_id", "=", "referral.organisation_id").onRef("socialmap_service.service_id", "=", "referral.service_id"))
    .select(["referral.id", "referral.status", "referral.institution_category", "referral.reason", "referral.organisation_name", "referral.created_at", "referral.status_changed_at", "referral.outcome_own_words", "socialmap_service.name as service_name"])
    .where("referral.organisation_id", "=", organisationId)
    .where("referral.person_id", "=", personId)
    .orderBy("referral.created_at")
    .execute();
  const lastReasons = referrals.length
    ? await db
        .selectFrom("referral_event")
        .select(["referral_id", "seq", "reason"])
        .where("organisation_id", "=", organisationId)
        .where("person_id", "=", personId)
        // The reason of the last status change; notes (from = to) are not a Task's status reason.
        .where((eb) => eb.or([eb("from_status", "is", null), eb("from_status", "!=", eb.ref("to_status"))]))
        .orderBy("seq")
        .execute()
    : [];
  const lastReason = new Map<string, string | null>();
  for (const e of lastReasons) lastReason.set(e.referral_id, e.reason);
  const agreements = await db
    .selectFrom("agreement")
    .innerJoin("agreement_version", (j) => j.onRef("agreement_version.organisation_id", "=", "agreement.organisation_id").onRef("agreement_version.agreement_id", "=", "agreement.id").onRef("agreement_version.version", "=", "agreement.version"))
    .select(["agreement.id", "agreement_version.what", "agreement_version.due_date", "agreement_version.own_words", "agreement_version.changed_at"])
    .where("agreement.organisation_id", "=", organisationId)
    .where("agreement.person_id", "=", personId)
    .execute();
  const consents = await db
    .selectFrom("consent")
    .leftJoin("organisation", "organisation.id", "consent.recipient_organisation_id")
    .select(["consent.id", "consent.scopes", "consent.purpose", "consent.valid_from", "consent.valid_until", "consent.withdrawn_at", "organisation.name as recipient_name"])
    .where("consent.organisation_id", "=", organisationId)
    .where("consent.person_id", "=", personId)
    .execute();
  const at = ctx.now();
  // An export reads the file (the person sees it as a look at their referrals, in the access log).
  ctx.auditRead({ action: "fhir.export", entityType: "person", entityId: personId, personId, basis: grant.basis });
  return fhirBundle({
    personId,
    at,
    now: at,
    referrals: referrals.map((r) => ({
      id: r.id,
      status: r.status as ReferralStatus,
      institutionCategory: r.institution_category,
      reason: r.reason,
      toName: r.service_name ?? r.organisation_name,
      createdAt: r.created_at,
      statusChangedAt: r.status_changed_at,
      lastReason: lastReason.get(r.id) ?? null,
      outcomeOwnWords: r.outcome_own_words,
    })),
    agreements: agreements.map((a) => ({ id: a.id, what: a.what, dueDate: a.due_date, ownWords: a.own_words, changedAt: a.changed_at })),
    consents: consents.map((c) => ({ id: c.id, scopes: fromJson<string[]>(c.scopes, []), purpose: c.purpose, validFrom: c.valid_from, validUntil: c.valid_until, withdrawn: c.withdrawn_at !== null, recipientName: c.recipient_name })),
  });
}
