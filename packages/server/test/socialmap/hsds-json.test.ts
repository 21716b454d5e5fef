import { describe, expect, it } from "vitest";
import { emptyDataset, type HsdsRow } from "../../src/socialmap/hsds/dataset.ts";
import { checkReferences } from "../../src/socialmap/hsds/integrity.ts";
import { datasetFromJson, datasetFromJsonFiles, datasetToJsonDocument, hsdsPage, servicesToJson } from "../../src/socialmap/hsds/json.ts";
import { validateObject } from "../../src/socialmap/hsds/schemas.ts";
import { copy, fixtureJson, problemsOf } from "./support.ts";

const PAGE = fixtureJson("services-page.json") as { contents: Record<string, unknown>[] };
const id = (table: string, n: number): string => `${table}-0000-4000-8000-${String(n).padStart(12, "0")}`;
const ORG = id("10000000", 1);
const SERVICE = id("20000000", 1);
const LOCATION = id("30000000", 1);
const TERM = id("a1000000", 1);
const TAXONOMY = id("a0000000", 1);

const find = (rows: HsdsRow[], rowId: string): HsdsRow | undefined => rows.find((r) => r.id === rowId);

describe("datasetFromJson", () => {
  const ds = datasetFromJson("services-page.json", PAGE);

  it("flattens a Page of nested services into rows per table, sorted by id", () => {
    const counts = Object.fromEntries(Object.entries(ds).map(([t, rows]) => [t, rows.length]).filter(([, n]) => n !== 0));
    expect(counts).toEqual({
      organization: 2, program: 1, service: 4, attribute: 3, service_at_location: 3, location: 2, phone: 3, contact: 2,
      address: 2, schedule: 3, funding: 1, service_area: 1, required_document: 1, language: 6, accessibility: 1,
      taxonomy_term: 2, metadata: 1, cost_option: 1, organization_identifier: 1, taxonomy: 1,
    });
    expect(ds.service.map((s) => s.id)).toEqual([1, 2, 3, 4].map((n) => id("20000000", n)));
    expect(checkReferences(ds)).toEqual([]);
  });

  it("gives nested children their parent's foreign key", () => {
    expect(find(ds.service, SERVICE)).toMatchObject({ organization_id: ORG, program_id: id("b0000000", 1), name: "Schuldbemiddeling OCMW Gent" });
    expect(find(ds.phone, id("50000000", 1))).toMatchObject({ service_id: SERVICE });
    expect(find(ds.phone, id("50000000", 2))).toMatchObject({ location_id: LOCATION });
    expect(find(ds.phone, id("50000000", 3))).toMatchObject({ contact_id: id("60000000", 1) });
    expect(find(ds.language, id("90000000", 4))).toMatchObject({ phone_id: id("50000000", 1) });
    expect(find(ds.service_at_location, id("40000000", 1))).toEqual({ id: id("40000000", 1), service_id: SERVICE, location_id: LOCATION, description: "Schuldbemiddeling in het Sociaal Huis" });
    expect(find(ds.schedule, id("80000000", 3))).toMatchObject({ service_at_location_id: id("40000000", 1) });
    expect(find(ds.organization_identifier, id("b6000000", 1))).toMatchObject({ organization_id: ORG });
    expect(find(ds.attribute, id("a2000000", 1))).toEqual({ id: id("a2000000", 1), link_id: SERVICE, link_entity: "service", taxonomy_term_id: TERM });
    expect(find(ds.taxonomy_term, TERM)).toMatchObject({ taxonomy_id: TAXONOMY });
    expect(find(ds.metadata, id("c0000000", 1))).toMatchObject({ resource_id: SERVICE, resource_type: "service" });
  });

  it("makes one row of a record met twice, merging the fields of its copies", () => {
    expect(ds.organization.filter((o) => o.id === ORG)).toHaveLength(1);
    expect(find(ds.organization, ORG)).toMatchObject({ email: "info@ocmw-gent.example", year_incorporated: 1977 });
    expect(find(ds.location, LOCATION)).toMatchObject({ latitude: 51.0543, transportation: "Tram 1 en 4, halte Voorbeeldplein" });
    expect(find(ds.taxonomy, TAXONOMY)).toMatchObject({ version: "1" });
  });

  it("keeps extension fields holding text, numbers or booleans", () => {
    expect(find(ds.service, SERVICE)).toMatchObject({ nabij_doelgroep: "volwassenen", nabij_wachtlijst: false });
  });

  it("reads a property set to null as absent", () => {
    const service = { id: SERVICE, name: "Schuldbemiddeling", status: "active", alternate_name: null, phones: null, organization: null };
    expect(datasetFromJson("service.json", service).service).toEqual([{ id: SERVICE, name: "Schuldbemiddeling", status: "active" }]);
  });

  it("accepts one service, an array of services, and lists of organizations, taxonomies or taxonomy terms", () => {
    const [first] = PAGE.contents;
    expect(datasetFromJson("one.json", first).service).toHaveLength(1);
    expect(datasetFromJson("list.json", PAGE.contents).service).toHaveLength(4);

    const organization = { id: ORG, name: "OCMW Gent", description: "Welzijn", website: "https://ocmw-gent.example", locations: [{ id: LOCATION, location_type: "physical" }], services: [{ id: SERVICE, name: "Schuldbemiddeling", status: "active" }] };
    const fromOrgs = datasetFromJson("export.json", [organization]);
    expect(fromOrgs.organization).toHaveLength(1);
    expect(fromOrgs.location).toEqual([{ id: LOCATION, location_type: "physical", organization_id: ORG }]);
    expect(fromOrgs.service).toEqual([{ id: SERVICE, name: "Schuldbemiddeling", status: "active", organization_id: ORG }]);

    const taxonomy = { id: TAXONOMY, name: "Levensdomeinen", description: "Indeling", version: "2" };
    expect(datasetFromJson("t.json", hsdsPage([taxonomy], 1, 10, 1)).taxonomy).toEqual([taxonomy]);
    const term = { id: TERM, name: "Financiën", description: "Geld", code: "financien" };
    expect(datasetFromJson("t.json", { contents: [term] }).taxonomy_term).toEqual([term]);
  });

  it("tells lists with only id, name and description apart by the file name", () => {
    const bare = [{ id: TERM, name: "Wonen", description: "Een woning vinden" }];
    expect(datasetFromJson("taxonomy_terms.json", bare).taxonomy_term).toHaveLength(1);
    expect(datasetFromJson("taxonomies.json", bare).taxonomy).toHaveLength(1);
    expect(datasetFromJson("organizations.json", bare).organization).toHaveLength(1);
    expect(problemsOf(() => datasetFromJson("data.json", bare))).toEqual([expect.objectContaining({ file: "data.json", code: "unknown_shape" })]);
    expect(problemsOf(() => datasetFromJson("data.json", "services"))).toEqual([expect.objectContaining({ code: "unknown_shape" })]);
  });

  it("reports a record whose copies disagree, and a child whose key contradicts its parent", () => {
    const page = copy(PAGE);
    (page.contents[1]!.organization as Record<string, unknown>).name = "OCMW Gent (oud)";
    (page.contents[0]!.phones as Record<string, unknown>[])[0]!.service_id = id("20000000", 9);
    const problems = problemsOf(() => datasetFromJson("services-page.json", page));
    expect(problems).toEqual([
      {
        file: "services-page.json",
        path: "contents[0].phones[0]",
        field: "service_id",
        code: "conflicting_reference",
        message: `"service_id" is "${id("20000000", 9)}", but this phone is nested under "${SERVICE}"`,
      },
      expect.objectContaining({ code: "conflicting_duplicate", path: "contents[1].organization", field: "name", message: expect.stringContaining("contents[0].organization") as string }),
    ]);
  });

  it("reads several files into one Dataset, a record in two files being one row", () => {
    const taxonomies = [{ id: TAXONOMY, name: "Levensdomeinen (fictief)", description: "Een fictieve indeling van hulp naar levensdomein", version: "1" }];
    expect(datasetFromJsonFiles(new Map<string, unknown>([["services.json", PAGE], ["taxonomies.json", taxonomies]]))).toEqual(ds);
    const other = [{ ...taxonomies[0], version: "2" }];
    expect(problemsOf(() => datasetFromJsonFiles(new Map<string, unknown>([["services.json", PAGE], ["taxonomies.json", other]])))).toEqual([
      expect.objectContaining({ file: "taxonomies.json", path: "[0]", field: "version", code: "conflicting_duplicate", message: expect.stringContaining("services.json contents[0].attributes[0].taxonomy_term.taxonomy_detail") as string }),
    ]);
  });

  it("reports a key that contradicts the object nested for it", () => {
    const service = { ...copy(PAGE.contents[2]!), organization_id: ORG };
    expect(problemsOf(() => datasetFromJson("service.json", service))).toEqual([
      expect.objectContaining({ path: "$", field: "organization_id", code: "conflicting_reference", message: `"organization_id" is "${ORG}", but the nested organization has id "${id("10000000", 2)}"` }),
    ]);
  });

  it("reports progress", () => {
    const seen: string[] = [];
    datasetFromJson("services-page.json", PAGE, (stage, done, total) => seen.push(`${stage} ${done}/${total}`));
    expect(seen).toEqual(["validate 4/4", "flatten 4/4"]);
  });
});

