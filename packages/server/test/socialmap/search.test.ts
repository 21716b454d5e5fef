import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@nabij/domain";
import { createOrganisation } from "../../src/admin/provisioning.ts";
import { emptyDataset, type Dataset, type HsdsRow } from "../../src/socialmap/hsds/dataset.ts";
import { rebuildIndex, upsertRecords } from "../../src/socialmap/socialmap-store.ts";
import { searchServices, type SearchParams } from "../../src/socialmap/socialmap-search.ts";
import { LIFE_DOMAIN_TAXONOMY } from "../../src/socialmap/taxonomies.ts";
import { DIALECTS, openTestStore, type TestStore } from "../support/databases.ts";

/** A small hand-made map: ids are fixed UUIDs, names fictional. */
function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

function smallMap(): Dataset {
  const ds = emptyDataset();
  const row = (r: HsdsRow): HsdsRow => r;
  ds.organization.push(row({ id: uuid(1), name: "Sociaal Huis Gent (fictief)", description: "Lokaal bestuur" }));
  ds.taxonomy.push(row({ id: uuid(2), name: LIFE_DOMAIN_TAXONOMY.name, description: "Levensdomeinen", uri: LIFE_DOMAIN_TAXONOMY.uri }));
  ds.taxonomy_term.push(row({ id: uuid(3), code: "income", name: "Inkomen en schulden", description: "Geld", taxonomy_id: uuid(2) }));
  const service = (n: number, name: string, description: string, city: string, postcode: string, extra: Partial<Record<string, string | number>> = {}) => {
    ds.service.push(row({ id: uuid(n), organization_id: uuid(1), name, description, status: "active", ...extra }));
    ds.location.push(row({ id: uuid(n + 1), location_type: "physical", name: `${name} – loket` }));
    ds.address.push(row({ id: uuid(n + 2), location_id: uuid(n + 1), address_1: "Voorbeeldstraat 1", city, state_province: "Oost-Vlaanderen", postal_code: postcode, country: "BE", address_type: "physical" }));
    ds.service_at_location.push(row({ id: uuid(n + 3), service_id: uuid(n), location_id: uuid(n + 1) }));
  };
  service(100, "Schuldbemiddeling", "Hulp bij schulden en een afbetalingsplan", "Gent", "9000");
  service(200, "Crèche De Vlinder", "Opvang voor baby's en peuters", "Antwerpen", "2000");
  service(300, "Aide juridique de première ligne", "Premiers conseils juridiques gratuits", "Bruxelles", "B-1000");
  service(400, "Onthaal CAW/JAC", "Info op www.caw-gent.be of info@demo.nabij.be", "Sint-Jans-Molenbeek", "1080");
  service(500, "Wijkpunt", "Buurtwerk in de wijk", "Gent (Sint-Amandsberg)", "9040");
  ds.attribute.push(row({ id: uuid(10), link_id: uuid(100), link_type: "service", link_entity: "service", taxonomy_term_id: uuid(3) }));
  ds.cost_option.push(row({ id: uuid(11), service_id: uuid(300), option: "Gratuit", amount: 0, currency: "EUR" }));
  ds.schedule.push(row({ id: uuid(12), service_id: uuid(100), freq: "WEEKLY", byday: "MO,WE", opens_at: "09:00", closes_at: "12:00", timezone: "Europe/Brussels" }));
  return ds;
}

