import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasetFromCsvFiles, readCsvPackageDir } from "../../src/socialmap/hsds/csv.ts";
import { datasetFromJson, datasetFromJsonFiles, parseJsonText } from "../../src/socialmap/hsds/json.ts";
import { MAX_JSON_DEPTH } from "../../src/socialmap/hsds/json-import.ts";
import { copy, fixtureFiles, fixtureJson, problemsOf, problemsOfAsync } from "./support.ts";

type Json = Record<string, unknown>;
const PAGE = fixtureJson("services-page.json") as { contents: Json[] };
const CSV = fixtureFiles("csv-package");
const SERVICE_1 = "20000000-0000-4000-8000-0000000000a1";
const ORG_1 = "10000000-0000-4000-8000-0000000000a1";

const withFiles = (...extra: [string, string][]): Map<string, string> => new Map([...CSV, ...extra]);
const withPackage = (pkg: unknown): Map<string, string> => withFiles(["datapackage.json", JSON.stringify(pkg)]);

const tmp: string[] = [];
afterAll(async () => {
  for (const dir of tmp) await rm(dir, { recursive: true, force: true });
});

describe("a malformed datapackage.json is a problem, not a TypeError", () => {
  it("resources that are not objects", () => {
    expect(problemsOf(() => datasetFromCsvFiles(withPackage({ resources: [null, "services.csv", [1]] })))).toEqual([
      { file: "datapackage.json", path: "resources[0]", code: "datapackage_invalid", message: "datapackage.json: resources[0] must be an object; got null" },
      { file: "datapackage.json", path: "resources[1]", code: "datapackage_invalid", message: "datapackage.json: resources[1] must be an object; got string" },
      { file: "datapackage.json", path: "resources[2]", code: "datapackage_invalid", message: "datapackage.json: resources[2] must be an object; got a list" },
    ]);
  });

  it("resources that are no list, or a package that is no object", () => {
    const noList = [{ file: "datapackage.json", code: "datapackage_invalid", message: 'datapackage.json has no "resources" list' }];
    expect(problemsOf(() => datasetFromCsvFiles(withPackage({ resources: "x" })))).toEqual(noList);
    expect(problemsOf(() => datasetFromCsvFiles(withPackage(null)))).toEqual(noList);
    expect(problemsOf(() => datasetFromCsvFiles(withPackage([])))).toEqual(noList);
  });

  it("fields that are not objects or have no name, and schemas that are not objects", () => {
    const pkg = {
      resources: [
        { name: "service", path: "services.csv", schema: { fields: [null, { type: "string" }, { name: "nabij_gratis", type: 3 }, { name: "ok", type: "string" }] } },
        { name: "phone", path: "phones.csv", schema: "x" },
        { name: "location", path: "locations.csv", schema: { fields: { name: "id" } } },
      ],
    };
    expect(problemsOf(() => datasetFromCsvFiles(withPackage(pkg)))).toEqual([
      { file: "datapackage.json", path: "resources[0].schema.fields[0]", code: "datapackage_invalid", message: "datapackage.json: resources[0].schema.fields[0] must be an object; got null" },
      { file: "datapackage.json", path: "resources[0].schema.fields[1]", code: "datapackage_invalid", message: 'datapackage.json: resources[0].schema.fields[1] has no "name"' },
      { file: "datapackage.json", path: "resources[0].schema.fields[2]", code: "datapackage_invalid", message: 'datapackage.json: resources[0].schema.fields[2] has a "type" that is not text' },
      { file: "datapackage.json", path: "resources[1].schema", code: "datapackage_invalid", message: "datapackage.json: resources[1].schema must be an object; got string" },
      { file: "datapackage.json", path: "resources[2].schema.fields", code: "datapackage_invalid", message: "datapackage.json: resources[2].schema.fields must be a list; got object" },
    ]);
  });

  it("resources without a name or a path", () => {
    const pkg = { resources: [{ path: "services.csv" }, { name: "phone" }, { name: "location", path: ["locations.csv", 7] }, {}] };
    expect(problemsOf(() => datasetFromCsvFiles(withPackage(pkg)))).toEqual([
      { file: "datapackage.json", path: "resources[0]", code: "datapackage_invalid", message: 'datapackage.json: resources[0] has no "name"' },
      { file: "datapackage.json", path: "resources[1]", code: "datapackage_invalid", message: 'datapackage.json: resources[1] has no "path"' },
      { file: "datapackage.json", path: "resources[2]", code: "datapackage_invalid", message: 'datapackage.json: resources[2] has a "path" that is not a file name or a list of them' },
      { file: "datapackage.json", path: "resources[3]", code: "datapackage_invalid", message: 'datapackage.json: resources[3] has no "name"' },
      { file: "datapackage.json", path: "resources[3]", code: "datapackage_invalid", message: 'datapackage.json: resources[3] has no "path"' },
    ]);
  });

  it("a package folder with such a datapackage.json", async () => {
    const dir = await mkdtemp(join(tmpdir(), "nabij-hsds-"));
    tmp.push(dir);
    await writeFile(join(dir, "services.csv"), CSV.get("services.csv")!);
    await writeFile(join(dir, "organizations.csv"), CSV.get("organizations.csv")!);
    await writeFile(join(dir, "datapackage.json"), JSON.stringify({ resources: [null, { name: "service", path: ["services.csv", null] }] }));
    expect(await problemsOfAsync(() => readCsvPackageDir(dir))).toEqual([
      expect.objectContaining({ file: "datapackage.json", path: "resources[0]", code: "datapackage_invalid" }),
      expect.objectContaining({ file: "datapackage.json", path: "resources[1]", code: "datapackage_invalid" }),
    ]);
  });

  it("a well-formed datapackage.json still maps and types files", () => {
    const pkg = { resources: [{ name: "service", path: "services.csv", schema: { fields: [{ name: "nabij_gratis", type: "string" }] } }, { name: "phone", path: "phones.csv" }] };
    const ds = datasetFromCsvFiles(withPackage(pkg));
    expect(ds.service.find((s) => s.id === SERVICE_1)).toMatchObject({ nabij_gratis: "ja" });
    expect(ds.phone.length).toBeGreaterThan(0);
  });
});

