import type { Transaction } from "kysely";
import type { Clock } from "@nabij/domain";
import type { Situation } from "@nabij/rights";
import type { Database } from "../db/schema.ts";
import { toJson } from "../db/values.ts";
import { newId } from "../ids.ts";
import { storeCheck } from "../rights/person-rights.repository.ts";
import { loadRightsCatalogue } from "../rights/rights-catalogue.ts";

/**
 * Fictional situations for the demo worker's first persons, checked against the base pack, so
 * the rights section and the non-take-up radar have something to show. Periods follow the
 * demo's date, so the incomes are "last year's" whenever the demo is seeded.
 */
function demoSituations(today: string): Situation[] {
  const year = Number(today.slice(0, 4));
  const lastYear = String(year - 1);
  const assessed = String(year - (Number(today.slice(5, 7)) >= 7 ? 1 : 2));
  const month = today.slice(0, 7);
  return [
    // Lives alone on the income guarantee for older people: several rights follow automatically.
    { person: { birthDate: "1949-05-14", postcode: "9000", livesInBelgium: true, residence: "belgian" }, benefits: { igo: true, leefloon: false }, household: { members: [], benefits: ["igo"] }, housing: { energyContractAtDomicile: true, heatingFuel: "heating_oil" } },
    // A single parent with two young children and a low income last year.
    {
      person: { birthDate: "1991-09-02", postcode: "9040", livesInBelgium: true, residence: "belgian", indicatorGroup: true },
      benefits: { leefloon: false, igo: false, ivt: false, it: false, zorgbudgetOuderen: false },
      household: { members: [{ role: "child", birthDate: "2019-03-11", dependent: true }, { role: "child", birthDate: "2021-12-01", dependent: true }] },
      incomes: [{ kind: "gross_taxable", period: lastYear, amount: 24_500 }, { kind: "assessment", period: assessed, amount: 23_900 }],
    },
    // A young adult without income: the leefloon depends on a few answers still open.
    { person: { birthDate: "2004-02-20", postcode: "9000", livesInBelgium: true, residence: "refugee" }, household: { members: [] }, incomes: [{ kind: "net_resources", period: month, amount: 0 }] },
    // Heats with oil delivered last week, has the verhoogde tegemoetkoming, lives alone.
    { person: { birthDate: "1962-07-07", postcode: "8500" }, benefits: { vt: true }, household: { members: [], allHaveVt: true }, housing: { heatingFuel: "heating_oil" }, heating: { deliveryDate: new Date(Date.parse(today) - 7 * 86_400_000).toISOString().slice(0, 10) } },
  ];
}

export async function seedDemoRights(trx: Transaction<Database>, clock: Clock, organisationId: string, worker: string): Promise<void> {
  const rights = loadRightsCatalogue();
  const today = clock.now().toISOString().slice(0, 10);
  const persons = await trx
    .selectFrom("involvement")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "involvement.organisation_id").onRef("person.id", "=", "involvement.person_id"))
    .select("person.id")
    .where("involvement.organisation_id", "=", organisationId)
    .where("involvement.user_id", "=", worker)
    .orderBy("person.display_name_search")
    .execute();
  const situations = demoSituations(today);
  for (const [i, situation] of situations.entries()) {
    const personId = persons[persons.length - 1 - i]?.id;
    if (!personId) break;
    await trx.insertInto("rights_situation").values({ organisation_id: organisationId, person_id: personId, version: 1, situation: toJson(situation), recorded_at: clock.now().toISOString(), recorded_by: worker }).execute();
    await storeCheck(trx, { clock, rights }, { organisationId, personId, situationVersion: 1, situation }, "situation", worker);
    if (i === 1) {
      const row = { organisation_id: organisationId, person_id: personId, right_id: "verhoogde-tegemoetkoming", status: "to_apply", status_date: today, note: "Samen naar het ziekenfonds gaan", updated_at: clock.now().toISOString(), updated_by: worker };
      await trx.insertInto("rights_take_up").values(row).execute();
      await trx.insertInto("rights_take_up_event").values({ organisation_id: organisationId, id: newId(clock), person_id: personId, right_id: row.right_id, status: row.status, status_date: today, note: row.note, recorded_at: row.updated_at, recorded_by: worker }).execute();
    }
  }
}
