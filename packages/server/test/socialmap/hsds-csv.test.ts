import { mkdtemp, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { HsdsRow } from "../../src/socialmap/hsds/dataset.ts";
import { datasetFromCsvFiles, datasetToCsvFiles, readCsvPackageDir, writeCsvPackageDir } from "../../src/socialmap/hsds/csv.ts";
import { checkReferences } from "../../src/socialmap/hsds/integrity.ts";
import { datasetFromJson, datasetToJsonDocument, servicesToJson } from "../../src/socialmap/hsds/json.ts";
import { originOf } from "../../src/socialmap/hsds/origin.ts";
import { validateObject, type Datapackage } from "../../src/socialmap/hsds/schemas.ts";
import { fixtureFiles, fixtureJson, problemsOf } from "./support.ts";

const find = (rows: HsdsRow[], id: string): HsdsRow | undefined => rows.find((r) => r.id === id);
const SERVICE = "20000000-0000-4000-8000-0000000000a1";
const tmp: string[] = [];
afterAll(async () => {
  for (const dir of tmp) await rm(dir, { recursive: true, force: true });
});

describe("datasetFromCsvFiles", () => {
  const ds = datasetFromCsvFiles(fixtureFiles("csv-package"));

  it("reads a package by its standard file names, ignoring other files", () => {
    const counts = Object.fromEntries(Object.entries(ds).map(([t, rows]) => [t, rows.length]).filter(([, n]) => n !== 0));
    expect(counts).toEqual({ organization: 2, service: 3, attribute: 3, service_at_location: 3, location: 3, phone: 2, address: 2, schedule: 2, language: 2, taxonomy_term: 3, cost_option: 1, taxonomy: 1 });
    expect(checkReferences(ds)).toEqual([]);
  });

  it("types cells by the datapackage, keeps text as written and extension columns as text", () => {
    expect(find(ds.service, SERVICE)).toEqual({
      id: SERVICE,
      organization_id: "10000000-0000-4000-8000-0000000000a1",
      name: "Onthaal CAW Antwerpen",
      alternate_name: "",
      description: "Voor al je vragen over welzijn, relaties, geld en wonen.",
      status: "active",
      interpretation_services: "Tolken via telefoon mogelijk",
      application_process: "Kom langs zonder afspraak",
      assured_date: "2025-01-15",
      last_modified: "2025-01-15T10:00:00Z",
      nabij_gratis: "ja",
    });
    expect(find(ds.service, "20000000-0000-4000-8000-0000000000a3")).toMatchObject({ minimum_age: 0, maximum_age: 3 });
    expect(find(ds.location, "30000000-0000-4000-8000-0000000000a1")).toMatchObject({ latitude: 51.2194, longitude: 4.4025 });
    expect(find(ds.phone, "50000000-0000-4000-8000-0000000000a1")).toMatchObject({ extension: 12, nabij_volgorde: "1" });
    expect(find(ds.cost_option, "b2000000-0000-4000-8000-0000000000a1")).toMatchObject({ amount: 5.5, currency: "EUR" });
    expect(find(ds.schedule, "80000000-0000-4000-8000-0000000000a1")).toMatchObject({ byday: "MO,TU,WE,TH,FR", opens_at: "09:00", timezone: 1, interval: 1 });
    expect(find(ds.organization, "10000000-0000-4000-8000-0000000000a1")?.description).toBe('Centrum Algemeen Welzijnswerk: onthaal, woonbegeleiding en "eerste hulp" bij vragen over welzijn.\nFictieve organisatie.');
  });

  it("remembers the file and line of each row, for later problems", () => {
    expect(originOf("organization", ds.organization[1]!)).toEqual({ file: "organizations.csv", line: 4 });
    expect(originOf("service", ds.service[2]!)).toEqual({ file: "services.csv", line: 4 });
  });

  it("reports progress per file", () => {
    const seen: string[] = [];
    datasetFromCsvFiles(fixtureFiles("csv-package"), (stage, done, total) => seen.push(`${stage} ${done}/${total}`));
    expect(seen.at(-1)).toBe("read 12/12");
  });

  it("reads a byte order mark, CRLF line ends and the empty rows spreadsheets leave", () => {
    const text = '\uFEFFid,name,description\r\na0000000-0000-4000-8000-0000000000a1,Levensdomeinen,"Twee\r\nregels"\r\n,,\r\na0000000-0000-4000-8000-0000000000a2,,Fictief\r\n';
    const problems = problemsOf(() => datasetFromCsvFiles(new Map([["taxonomies.csv", text]])));
    expect(problems).toEqual([expect.objectContaining({ file: "taxonomies.csv", line: 5, field: "name", code: "required" })]);
    const ds = datasetFromCsvFiles(new Map([["taxonomies.csv", text.replace(",,Fictief", ",Ander,Fictief")]]));
    expect(ds.taxonomy[0]).toEqual({ id: "a0000000-0000-4000-8000-0000000000a1", name: "Levensdomeinen", description: "Twee\r\nregels" });
  });

  it("maps files through the package's own datapackage.json, typing its declared extension fields", () => {
    const pkg: Datapackage = {
      resources: [{ name: "service", path: "data/diensten.csv", schema: { fields: [{ name: "id", type: "string" }, { name: "nabij_plaatsen", type: "integer" }] } }],
    };
    const files = new Map([
      ["datapackage.json", JSON.stringify(pkg)],
      ["data/diensten.csv", `id,name,status,nabij_plaatsen\n${SERVICE},Crèche Zonnestraal,active,12\n`],
    ]);
    expect(datasetFromCsvFiles(files).service).toEqual([{ id: SERVICE, name: "Crèche Zonnestraal", status: "active", nabij_plaatsen: 12 }]);
    const sloppy = { resources: [{ name: "services", path: "services.csv", schema: { fields: [] } }] };
    expect(datasetFromCsvFiles(new Map([["datapackage.json", JSON.stringify(sloppy)], ["services.csv", files.get("data/diensten.csv")!]])).service).toHaveLength(1);
  });
});

describe("CSV export", () => {
  const ds = datasetFromCsvFiles(fixtureFiles("csv-package"));

  it("writes the standard datapackage.json and a CSV per table, header in datapackage order, rows by id", () => {
    const files = datasetToCsvFiles(ds);
    expect([...files.keys()]).toHaveLength(22);
    expect([...files.keys()][0]).toBe("datapackage.json");
    const pkg = JSON.parse(files.get("datapackage.json")!) as Datapackage;
    expect(pkg.resources.map((r) => r.path)).toContain("service_at_location.csv");
    const services = files.get("services.csv")!.split("\n");
    expect(services[0]).toBe("id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process,fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified,nabij_gratis");
    expect(services[1]).toContain(`${SERVICE},10000000-0000-4000-8000-0000000000a1,,Onthaal CAW Antwerpen,"",`);
    expect(pkg.resources.find((r) => r.name === "service")?.schema.fields.at(-1)).toMatchObject({ name: "nabij_gratis", type: "string" });
    expect(files.get("programs.csv")).toBe("id,organization_id,name,alternate_name,description\n");
  });

  it("round-trips CSV → Dataset → CSV → Dataset, and writes the same files twice", () => {
    const files = datasetToCsvFiles(ds);
    const again = datasetFromCsvFiles(files);
    expect(again).toEqual(ds);
    expect(datasetToCsvFiles(again)).toEqual(files);
  });

  it("round-trips JSON → CSV → JSON, extension fields and their types included", () => {
    const fromJson = datasetFromJson("services-page.json", fixtureJson("services-page.json"));
    const files = datasetToCsvFiles(fromJson);
    const pkg = JSON.parse(files.get("datapackage.json")!) as Datapackage;
    expect(pkg.resources.find((r) => r.name === "service")?.schema.fields.slice(-2)).toMatchObject([{ name: "nabij_doelgroep", type: "string" }, { name: "nabij_wachtlijst", type: "boolean" }]);
    const viaCsv = datasetFromCsvFiles(files);
    expect(viaCsv).toEqual(fromJson);
    expect(datasetToJsonDocument(viaCsv)).toEqual(datasetToJsonDocument(fromJson));
    for (const service of servicesToJson(viaCsv)) expect(validateObject("service", service, { file: "export", path: "$" })).toEqual([]);
  });

  it("writes and reads a package folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "nabij-hsds-"));
    tmp.push(dir);
    await writeCsvPackageDir(ds, join(dir, "out"));
    expect((await readdir(join(dir, "out"))).sort()).toHaveLength(22);
    expect(await readCsvPackageDir(join(dir, "out"))).toEqual(ds);
  });

  it("reads resources in subfolders named by datapackage.json", async () => {
    const dir = await mkdtemp(join(tmpdir(), "nabij-hsds-"));
    tmp.push(dir);
    await mkdir(join(dir, "data"));
    await writeFile(join(dir, "datapackage.json"), JSON.stringify({ resources: [{ name: "taxonomy", path: "data/taxonomies.csv", schema: { fields: [] } }] }));
    await writeFile(join(dir, "data", "taxonomies.csv"), "id,name,description\na0000000-0000-4000-8000-0000000000a1,Levensdomeinen,Fictief\n");
    expect((await readCsvPackageDir(dir)).taxonomy).toEqual([{ id: "a0000000-0000-4000-8000-0000000000a1", name: "Levensdomeinen", description: "Fictief" }]);
  });
});

describe("the official HSDS 3.0 example package", () => {
  it("has valid rows, but foreign keys that point outside the package", () => {
    const ds = datasetFromCsvFiles(fixtureFiles("hsds-example-csv"));
    expect(ds.service).toHaveLength(1);
    expect(ds.phone[0]?.number).toBe('"+44 1234 234567"');
    const dangling = checkReferences(ds).map((p) => `${p.file}:${p.line} ${p.field}`);
    expect(dangling).toEqual([
      "locations.csv:2 organization_id",
      "contacts.csv:2 organization_id",
      "contacts.csv:2 service_at_location_id",
      "taxonomy_terms.csv:2 taxonomy_id",
    ]);
  });
});