describe("CSV column names are trimmed", () => {
  it("a header with spaces around names keeps the service's organization", () => {
    const text = CSV.get("services.csv")!;
    const [header, ...rest] = text.split("\n");
    const spaced = header!.split(",").map((name, i) => (i % 2 === 0 ? ` ${name}` : `${name}  `)).join(",");
    const ds = datasetFromCsvFiles(withFiles(["services.csv", [spaced, ...rest].join("\n")]));
    const service = ds.service.find((s) => s.id === SERVICE_1)!;
    expect(service).toMatchObject({ organization_id: ORG_1, name: "Onthaal CAW Antwerpen", nabij_gratis: "ja" });
    expect(Object.keys(service).filter((k) => k !== k.trim())).toEqual([]);
  });

  it("names equal after trimming are a duplicate column", () => {
    const text = CSV.get("phones.csv")!.replace(",location_id,", ", id ,");
    expect(problemsOf(() => datasetFromCsvFiles(withFiles(["phones.csv", text])))).toEqual([
      expect.objectContaining({ file: "phones.csv", line: 1, field: "id", code: "duplicate_column" }),
    ]);
  });
});

/** Arrays nested `levels` deep ([[[…]]]), built without recursion. */
function nestedArrays(levels: number): unknown[] {
  const root: unknown[] = [];
  let inner = root;
  for (let i = 1; i < levels; i += 1) {
    const next: unknown[] = [];
    inner.push(next);
    inner = next;
  }
  return root;
}

/** Objects nested `levels` deep ({ a: { a: … } }), built without recursion. */
function nestedObjects(levels: number): Json {
  const root: Json = {};
  let inner = root;
  for (let i = 1; i < levels; i += 1) {
    const next: Json = {};
    inner.a = next;
    inner = next;
  }
  return root;
}

