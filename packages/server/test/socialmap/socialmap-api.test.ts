import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSocialMap, DEMO_MAP_ANCHORS } from "../../src/socialmap/demo-map.ts";
import { HsdsImportError, validatorFor, type Dataset } from "../../src/socialmap/hsds/index.ts";
import { exportSocialMap, importSocialMap, readSocialMapPath } from "../../src/socialmap/socialmap-import.ts";
import { loadDataset } from "../../src/socialmap/socialmap-store.ts";
import { Client, loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { createTestOrganisation, PASSWORD, startTestServer, type TestOrganisation, type TestServer } from "../support/test-server.ts";

type Hit = { id: string; name: string; why: Array<{ word: string; fields: string[] }>; municipalities: string[]; domains: string[]; free: boolean; openNow: boolean };
type Page<T> = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: T[] };

const count = (ds: Dataset): number => Object.values(ds).reduce((n, rows) => n + rows.length, 0);

describe.each(DIALECTS)("the social map on %s", (dialect) => {
  let server: TestServer;
  let org: TestOrganisation;
  let worker: Client;
  const demo = demoSocialMap();
  const store = () => ({ db: server.services.db, dialect: server.services.dialect });
  const at = (organisationId: string) => ({ organisationId, clock: server.clock, audit: server.services.audit });

  beforeAll(async () => {
    server = await startTestServer(dialect);
    org = await createTestOrganisation(server);
    worker = await loggedIn(server.url, org.worker.email, PASSWORD);
    await importSocialMap(store(), at(org.id), demo);
  });
  afterAll(async () => server.close());

  it("finds the service each example search is about among the first five", async () => {
    for (const anchor of Object.values(DEMO_MAP_ANCHORS)) {
      const result = await worker.get<{ items: Hit[]; totalItems: number }>(`/api/socialmap/services?q=${encodeURIComponent(anchor.query)}&perPage=5`);
      expect(result.status).toBe(200);
      expect(result.body.items.map((i) => i.id), `${anchor.query} → ${anchor.name}`).toContain(anchor.id);
      const hit = result.body.items.find((i) => i.id === anchor.id);
      expect(hit?.why.every((w) => w.fields.length > 0), anchor.query).toBe(true);
    }
  });

  it("filters by life domain, municipality, postcode, free of charge and open now, and answers any text", async () => {
    const housing = await worker.get<{ items: Hit[]; totalItems: number }>("/api/socialmap/services?domain=housing&perPage=100");
    expect(housing.body.totalItems).toBeGreaterThanOrEqual(5);
    expect(housing.body.items.every((i) => i.domains.includes("housing"))).toBe(true);
    const gent = await worker.get<{ items: Hit[] }>("/api/socialmap/services?place=Gent&perPage=100");
    expect(gent.body.items.length).toBeGreaterThan(0);
    expect(gent.body.items.every((i) => i.municipalities.includes("Gent"))).toBe(true);
    expect((await worker.get<{ totalItems: number }>("/api/socialmap/services?place=9000")).body.totalItems).toBe((await worker.get<{ totalItems: number }>("/api/socialmap/services?place=gent")).body.totalItems);
    const free = await worker.get<{ items: Hit[] }>("/api/socialmap/services?free=true&perPage=100");
    expect(free.body.items.length).toBeGreaterThan(0);
    expect(free.body.items.every((i) => i.free)).toBe(true);
    const open = await worker.get<{ items: Hit[] }>("/api/socialmap/services?openNow=true&perPage=100");
    expect(open.body.items.every((i) => i.openNow)).toBe(true);
    for (const q of ['"', "NEAR(x y)", "*", "OR", "a".repeat(2000), "'; --"]) {
      expect((await worker.get(`/api/socialmap/services?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
    }
    const filters = await worker.get<{ municipalities: Array<{ value: string; name: string }>; domains: string[] }>("/api/socialmap/filters");
    expect(filters.body.municipalities.length).toBeGreaterThanOrEqual(10);
    // Shown as written (Dutch for a bilingual municipality), filtered by its key.
    expect(filters.body.municipalities).toContainEqual({ value: "brussel", name: "Brussel" });
    expect(filters.body.municipalities).toContainEqual({ value: "sint jans molenbeek", name: "Sint-Jans-Molenbeek" });
    expect(filters.body.domains).toHaveLength(14);
  });

  it("exports JSON and CSV that validate against HSDS 3.0, and import → export → import gives the same data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nabij-map-"));
    await exportSocialMap(store(), org.id, "json", join(dir, "map.json"));
    const document = JSON.parse(readFileSync(join(dir, "map.json"), "utf8")) as { services: Page<Record<string, unknown>>; organizations: unknown[]; taxonomies: unknown[]; taxonomy_terms: unknown[] };
    const validate = validatorFor("service");
    for (const service of document.services.contents) expect(validate(service), JSON.stringify(validate.errors)).toBe(true);
    for (const organization of document.organizations) expect(validatorFor("organization")(organization)).toBe(true);
    expect(document.services.total_items).toBe(demo.service.length);

    const other = await createTestOrganisation(server);
    await importSocialMap(store(), at(other.id), await readSocialMapPath(join(dir, "map.json")));
    expect(await loadDataset(server.services.db, other.id)).toEqual(await loadDataset(server.services.db, org.id));

    await exportSocialMap(store(), other.id, "csv", join(dir, "csv"));
    const third = await createTestOrganisation(server);
    await importSocialMap(store(), at(third.id), await readSocialMapPath(join(dir, "csv")));
    expect(await loadDataset(server.services.db, third.id)).toEqual(await loadDataset(server.services.db, org.id));
  });

  it("re-importing updates in place, and a bad import changes nothing", async () => {
    const before = count(await loadDataset(server.services.db, org.id));
    const changed = structuredClone(demo);
    const first = changed.service[0];
    if (first) first.name = "Hernoemde dienst";
    await importSocialMap(store(), at(org.id), changed);
    const after = await loadDataset(server.services.db, org.id);
    expect(count(after)).toBe(before);
    expect(after.service.find((s) => s.id === first?.id)?.name).toBe("Hernoemde dienst");

    const broken = structuredClone(demo);
    broken.service_at_location.push({ id: "11111111-1111-4111-8111-111111111111", service_id: demo.service[0]?.id ?? "", location_id: "22222222-2222-4222-8222-222222222222" });
    const renamed = broken.service[1];
    if (renamed) renamed.name = "Mag niet bewaard worden";
    await expect(importSocialMap(store(), at(org.id), broken)).rejects.toBeInstanceOf(HsdsImportError);
    const unchanged = await loadDataset(server.services.db, org.id);
    expect(count(unchanged)).toBe(before);
    expect(unchanged.service.some((s) => s.name === "Mag niet bewaard worden")).toBe(false);
    await importSocialMap(store(), at(org.id), demo); // back to the demo for the other tests
  });

  it("a re-imported service loses the phones and opening hours the new data no longer has; --replace removes services too", async () => {
    const other = await createTestOrganisation(server);
    await importSocialMap(store(), at(other.id), demo);
    const service = demo.service[0];
    const newer = structuredClone(demo);
    const droppedPhones = newer.phone.filter((p) => p.service_id === service?.id).map((p) => p.id);
    const droppedSchedules = newer.schedule.filter((x) => x.service_id === service?.id).map((x) => x.id);
    newer.phone = newer.phone.filter((p) => !droppedPhones.includes(p.id));
    newer.schedule = newer.schedule.filter((x) => !droppedSchedules.includes(x.id));
    const result = await importSocialMap(store(), at(other.id), newer);
    expect(result.removed).toBe(droppedPhones.length + droppedSchedules.length);
    const stored = await loadDataset(server.services.db, other.id);
    expect(stored.phone.some((p) => droppedPhones.includes(p.id))).toBe(false);
    expect(stored.schedule.some((x) => droppedSchedules.includes(x.id))).toBe(false);
    expect(stored.service).toHaveLength(demo.service.length);

    const smaller = structuredClone(newer);
    const gone = smaller.service.pop();
    smaller.service_at_location = smaller.service_at_location.filter((x) => x.service_id !== gone?.id);
    for (const table of ["phone", "schedule", "language", "cost_option", "required_document", "service_area", "funding", "contact"] as const) smaller[table] = smaller[table].filter((x) => x.service_id !== gone?.id);
    smaller.attribute = smaller.attribute.filter((x) => x.link_id !== gone?.id);
    await importSocialMap(store(), { ...at(other.id), replace: true }, smaller);
    const replaced = await loadDataset(server.services.db, other.id);
    expect(replaced.service.map((x) => x.id)).not.toContain(gone?.id);
    expect(count(replaced)).toBe(count(smaller));
  });

  it("serves the HSDS read API: to workers of the organisation, and to anyone only when the map is public", async () => {
    const anonymous = new Client(server.url);
    expect((await anonymous.get("/hsds/services")).status).toBe(404);
    expect((await anonymous.get("/hsds/")).body).toMatchObject({ version: "3.0.0" });

    const own = await worker.get<Page<Record<string, unknown>>>("/hsds/services?per_page=10&page=2");
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ total_items: demo.service.length, page_number: 2, size: 10, first_page: false, empty: false });
    expect(own.body.total_pages).toBe(Math.ceil(demo.service.length / 10));
    for (const service of own.body.contents) expect(validatorFor("service")(service)).toBe(true);

    const admin = await loggedIn(server.url, org.admin.email, PASSWORD);
    const organisation = await admin.get<{ version: number }>("/api/admin/organisation");
    expect((await admin.patch("/api/admin/organisation", { socialMapPublic: true, version: organisation.body.version })).status).toBe(200);
    const open = await anonymous.get<Page<{ id: string }>>(`/hsds/services?organisation=${org.id}&search=${encodeURIComponent(DEMO_MAP_ANCHORS.schuldbemiddelingGent.query)}`);
    expect(open.status).toBe(200);
    expect(open.body.contents.map((s) => s.id)).toContain(DEMO_MAP_ANCHORS.schuldbemiddelingGent.id);
    expect((await anonymous.get(`/hsds/services/${DEMO_MAP_ANCHORS.schuldbemiddelingGent.id}?organisation=${org.id}`)).status).toBe(200);
    const taxonomies = await anonymous.get<Page<{ id: string; name: string }>>(`/hsds/taxonomies?organisation=${org.id}`);
    expect(taxonomies.body.contents.length).toBeGreaterThanOrEqual(2);
    const terms = await anonymous.get<Page<{ taxonomy_id: string }>>(`/hsds/taxonomy_terms?organisation=${org.id}&taxonomy_id=${taxonomies.body.contents[0]?.id ?? ""}&per_page=100`);
    expect(terms.body.contents.every((t) => t.taxonomy_id === taxonomies.body.contents[0]?.id)).toBe(true);
    const organizations = await anonymous.get<Page<Record<string, unknown>>>(`/hsds/organizations?organisation=${org.id}`);
    for (const o of organizations.body.contents) expect(validatorFor("organization")(o)).toBe(true);
    const future = await worker.get<Page<unknown>>("/hsds/services?modified_after=2199-01-01T00:00:00Z");
    expect(future.body).toMatchObject({ total_items: 0, empty: true, contents: [] });
    expect((await worker.get("/hsds/services?per_page=1000")).status).toBe(400);
  });

  it("keeps the workers' contacts at services for their team, and never in the HSDS API", async () => {
    const serviceId = DEMO_MAP_ANCHORS.schuldbemiddelingGent.id;
    const sara = await worker.post<{ id: string; version: number; sharedWithTeam: boolean }>("/api/socialmap/contacts", { serviceId, name: "Sara Contactpersoon", role: "maatschappelijk werker", notes: "Vraag naar Sara, zij kent de regels" });
    expect(sara.status).toBe(201);
    expect(sara.body.sharedWithTeam).toBe(true);
    const mine = await worker.post<{ id: string }>("/api/socialmap/contacts", { serviceId, name: "Enkel voor mij", shareWithTeam: false });
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    const otherTeam = await loggedIn(server.url, org.otherTeamWorker.email, PASSWORD);
    expect((await colleague.get<{ items: Array<{ name: string }> }>(`/api/socialmap/contacts?serviceId=${serviceId}`)).body.items.map((c) => c.name)).toEqual(["Sara Contactpersoon"]);
    expect((await otherTeam.get<{ items: unknown[] }>(`/api/socialmap/contacts?serviceId=${serviceId}`)).body.items).toEqual([]);
    expect((await worker.get<{ items: Array<{ name: string }> }>(`/api/socialmap/contacts?serviceId=${serviceId}`)).body.items.map((c) => c.name)).toEqual(["Enkel voor mij", "Sara Contactpersoon"]);
    expect((await otherTeam.patch(`/api/socialmap/contacts/${mine.body.id}`, { name: "Gekaapt", version: 1 })).status).toBe(404);
    const bad = await worker.post<{ error: { fields: Array<{ path: string; code: string }> } }>("/api/socialmap/contacts", { serviceId: "01890000-0000-7000-8000-000000000000", name: "X" });
    expect(bad.body.error.fields[0]).toMatchObject({ path: "body.serviceId", code: "unknown_service" });
    const hsds = JSON.stringify((await worker.get(`/hsds/services/${serviceId}`)).body);
    expect(hsds).not.toContain("Sara");
    // A tie may link only a contact its worker sees: another team's private contact is unknown.
    const person = await otherTeam.post<{ id: string }>("/api/persons", { displayName: "Netwerk Test" });
    const linked = await otherTeam.post<{ error: { fields: Array<{ path: string; code: string }> } }>(`/api/persons/${person.body.id}/network`, { name: "X", kind: "professional", closeness: "medium", contactId: mine.body.id });
    expect(linked.body.error.fields[0]).toMatchObject({ path: "body.contactId", code: "unknown_contact" });
    expect((await worker.delete(`/api/socialmap/contacts/${sara.body.id}?version=${sara.body.version}`)).status).toBe(204);
  });
});
