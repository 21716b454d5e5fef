import { foldForSearch, LIFE_DOMAINS } from "@nabij/domain";
import { describe, expect, it } from "vitest";
import { DEMO_MAP_ANCHORS, DEMO_MAP_OPTIONS, DEMO_MAP_TAXONOMY_IDS, demoSocialMap, generateSocialMap } from "../../src/socialmap/demo-map.ts";
import { HSDS_TABLES, type Dataset, type HsdsRow, type HsdsTable } from "../../src/socialmap/hsds/dataset.ts";
import { validatorFor } from "../../src/socialmap/hsds/schemas.ts";
import { isTaxonomy, LIFE_DOMAIN_TAXONOMY, TARGET_GROUP_TAXONOMY } from "../../src/socialmap/taxonomies.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const demo = demoSocialMap();

const byId = (rows: HsdsRow[]): Map<string, HsdsRow> => new Map(rows.map((r) => [r.id, r]));
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** The addresses of a service, through service_at_location → location → address. */
function addressesOf(ds: Dataset): Map<string, HsdsRow[]> {
  const addressByLocation = new Map<string, HsdsRow[]>();
  for (const a of ds.address) addressByLocation.set(str(a.location_id), [...(addressByLocation.get(str(a.location_id)) ?? []), a]);
  const result = new Map<string, HsdsRow[]>();
  for (const sal of ds.service_at_location) result.set(str(sal.service_id), [...(result.get(str(sal.service_id)) ?? []), ...(addressByLocation.get(str(sal.location_id)) ?? [])]);
  return result;
}

/** The codes of the terms of one taxonomy linked to each service. */
function termCodes(ds: Dataset, taxonomy: { uri: string; name: string }): Map<string, string[]> {
  const taxonomies = byId(ds.taxonomy);
  const terms = byId(ds.taxonomy_term);
  const result = new Map<string, string[]>();
  for (const a of ds.attribute) {
    const term = terms.get(str(a.taxonomy_term_id));
    if (!term || !isTaxonomy(taxonomies.get(str(term.taxonomy_id)), taxonomy)) continue;
    result.set(str(a.link_id), [...(result.get(str(a.link_id)) ?? []), str(term.code)]);
  }
  return result;
}