describe("deeply nested JSON is refused, never a stack overflow", () => {
  it("20,000 levels of arrays, parsed from text", () => {
    const levels = 20_000;
    const value = parseJsonText("deep.json", `${"[".repeat(levels)}${"]".repeat(levels)}`);
    expect(problemsOf(() => datasetFromJson("deep.json", value))).toEqual([
      { file: "deep.json", path: "[0]".repeat(MAX_JSON_DEPTH), code: "too_deep", message: `deep.json nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (at ${"[0]".repeat(MAX_JSON_DEPTH)})` },
    ]);
  });

  it("20,000 levels of objects inside a service, among other files", () => {
    const page = copy(PAGE);
    page.contents[1]!.x_extra = nestedObjects(20_000);
    const problems = problemsOf(() => datasetFromJsonFiles(new Map<string, unknown>([["services.json", page], ["more.json", nestedArrays(20_000)]])));
    expect(problems).toEqual([
      expect.objectContaining({ file: "services.json", path: `contents[1].x_extra${".a".repeat(MAX_JSON_DEPTH - 3)}`, code: "too_deep" }),
      expect.objectContaining({ file: "more.json", code: "too_deep" }),
    ]);
  });

  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more`, () => {
    // The Page is level 1, contents level 2, the service level 3, its extension field level 4.
    const at = (levels: number): { contents: Json[] } => {
      const page = copy(PAGE);
      page.contents[0]!.x_extra = nestedObjects(levels - 3);
      return page;
    };
    expect(datasetFromJson("services.json", at(MAX_JSON_DEPTH)).service).toHaveLength(4);
    expect(problemsOf(() => datasetFromJson("services.json", at(MAX_JSON_DEPTH + 1)))).toEqual([expect.objectContaining({ file: "services.json", code: "too_deep" })]);
  });
});

describe("a NUL character in text is a problem (PostgreSQL cannot store it)", () => {
  it("in a JSON value, nested or not, and in a JSON field name", () => {
    const page = copy(PAGE);
    page.contents[2]!.name = "Onthaal\u0000";
    const phone = (page.contents[0]!.phones as Json[])[0]!;
    phone.number = "09 123\u000045 67";
    page.contents[3]!["x\u0000y"] = "extension";
    expect(problemsOf(() => datasetFromJson("services.json", page))).toEqual([
      { file: "services.json", path: "contents[0].phones[0]", field: "number", code: "invalid_character", message: '"number" holds a NUL character (\\u0000), which cannot be stored' },
      { file: "services.json", path: "contents[2]", field: "name", code: "invalid_character", message: '"name" holds a NUL character (\\u0000), which cannot be stored' },
      { file: "services.json", path: "contents[3]", field: "x\\u0000y", code: "invalid_character", message: 'The field name "x\\u0000y" holds a NUL character (\\u0000), which cannot be stored' },
    ]);
  });

  it("in a CSV cell (quoted or not) and in a CSV column name", () => {
    const services = CSV.get("services.csv")!.replace("Woonbegeleiding Antwerpen", "Woon\u0000begeleiding").replace('"Voor al je', '"Voor\u0000 al je');
    expect(problemsOf(() => datasetFromCsvFiles(withFiles(["services.csv", services])))).toEqual([
      { file: "services.csv", line: 2, field: "description", code: "invalid_character", message: '"description" holds a NUL character (\\u0000), which cannot be stored' },
      { file: "services.csv", line: 3, field: "name", code: "invalid_character", message: '"name" holds a NUL character (\\u0000), which cannot be stored' },
    ]);
    const phones = CSV.get("phones.csv")!.replace(",nabij_volgorde", ",x\u0000");
    expect(problemsOf(() => datasetFromCsvFiles(withFiles(["phones.csv", phones])))).toEqual([
      expect.objectContaining({ file: "phones.csv", line: 1, field: "x\\u0000", code: "invalid_character" }),
    ]);
  });
});
