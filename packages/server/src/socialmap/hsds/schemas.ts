import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { HSDS_TABLES, type HsdsTable, type ImportProblem } from "./dataset.ts";

/**
 * The official HSDS 3.0 schemas (schema/, one file per object, plus the tabular datapackage.json),
 * loaded once into one Ajv 2020 instance. Each schema is added under its file name, so
 * `"$ref": "phone.json"` resolves. The schemas carry non-standard keywords (constraints, core,
 * datapackage_type, tabular_required …), hence `strict: false`; they allow extra properties.
 */
const SCHEMA_DIR = join(import.meta.dirname, "schema");

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8"));

export interface DatapackageField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
  [key: string]: unknown;
}
export interface DatapackageForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}
export interface DatapackageResource {
  name: string;
  path: string | string[];
  schema: { fields: DatapackageField[]; primaryKey?: string; foreignKeys?: DatapackageForeignKey[] };
  [key: string]: unknown;
}
export interface Datapackage {
  name?: string;
  resources: DatapackageResource[];
  [key: string]: unknown;
}

/** The standard tabular data package of HSDS 3.0, as published (a fresh copy on each call). */
export function standardDatapackage(): Datapackage {
  return readJson("datapackage.json") as Datapackage;
}

const STANDARD = standardDatapackage();

/** The standard resource of a table: its CSV file name and its fields in order. */
export function standardResource(table: HsdsTable): DatapackageResource {
  const resource = STANDARD.resources.find((r) => r.name === table);
  if (!resource) throw new Error(`datapackage.json has no resource ${table}`);
  return resource;
}

/** The JSON schema of one object, e.g. `objectSchema("service").properties.phones`. */
export function objectSchema(table: HsdsTable): { properties: Record<string, Record<string, unknown>>; required?: string[] } {
  return readJson(`${table}.json`) as { properties: Record<string, Record<string, unknown>>; required?: string[] };
}

const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
addFormats(ajv);
for (const table of HSDS_TABLES) ajv.addSchema(objectSchema(table) as object, `${table}.json`);

const compiled = new Map<HsdsTable, ValidateFunction>();

/** The validator of one HSDS object (nested form; a flat row is a valid input too). Compiled on first use. */
export function validatorFor(table: HsdsTable): ValidateFunction {
  let validate = compiled.get(table);
  if (!validate) {
    validate = ajv.getSchema(`${table}.json`);
    if (!validate) throw new Error(`No schema for ${table}`);
    compiled.set(table, validate);
  }
  return validate;
}

/** Where a validated value sits: the file and the JSON path ("contents[3]") or CSV line of the object. */
export interface Place {
  file: string;
  path?: string;
  line?: number;
}

/** Validates `value` as an HSDS `table` object; every problem, none when valid. */
export function validateObject(table: HsdsTable, value: unknown, place: Place): ImportProblem[] {
  const validate = validatorFor(table);
  if (validate(value)) return [];
  return problemsFromAjv(validate.errors ?? [], place);
}

/** Joins a JSON path and a property or index: ("contents", 3) → "contents[3]", ("", "phones") → "phones". */
export function joinPath(base: string, segment: string | number): string {
  if (typeof segment === "number") return `${base}[${segment}]`;
  return base === "" || base === "$" ? segment : `${base}.${segment}`;
}

/** Ajv errors as import problems: the object's path (or line), the field, a code and a plain message. */
export function problemsFromAjv(errors: readonly ErrorObject[], place: Place): ImportProblem[] {
  return errors.map((error) => {
    const segments = error.instancePath
      .split("/")
      .slice(1)
      .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
    let field: string | undefined;
    if (error.keyword === "required") field = String((error.params as { missingProperty: string }).missingProperty);
    else if (segments.length > 0 && !/^\d+$/.test(segments.at(-1) ?? "")) field = segments.pop();
    let path = place.path;
    if (path !== undefined) {
      for (const s of segments) path = joinPath(path, /^\d+$/.test(s) ? Number(s) : s);
      if (path === "") path = "$";
    }
    const problem: ImportProblem = { file: place.file, code: error.keyword, message: messageFor(error, field) };
    if (place.line !== undefined) problem.line = place.line;
    if (path !== undefined) problem.path = path;
    if (field !== undefined) problem.field = field;
    return problem;
  });
}

const shown = (value: unknown): string => {
  const text = typeof value === "string" ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

function messageFor(error: ErrorObject, field: string | undefined): string {
  const name = field === undefined ? "The value" : `"${field}"`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `${name} is required`;
    case "format":
      return `${name} must be a valid ${String(params.format)}; got ${shown(error.data)}`;
    case "enum":
      return `${name} must be one of ${(params.allowedValues as unknown[]).map((v) => shown(v)).join(", ")}; got ${shown(error.data)}`;
    case "type":
      return `${name} must be of type ${String(params.type)}; got ${shown(error.data)}`;
    default:
      return `${name} ${error.message ?? "is not valid"}`;
  }
}