describe("JSON export", () => {
  const ds = datasetFromJson("services-page.json", PAGE);

  it("writes every service nested, valid against service.json, ordered by id, without nulls", () => {
    const services = servicesToJson(ds);
    expect(services.map((s) => s.id)).toEqual(ds.service.map((s) => s.id));
    for (const [index, service] of services.entries()) expect(validateObject("service", service, { file: "export", path: `[${index}]` })).toEqual([]);
    expect(JSON.stringify(services)).not.toContain("null");
    const first = services[0]!;
    expect(Object.keys(first)).toEqual(expect.arrayContaining(["organization", "program", "phones", "schedules", "service_areas", "service_at_locations", "languages", "funding", "cost_options", "required_documents", "contacts", "attributes", "metadata"]));
    expect(first).toMatchObject({
      organization: { id: ORG, name: "OCMW Gent" },
      service_at_locations: [{ location: { id: LOCATION, addresses: [{ city: "Gent" }], accessibility: [{}], contacts: [{ phones: [{ number: "+32 9 000 00 09" }] }] } }],
      attributes: [{ taxonomy_term: { id: TERM, taxonomy_detail: { id: TAXONOMY } } }],
      nabij_wachtlijst: false,
    });
  });

  it("makes a document that carries what services do not reach, and reads back to the same Dataset", () => {
    const more = copy(ds);
    more.organization.push({ id: ORG.replace(/1$/, "9"), name: "Buurtwerk Antwerpen", description: "Zonder diensten" });
    more.taxonomy_term.push({ id: id("a1000000", 9), name: "Wonen", description: "Ongebruikt", taxonomy_id: TAXONOMY });
    more.location.push({ id: id("30000000", 9), location_type: "virtual", url: "https://chat.example" });
    more.phone.push({ id: id("50000000", 9), location_id: id("30000000", 9), number: "+32 3 000 00 09" });
    more.meta_table_description.push({ id: id("c1000000", 1), name: "services", language: "nl", character_set: "UTF-8" });
    more.attribute.push({ id: id("a2000000", 9), link_id: SERVICE, link_entity: "Service", taxonomy_term_id: TERM });
    const doc = datasetToJsonDocument(more);
    expect(doc.services).toMatchObject({ total_items: 4, total_pages: 1, page_number: 1, size: 4, first_page: true, last_page: true, empty: false });
    expect(doc.organizations.map((o) => o.name)).toEqual(["OCMW Gent", "Rechtswinkel Antwerpen", "Buurtwerk Antwerpen"]);
    expect(doc.organizations[0]).toMatchObject({ organization_identifiers: [{ identifier: "0000.000.097" }], programs: [{ name: "Schuldhulpverlening" }] });
    expect(doc.taxonomy_terms).toHaveLength(3);
    expect(doc.other).toEqual({
      location: [{ id: id("30000000", 9), location_type: "virtual", url: "https://chat.example", phones: [{ id: id("50000000", 9), location_id: id("30000000", 9), number: "+32 3 000 00 09" }] }],
      attribute: [expect.objectContaining({ id: id("a2000000", 9), link_entity: "Service", taxonomy_term: expect.objectContaining({ id: TERM }) as object })],
      meta_table_description: [{ id: id("c1000000", 1), name: "services", language: "nl", character_set: "UTF-8" }],
    });
    const again = datasetFromJson("export.json", JSON.parse(JSON.stringify(doc)));
    expect(again).toEqual(more);
    expect(JSON.stringify(datasetToJsonDocument(again))).toBe(JSON.stringify(doc));
  });

  it("round-trips JSON → Dataset → JSON → Dataset", () => {
    const exported = JSON.parse(JSON.stringify(datasetToJsonDocument(ds))) as unknown;
    expect(datasetFromJson("export.json", exported)).toEqual(ds);
    // The services alone carry their organization's own fields only; its identifiers, locations
    // and programs are in the document's organizations list.
    const servicesOnly = JSON.parse(JSON.stringify(servicesToJson(ds))) as unknown;
    expect(datasetFromJson("services.json", servicesOnly)).toEqual({ ...ds, organization_identifier: [] });
  });

  it("exports an empty Dataset as an empty document", () => {
    const doc = datasetToJsonDocument(emptyDataset());
    expect(doc).toEqual({ hsds_version: "3.0", services: hsdsPage([], 1, 0, 0), organizations: [], taxonomies: [], taxonomy_terms: [], other: {} });
    expect(datasetFromJson("empty.json", doc)).toEqual(emptyDataset());
  });
});

describe("hsdsPage", () => {
  it("describes one page of a list", () => {
    expect(hsdsPage(["a", "b"], 1, 2, 5)).toEqual({ total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: ["a", "b"] });
    expect(hsdsPage(["e"], 3, 2, 5)).toMatchObject({ total_pages: 3, size: 1, first_page: false, last_page: true, empty: false });
    expect(hsdsPage([], 4, 2, 5)).toMatchObject({ size: 0, last_page: true, empty: true });
    expect(hsdsPage([], 1, 50, 0)).toEqual({ total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
  });
});
