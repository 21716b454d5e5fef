import type { Transaction } from "kysely";
import { DAY, type Clock } from "@nabij/domain";
import type { Database } from "../db/schema.ts";
import { newId } from "../ids.ts";

/**
 * Fictional referrals, life events and agreements for the demo worker's first persons: one
 * referral waiting too long for news (it shows on today), an expected hearing next week, an
 * unexpected event last month, and an agreement the person confirmed.
 */
export async function seedDemoProcess(trx: Transaction<Database>, clock: Clock, organisationId: string, worker: string): Promise<void> {
  const persons = await trx
    .selectFrom("involvement")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "involvement.organisation_id").onRef("person.id", "=", "involvement.person_id"))
    .select("person.id")
    .where("involvement.organisation_id", "=", organisationId)
    .where("involvement.user_id", "=", worker)
    .orderBy("person.display_name_search")
    .limit(2)
    .execute();
  const [first, second] = persons;
  if (!first) return;
  const now = clock.now().getTime();
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  const day = (days: number) => at(days).slice(0, 10);

  const referral = async (personId: string, days: number, steps: Array<{ to: string; reason?: string }>, input: { organisationName: string; institutionCategory: string; reason: string }) => {
    const id = newId(clock);
    const last = steps.at(-1)?.to ?? "requested";
    await trx
      .insertInto("referral")
      .values({ organisation_id: organisationId, id, person_id: personId, service_id: null, organisation_name: input.organisationName, institution_category: input.institutionCategory, reason: input.reason, shared: "Naam en telefoonnummer", consent_given: 1, handover_note: "Bel liever 's namiddags", status: last, status_changed_at: at(days + steps.length - 1), outcome_own_words: null, created_by: worker, created_at: at(days), updated_at: at(days), version: steps.length })
      .execute();
    for (const [i, step] of steps.entries()) {
      await trx
        .insertInto("referral_event")
        .values({ organisation_id: organisationId, referral_id: id, seq: i + 1, person_id: personId, from_status: i === 0 ? null : (steps[i - 1]?.to ?? null), to_status: step.to, reason: step.reason ?? null, own_words: null, barrier: step.to === "failed" || step.to === "rejected" ? 1 : 0, barrier_reason: step.to === "failed" ? "waiting_list" : null, at: at(days + i), by: worker })
        .execute();
    }
  };
  await referral(first.id, -20, [{ to: "requested" }], { organisationName: "Huurdersbond Demostad", institutionCategory: "housing", reason: "Vochtprobleem in de huurwoning" });
  await referral(first.id, -40, [{ to: "requested" }, { to: "accepted" }, { to: "failed", reason: "Wachtlijst van negen maanden" }], { organisationName: "Centrum Geestelijke Gezondheidszorg", institutionCategory: "health", reason: "Slaapt slecht, veel zorgen" });

  await trx.insertInto("life_event").values({ organisation_id: organisationId, id: newId(clock), person_id: first.id, kind: "hearing", event_date: day(6), expected: 1, title: "Zitting bij de vrederechter", domains: '["housing"]', what_changes: "Kan de huur worden opgezegd?", own_words: "Ik ben bang dat ik moet verhuizen", own_words_by: worker, created_by: worker, created_at: at(-3) }).execute();
  if (second) {
    await trx.insertInto("life_event").values({ organisation_id: organisationId, id: newId(clock), person_id: second.id, kind: "job_loss", event_date: day(-25), expected: 0, title: null, domains: '["work","income"]', what_changes: "Geen loon meer vanaf volgende maand", own_words: null, own_words_by: null, created_by: worker, created_at: at(-24) }).execute();
  }

  const agreementId = newId(clock);
  await trx.insertInto("agreement").values({ organisation_id: organisationId, id: agreementId, person_id: first.id, version: 1, created_by: worker, created_at: at(-10), updated_at: at(-10) }).execute();
  await trx
    .insertInto("agreement_version")
    .values({ organisation_id: organisationId, agreement_id: agreementId, version: 1, person_id: first.id, what: "Samen de brief van de vrederechter lezen", who_does_what: "Sam zoekt uit wat de zitting betekent; de persoon brengt de brief mee", due_date: day(4), own_words: "Ik wil niet alleen naar de zitting", why: null, changed_by: worker, changed_at: at(-10), confirmed_at: at(-10), confirmed_how: "in_person", confirmed_by: worker })
    .execute();
}
