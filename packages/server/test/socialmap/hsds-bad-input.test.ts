import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasetFromCsvFiles, readCsvPackageDir } from "../../src/socialmap/hsds/csv.ts";
import { HsdsImportError } from "../../src/socialmap/hsds/dataset.ts";
import { assertReferences, checkReferences } from "../../src/socialmap/hsds/integrity.ts";
import { datasetFromJson, parseJsonText, readJsonFile } from "../../src/socialmap/hsds/json.ts";
import { checkSize, MAX_IMPORT_BYTES } from "../../src/socialmap/hsds/limits.ts";
import { copy, fixtureFiles, fixtureJson, problemsOf, problemsOfAsync } from "./support.ts";

type Json = Record<string, unknown>;
const PAGE = fixtureJson("services-page.json") as { contents: Json[] };
const CSV = fixtureFiles("csv-package");
const UNKNOWN = "30000000-0000-4000-8000-00000000dead";

const withCsv = (file: string, text: string): Map<string, string> => new Map([...CSV, [file, text]]);
const services = (page: { contents: Json[] }): Json[] => page.contents;

const tmp: string[] = [];
afterAll(async () => {
  for (const dir of tmp) await rm(dir, { recursive: true, force: true });
});

describe("bad HSDS input gives clear problems and no dataset", () => {
  it("a service without a name", () => {
    const page = copy(PAGE);
    delete services(page)[2]!.name;
    expect(problemsOf(() => datasetFromJson("services.json", page))).toEqual([
      { file: "services.json", path: "contents[2]", field: "name", code: "required", message: '"name" is required' },
    ]);
    const csv = CSV.get("services.csv")!.replace(",Woonbegeleiding Antwerpen,", ",,");
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("services.csv", csv)))).toEqual([
      { file: "services.csv", line: 3, field: "name", code: "required", message: '"name" is required' },
    ]);
  });

  it("an id that is not a UUID, deep inside a service", () => {
    const page = copy(PAGE);
    const sal = (services(page)[0]!.service_at_locations as Json[])[0]!;
    ((sal.location as Json).phones as Json[])[0]!.id = "telefoon-1";
    expect(problemsOf(() => datasetFromJson("services.json", page))).toEqual([
      expect.objectContaining({ path: "contents[0].service_at_locations[0].location.phones[0]", field: "id", code: "format", message: '"id" must be a valid uuid; got "telefoon-1"' }),
    ]);
    const csv = CSV.get("addresses.csv")!.replace("70000000-0000-4000-8000-0000000000a2", "adres-2");
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("addresses.csv", csv)))).toEqual([expect.objectContaining({ file: "addresses.csv", line: 3, field: "id", code: "format" })]);
  });

  it("a service_at_location pointing to no location", () => {
    const page = copy(PAGE);
    services(page)[3]!.service_at_locations = [{ id: "40000000-0000-4000-8000-000000000009", location_id: UNKNOWN }];
    const ds = datasetFromJson("services.json", page);
    const problems = checkReferences(ds);
    expect(problems).toEqual([
      {
        file: "services.json",
        path: "contents[3].service_at_locations[0]",
        field: "location_id",
        code: "dangling_reference",
        message: `service_at_location "40000000-0000-4000-8000-000000000009": location_id "${UNKNOWN}" points to no location`,
      },
    ]);
    expect(() => assertReferences(ds)).toThrow(HsdsImportError);
    expect(checkReferences(ds, (table, id) => table === "location" && id === UNKNOWN)).toEqual([]);

    const csv = `${CSV.get("service_at_location.csv")!}40000000-0000-4000-8000-0000000000a9,${"20000000-0000-4000-8000-0000000000a2"},${UNKNOWN},\n`;
    expect(checkReferences(datasetFromCsvFiles(withCsv("service_at_location.csv", csv)))).toEqual([
      expect.objectContaining({ file: "service_at_location.csv", line: 5, field: "location_id", code: "dangling_reference" }),
    ]);
  });

  it("an attribute linked to a service that is not there, and an id used twice", () => {
    const csv = `${CSV.get("attributes.csv")!}a2000000-0000-4000-8000-0000000000a1,20000000-0000-4000-8000-0000000000ff,a1000000-0000-4000-8000-0000000000a1,,service,\n`;
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("attributes.csv", csv)))).toEqual([
      { file: "attributes.csv", line: 5, field: "id", code: "duplicate_id", message: 'id "a2000000-0000-4000-8000-0000000000a1" is also on line 2 of attributes.csv' },
    ]);
    const ds = datasetFromCsvFiles(withCsv("attributes.csv", csv.replace(/a2000000-0000-4000-8000-0000000000a1(,20000000-0000-4000-8000-0000000000ff)/, "a2000000-0000-4000-8000-0000000000a9$1")));
    expect(checkReferences(ds)).toEqual([expect.objectContaining({ file: "attributes.csv", line: 5, field: "link_id", code: "dangling_reference" })]);
  });

  it("a status outside the enum", () => {
    const page = copy(PAGE);
    services(page)[1]!.status = "open";
    expect(problemsOf(() => datasetFromJson("services.json", page))).toEqual([
      {
        file: "services.json",
        path: "contents[1]",
        field: "status",
        code: "enum",
        message: '"status" must be one of "active", "inactive", "defunct", "temporarily closed"; got "open"',
      },
    ]);
  });

  it("every problem of every object at once, none flattened", () => {
    const page = copy(PAGE);
    services(page)[0]!.status = "open";
    delete services(page)[1]!.name;
    services(page)[3]!.minimum_age = "achttien";
    const problems = problemsOf(() => datasetFromJson("services.json", page));
    expect(problems.map((p) => `${p.path} ${p.field} ${p.code}`)).toEqual(["contents[0] status enum", "contents[1] name required", "contents[3] minimum_age type"]);
  });

  it("broken CSV quoting, naming the file and line", () => {
    const unclosed = 'id,name,description\na0000000-0000-4000-8000-0000000000a1,Levensdomeinen,Fictief\na0000000-0000-4000-8000-0000000000a2,"Domeinen,Fictief\na0000000-0000-4000-8000-0000000000a3,Ander,Fictief\n';
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("taxonomies.csv", unclosed)))).toEqual([
      { file: "taxonomies.csv", line: 3, code: "csv_syntax", message: "taxonomies.csv, record starting on line 3: a quoted cell is never closed" },
    ]);
    const stray = 'id,name,description\na0000000-0000-4000-8000-0000000000a1,"Levensdomeinen"x,Fictief\n';
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("taxonomies.csv", stray)))).toEqual([
      { file: "taxonomies.csv", line: 2, code: "csv_syntax", message: 'taxonomies.csv, record starting on line 2: Invalid Closing Quote: got "x" instead of delimiter, record delimiter, trimable character (if activated) or comment' },
    ]);
    const crlf = 'id,name,description\r\na0000000-0000-4000-8000-0000000000a1,"Twee\r\nregels",Fictief\r\n\r\na0000000-0000-4000-8000-0000000000a2,"Kapot"x,Fictief\r\n';
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("taxonomies.csv", crlf)))).toEqual([expect.objectContaining({ line: 5, code: "csv_syntax" })]);
    const ragged = 'id,name,description\na0000000-0000-4000-8000-0000000000a1,Levensdomeinen,Fictief,extra\n';
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("taxonomies.csv", ragged)))).toEqual([expect.objectContaining({ file: "taxonomies.csv", line: 2, code: "csv_syntax" })]);
  });

  it("a cell that is not of its column's type", () => {
    const csv = CSV.get("locations.csv")!.replace("51.0259", "ongeveer 51");
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("locations.csv", csv)))).toEqual([
      { file: "locations.csv", line: 3, field: "latitude", code: "type", message: '"latitude" must be a number; got "ongeveer 51"' },
    ]);
  });

  it("a CSV file that is no HSDS table, and a bad header", () => {
    expect(problemsOf(() => datasetFromCsvFiles(withCsv("diensten.csv", "id,naam\n")))).toEqual([
      expect.objectContaining({ file: "diensten.csv", code: "unknown_table", message: expect.stringContaining("is not a table of HSDS 3.0") as string }),
    ]);
    const pkg = JSON.stringify({ resources: [{ name: "widget", path: "widgets.csv", schema: { fields: [] } }] });
    expect(problemsOf(() => datasetFromCsvFiles(new Map([["datapackage.json", pkg], ["widgets.csv", "id\n"]])))).toEqual([
      expect.objectContaining({ file: "widgets.csv", code: "unknown_table", message: 'widgets.csv holds resource "widget", which is not an HSDS 3.0 table' }),
    ]);
    expect(problemsOf(() => datasetFromCsvFiles(new Map([["taxonomies.csv", "id,name,name,\n"]])))).toEqual([
      expect.objectContaining({ line: 1, field: "name", code: "duplicate_column" }),
      expect.objectContaining({ line: 1, field: "", code: "empty_column" }),
    ]);
    expect(problemsOf(() => datasetFromCsvFiles(new Map([["services.csv", "id,name,status,phones\n"]])))).toEqual([expect.objectContaining({ field: "phones", code: "reserved_column" })]);
  });

  it("JSON that is not JSON, or not HSDS", () => {
    expect(problemsOf(() => parseJsonText("services.json", '{"contents": ['))).toEqual([expect.objectContaining({ file: "services.json", code: "json_syntax" })]);
    expect(problemsOf(() => datasetFromJson("services.json", { contents: [42] }))).toEqual([expect.objectContaining({ path: "contents[0]", code: "type" })]);
    expect(problemsOf(() => datasetFromJson("export.json", { services: [], other: { widget: [] } }))).toEqual([expect.objectContaining({ path: "other.widget", code: "unknown_table" })]);
  });

  it("a file over the size limit, before anything is read", async () => {
    expect(MAX_IMPORT_BYTES).toBe(100 * 1024 * 1024);
    expect(() => checkSize("services.json", MAX_IMPORT_BYTES)).not.toThrow();
    expect(problemsOf(() => checkSize("services.json", 200 * 1024 * 1024))).toEqual([
      { file: "services.json", code: "too_large", message: "services.json is 200.0 MiB; an import may be at most 100.0 MiB" },
    ]);
    const dir = await mkdtemp(join(tmpdir(), "nabij-hsds-"));
    tmp.push(dir);
    await writeFile(join(dir, "services.json"), "");
    await truncate(join(dir, "services.json"), 200 * 1024 * 1024); // sparse: no 200 MB on disk
    expect(await problemsOfAsync(() => readJsonFile(join(dir, "services.json")))).toEqual([expect.objectContaining({ file: "services.json", code: "too_large" })]);
    await writeFile(join(dir, "organizations.csv"), "");
    await truncate(join(dir, "organizations.csv"), 150 * 1024 * 1024);
    expect(await problemsOfAsync(() => readCsvPackageDir(dir))).toEqual([expect.objectContaining({ file: "organizations.csv", code: "too_large" })]);
  });
});