describe("the demo social map", () => {
  it("is deterministic: the same options give the same map, ids included; another seed another map", () => {
    expect(generateSocialMap(DEMO_MAP_OPTIONS)).toEqual(demo);
    const other = generateSocialMap({ ...DEMO_MAP_OPTIONS, seed: DEMO_MAP_OPTIONS.seed + 1 });
    expect(other).not.toEqual(demo);
    const ids = new Set(demo.service.map((s) => s.id));
    const anchorIds = new Set(Object.values(DEMO_MAP_ANCHORS).map((a) => a.id));
    expect(other.service.filter((s) => ids.has(s.id)).map((s) => s.id).sort()).toEqual([...anchorIds].sort());
  });

  it("has at least 300 services in at least 10 municipalities, and every life domain has at least 5", () => {
    expect(DEMO_MAP_OPTIONS.services).toBeGreaterThanOrEqual(300);
    expect(demo.service).toHaveLength(DEMO_MAP_OPTIONS.services);
    const addresses = addressesOf(demo);
    const postcodes = new Set(demo.service.flatMap((s) => (addresses.get(s.id) ?? []).map((a) => str(a.postal_code))));
    const cities = new Set(demo.service.flatMap((s) => (addresses.get(s.id) ?? []).map((a) => str(a.city))));
    expect(postcodes.size).toBeGreaterThanOrEqual(10);
    expect(cities.size).toBeGreaterThanOrEqual(10);
    for (const city of ["Gent", "Antwerpen", "Brugge", "Leuven", "Mechelen", "Aalst", "Kortrijk", "Hasselt", "Genk", "Oostende", "Sint-Niklaas", "Roeselare"]) expect(cities).toContain(city);

    const domains = termCodes(demo, LIFE_DOMAIN_TAXONOMY);
    for (const domain of LIFE_DOMAINS) {
      const count = demo.service.filter((s) => domains.get(s.id)?.includes(domain)).length;
      expect(count, domain).toBeGreaterThanOrEqual(5);
    }
    expect(demo.service.every((s) => (domains.get(s.id) ?? []).length > 0)).toBe(true);
    const groups = termCodes(demo, TARGET_GROUP_TAXONOMY);
    expect(demo.service.every((s) => (groups.get(s.id) ?? []).length > 0)).toBe(true);
  });

  it("has the two Nabij taxonomies: 14 life domain terms coded by key, and target groups coded by slug", () => {
    const life = demo.taxonomy.find((t) => t.id === DEMO_MAP_TAXONOMY_IDS.lifeDomains);
    const groups = demo.taxonomy.find((t) => t.id === DEMO_MAP_TAXONOMY_IDS.targetGroups);
    expect(isTaxonomy(life, LIFE_DOMAIN_TAXONOMY)).toBe(true);
    expect(isTaxonomy(groups, TARGET_GROUP_TAXONOMY)).toBe(true);
    expect(demo.taxonomy_term.filter((t) => t.taxonomy_id === life?.id).map((t) => t.code).sort()).toEqual([...LIFE_DOMAINS].sort());
    const groupCodes = demo.taxonomy_term.filter((t) => t.taxonomy_id === groups?.id).map((t) => str(t.code));
    expect(groupCodes).toEqual(expect.arrayContaining(["everyone", "young-people", "families-with-children", "older-people", "newcomers", "people-without-a-home", "people-with-a-disability", "students"]));
    for (const code of groupCodes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("has the anchor services of the search examples, where they belong", () => {
    const services = byId(demo.service);
    const organizations = byId(demo.organization);
    const addresses = addressesOf(demo);
    const anchor = (key: keyof typeof DEMO_MAP_ANCHORS) => {
      const service = services.get(DEMO_MAP_ANCHORS[key].id);
      expect(service?.name).toBe(DEMO_MAP_ANCHORS[key].name);
      expect(service?.status).toBe("active");
      return { service: service!, organization: organizations.get(str(service?.organization_id)), addresses: addresses.get(DEMO_MAP_ANCHORS[key].id) ?? [] };
    };
    const debt = anchor("schuldbemiddelingGent");
    expect(debt.service.name).toBe("Schuldbemiddeling");
    expect(debt.organization?.name).toBe("Sociaal Huis Gent");
    expect(debt.addresses.map((a) => [a.city, a.postal_code])).toEqual([["Gent", "9000"]]);
    const legal = anchor("aideJuridique");
    expect(legal.service.name).toBe("Aide juridique de première ligne");
    expect(legal.addresses.map((a) => [a.city, a.postal_code])).toEqual([["Bruxelles", "1000"]]);
    expect(anchor("psycholoog").service.name).toBe("Eerstelijnspsycholoog");
    expect(anchor("creche").service.name).toMatch(/^Crèche /);
  });

  it("makes each anchor the only service that has all the words of its search", () => {
    const organizations = byId(demo.organization);
    const locations = byId(demo.location);
    const locationsOf = new Map<string, string[]>();
    for (const sal of demo.service_at_location) locationsOf.set(str(sal.service_id), [...(locationsOf.get(str(sal.service_id)) ?? []), str(sal.location_id)]);
    const addresses = addressesOf(demo);
    const terms = byId(demo.taxonomy_term);
    const termsOf = new Map<string, HsdsRow[]>();
    for (const a of demo.attribute) termsOf.set(str(a.link_id), [...(termsOf.get(str(a.link_id)) ?? []), terms.get(str(a.taxonomy_term_id))!]);
    const languagesOf = new Map<string, string[]>();
    for (const l of demo.language) languagesOf.set(str(l.service_id), [...(languagesOf.get(str(l.service_id)) ?? []), str(l.name)]);
    // The words search sees: the service, its organisation, places, terms and languages.
    const text = (s: HsdsRow): string => {
      const org = organizations.get(str(s.organization_id));
      const places = (locationsOf.get(s.id) ?? []).map((id) => str(locations.get(id)?.name));
      const where = (addresses.get(s.id) ?? []).flatMap((a) => [str(a.city), str(a.postal_code)]);
      const labels = (termsOf.get(s.id) ?? []).flatMap((t) => [str(t.name), str(t.description)]);
      return foldForSearch([s.name, s.alternate_name, s.description, org?.name, org?.alternate_name, ...places, ...where, ...labels, ...(languagesOf.get(s.id) ?? [])].map(str).join(" "));
    };
    const texts = demo.service.map((s) => ({ id: s.id, text: text(s) }));
    for (const anchor of Object.values(DEMO_MAP_ANCHORS)) {
      const words = foldForSearch(anchor.query).split(" ");
      const matches = texts.filter((t) => words.every((w) => t.text.includes(w))).map((t) => t.id);
      expect(matches, anchor.query).toEqual([anchor.id]);
    }
  });

  it("gives every row a UUID id, unique within its table", () => {
    for (const table of HSDS_TABLES) {
      const ids = demo[table].map((r) => r.id);
      for (const id of ids) expect(id, table).toMatch(UUID);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });

  it("points every foreign key at an existing row", () => {
    const keys: Array<[HsdsTable, string, HsdsTable]> = [
      ["service", "organization_id", "organization"],
      ["location", "organization_id", "organization"],
      ["service_at_location", "service_id", "service"],
      ["service_at_location", "location_id", "location"],
      ["address", "location_id", "location"],
      ["phone", "service_id", "service"],
      ["schedule", "service_id", "service"],
      ["attribute", "link_id", "service"],
      ["attribute", "taxonomy_term_id", "taxonomy_term"],
      ["taxonomy_term", "taxonomy_id", "taxonomy"],
      ["cost_option", "service_id", "service"],
      ["language", "service_id", "service"],
    ];
    for (const [table, field, target] of keys) {
      const ids = new Set(demo[target].map((r) => r.id));
      expect(demo[table].length, table).toBeGreaterThan(0);
      const dangling = demo[table].filter((r) => !ids.has(str(r[field])));
      expect(dangling, `${table}.${field}`).toEqual([]);
    }
    expect(new Set(demo.service_at_location.map((sal) => sal.service_id)).size).toBe(demo.service.length);
  });

  it("validates every row against the official HSDS 3.0 schema of its table", () => {
    for (const table of HSDS_TABLES) {
      const validate = validatorFor(table);
      for (const row of demo[table]) {
        const valid = validate(row);
        expect(valid ? null : { table, row, errors: validate.errors }).toBeNull();
      }
    }
  });

  it("looks like a real social map: fake phones, demo addresses, several languages, hours, costs and statuses", () => {
    for (const phone of demo.phone) expect(str(phone.number)).toMatch(/^(0\d 000 \d\d \d\d|0\d\d 00 0\d \d\d|0800 00 0\d\d)$/);
    for (const s of demo.service) {
      expect(str(s.email)).toMatch(/@demo\.nabij\.be$/);
      expect(str(s.url)).toMatch(/^https:\/\/demo\.nabij\.be\//);
    }
    expect(new Set(demo.address.map((a) => a.country))).toEqual(new Set(["BE"]));
    expect(demo.address.every((a) => /^\d{4}$/.test(str(a.postal_code)) && str(a.state_province) !== "")).toBe(true);
    expect(demo.service.some((s) => /^(Aide|Crèche|Service social|Médiation)/.test(str(s.name)))).toBe(true);
    const codes = new Set(demo.language.map((l) => str(l.code)));
    for (const code of ["nl", "fr", "en", "ar", "tr"]) expect(codes).toContain(code);
    expect(demo.schedule.some((s) => s.freq === "WEEKLY" && /^[A-Z,]+$/.test(str(s.byday)) && s.opens_at === "09:00")).toBe(true);
    expect(demo.schedule.some((s) => s.opens_at === "00:00" && s.closes_at === "23:59")).toBe(true);
    expect(demo.schedule.some((s) => s.opens_at === undefined && str(s.description) !== "")).toBe(true);
    for (const s of demo.schedule) if (s.opens_at !== undefined) expect(`${str(s.opens_at)}-${str(s.closes_at)}`).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
    const amounts = demo.cost_option.map((c) => c.amount);
    expect(amounts.filter((a) => a === 0).length).toBeGreaterThan(demo.service.length / 2);
    expect(amounts.some((a) => typeof a === "number" && a > 0)).toBe(true);
    const statuses = new Set(demo.service.map((s) => s.status));
    expect(statuses).toEqual(new Set(["active", "inactive", "temporarily closed"]));
    expect(demo.service.filter((s) => s.status === "active").length).toBeGreaterThan(demo.service.length * 0.85);
  });

  it("refuses fewer services than anchors", () => {
    expect(() => generateSocialMap({ services: 3, seed: 1 })).toThrow(RangeError);
    expect(generateSocialMap({ services: 4, seed: 1 }).service).toHaveLength(4);
  });

  it("generates the benchmark map of 50,000 services", { timeout: 60_000 }, () => {
    const big = generateSocialMap({ services: 50_000, seed: 50_000 });
    expect(big.service).toHaveLength(50_000);
    expect(new Set(big.service.map((s) => s.id)).size).toBe(50_000);
  });
});