describe.each(DIALECTS)("social map search on %s", (dialect) => {
  let store: TestStore;
  let organisationId: string;
  const clock = new ManualClock(new Date("2026-11-30T09:30:00Z")); // a Monday, 10:30 in Belgium
  const search = (params: Partial<SearchParams>) => searchServices(store.db, dialect, organisationId, { page: 1, perPage: 10, ...params }, clock.now());

  beforeAll(async () => {
    store = await openTestStore(dialect);
    organisationId = await createOrganisation(store.db, clock, { name: "Kaart" });
    await store.db.transaction().execute(async (trx) => {
      await upsertRecords(trx, organisationId, smallMap());
      await rebuildIndex(trx, dialect, organisationId);
    });
  });
  afterAll(async () => store.close());

  it("finds services by words without accents, in any field, with every word required, and says why", async () => {
    const debt = await search({ q: "schuldbemiddeling Gent" });
    expect(debt.items.map((i) => i.name)).toEqual(["Schuldbemiddeling"]);
    expect(debt.items[0]?.why).toEqual([
      { word: "schuldbemiddeling", fields: ["name", "place"] }, // the place is named for the service
      { word: "gent", fields: ["organization", "place"] },
    ]);
    expect((await search({ q: "creche" })).items.map((i) => i.name)).toEqual(["Crèche De Vlinder"]);
    expect((await search({ q: "AIDE juridique" })).items.map((i) => i.name)).toEqual(["Aide juridique de première ligne"]);
    expect((await search({ q: "schuld" })).items.map((i) => i.name)).toEqual(["Schuldbemiddeling"]);
    expect((await search({ q: "schuldbemiddeling Antwerpen" })).items).toEqual([]);
  });

  it("treats any input as text: quotes, operators and very long queries never fail", async () => {
    for (const q of ['"', '"unterminated', "*", "NEAR(a b)", "schuld OR creche", "a AND", "(", "-", "^", "'; drop table person; --", "🙂", "x".repeat(5000), "😀 ü ß 中文 عربي"]) {
      const result = await search({ q });
      expect(result.page, q).toBe(1);
    }
    expect((await search({ q: "schuld OR creche" })).items).toEqual([]); // OR is a word here, not an operator
  });

  it("filters by life domain, place or postcode, free of charge and open now", async () => {
    expect((await search({ domains: ["income"] })).items.map((i) => i.name)).toEqual(["Schuldbemiddeling"]);
    expect((await search({ place: "antwerpen" })).items.map((i) => i.name)).toEqual(["Crèche De Vlinder"]);
    expect((await search({ place: "9000" })).items.map((i) => i.name)).toEqual(["Schuldbemiddeling"]);
    expect((await search({ free: true })).items.map((i) => i.name)).toEqual(["Aide juridique de première ligne"]);
    const open = await search({ openNow: true });
    expect(open.items.map((i) => [i.name, i.openNow])).toEqual([["Schuldbemiddeling", true]]);
    expect(open.totalItems).toBe(1);
    const all = await search({});
    expect(all.totalItems).toBe(5);
    expect(all.items.map((i) => i.name)).toEqual(["Aide juridique de première ligne", "Crèche De Vlinder", "Onthaal CAW/JAC", "Schuldbemiddeling", "Wijkpunt"]);
  });

  it("reads places as people write them: both names in Brussels, postcodes in any form, a district in brackets", async () => {
    const names = async (place: string) => (await search({ place })).items.map((i) => i.name);
    expect(await names("Brussel")).toEqual(["Aide juridique de première ligne"]);
    expect(await names("Bruxelles")).toEqual(["Aide juridique de première ligne"]);
    expect(await names("1000")).toEqual(["Aide juridique de première ligne"]);
    expect(await names("sint jans molenbeek")).toEqual(["Onthaal CAW/JAC"]);
    expect(await names("Molenbeek-Saint-Jean")).toEqual(["Onthaal CAW/JAC"]);
    expect(await names("1080 Sint-Jans-Molenbeek")).toEqual(["Onthaal CAW/JAC"]);
    expect(await names("Gent")).toEqual(["Schuldbemiddeling", "Wijkpunt"]);
  });

  it("splits words alike on both databases: slashes, web and e-mail addresses", async () => {
    for (const q of ["jac", "caw", "caw gent", "demo nabij"]) expect((await search({ q })).items.map((i) => i.name), q).toEqual(["Onthaal CAW/JAC"]);
  });
});
