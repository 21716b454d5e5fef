import { describe, expect, it } from "vitest";
import { HSDS_TABLES } from "../../src/socialmap/hsds/dataset.ts";
import { FOREIGN_KEYS, NESTINGS } from "../../src/socialmap/hsds/relations.ts";
import { objectSchema, standardDatapackage, standardResource, validateObject, validatorFor } from "../../src/socialmap/hsds/schemas.ts";

const SERVICE = "20000000-0000-4000-8000-000000000001";

describe("HSDS schemas", () => {
  it("has a validator for every table, resolving $ref between files", () => {
    for (const table of HSDS_TABLES) expect(typeof validatorFor(table)).toBe("function");
    expect(validateObject("service", { id: SERVICE, name: "Schuldbemiddeling", status: "active", phones: [{ id: "50000000-0000-4000-8000-000000000001", number: "+32 9 000 00 01" }] }, { file: "f.json", path: "$" })).toEqual([]);
  });

  it("turns Ajv errors into problems with path, field, code and a plain message", () => {
    const problems = validateObject(
      "service",
      { id: "dienst-1", status: "open", minimum_age: "18", phones: [{ id: "50000000-0000-4000-8000-000000000001" }] },
      { file: "services.json", path: "contents[3]" },
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: "services.json", path: "contents[3]", field: "name", code: "required", message: '"name" is required' },
        { file: "services.json", path: "contents[3]", field: "id", code: "format", message: '"id" must be a valid uuid; got "dienst-1"' },
        expect.objectContaining({ path: "contents[3]", field: "status", code: "enum", message: expect.stringContaining('got "open"') as string }),
        expect.objectContaining({ path: "contents[3]", field: "minimum_age", code: "type" }),
        expect.objectContaining({ path: "contents[3].phones[0]", field: "number", code: "required" }),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it("names a CSV line instead of a path for flat rows", () => {
    expect(validateObject("location", { id: "30000000-0000-4000-8000-000000000001" }, { file: "locations.csv", line: 7 })).toEqual([
      { file: "locations.csv", line: 7, field: "location_type", code: "required", message: '"location_type" is required' },
    ]);
  });
});

describe("HSDS relations", () => {
  it("lists exactly the foreign keys of datapackage.json", () => {
    for (const resource of standardDatapackage().resources) {
      const declared = (resource.schema.foreignKeys ?? []).map((k) => `${k.fields}->${k.reference.resource}`).sort();
      const ours = FOREIGN_KEYS[resource.name as (typeof HSDS_TABLES)[number]].map((k) => `${k.field}->${k.table}`).sort();
      expect(ours, resource.name).toEqual(declared);
    }
  });

  it("covers every nested property of every schema, with fields that exist", () => {
    for (const table of HSDS_TABLES) {
      const properties = objectSchema(table).properties;
      const refOf = (p: Record<string, unknown>): unknown => p.$ref ?? (p.items as { $ref?: unknown } | undefined)?.$ref;
      const nestedInSchema = Object.entries(properties)
        .filter(([, p]) => typeof refOf(p) === "string")
        .map(([name, p]) => [name, String(refOf(p)).replace(".json", "")]);
      const ours = NESTINGS[table].map((n) => [n.property, n.table]);
      expect(ours, table).toEqual(nestedInSchema);
      for (const nesting of NESTINGS[table]) {
        const fields = (t: (typeof HSDS_TABLES)[number]): string[] => standardResource(t).schema.fields.map((f) => f.name);
        if (nesting.kind === "children") expect(fields(nesting.table), `${table}.${nesting.property}`).toContain(nesting.fk);
        if (nesting.kind === "reference") expect(fields(table), `${table}.${nesting.property}`).toContain(nesting.fk);
        if (nesting.kind === "link") expect(fields(nesting.table)).toEqual(expect.arrayContaining([nesting.idField, nesting.typeField]));
      }
    }
  });
});
