import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { emptyDataset, HSDS_TABLES, HsdsImportError, type Dataset, type HsdsRow, type HsdsTable, type ImportProblem, type Progress } from "./dataset.ts";
import { byId } from "./flatten.ts";
import { checkSize } from "./limits.ts";
import { recordOrigin } from "./origin.ts";
import { NESTINGS } from "./relations.ts";
import { standardDatapackage, validateObject, type Datapackage, type DatapackageField, type DatapackageResource } from "./schemas.ts";
import { parseCsvRecords } from "./csv-records.ts";
import { cellValue } from "./csv-values.ts";

const DATAPACKAGE = "datapackage.json";
/** PostgreSQL text cannot hold U+0000, so no value or column name may. */
const NUL = "\u0000";
const shownName = (name: string): string => name.replaceAll(NUL, "\\u0000");

/** A CSV file and the table it holds, with the field types to read it by. */
interface TableFile {
  file: string;
  table: HsdsTable;
  types: Map<string, DatapackageField>;
}

/**
 * Reads an HSDS tabular data package (file name → text) into a Dataset, all or nothing.
 *
 * - Files are matched to tables by the package's datapackage.json when there is one (resource
 *   path → resource name), else by the standard file names (services.csv …). A .csv that is no
 *   HSDS table is an "unknown_table" problem; other files (README, LICENSE) are ignored; a table
 *   without a file is empty. Lines of only empty cells are skipped. A datapackage.json that is
 *   not the shape of a data package (a resource that is no object or has no name or path, a field
 *   that is no object) is a "datapackage_invalid" problem naming datapackage.json and the JSON path.
 * - Column names are trimmed ("id, organization_id" names organization_id).
 * - A cell or column name holding NUL (U+0000, which PostgreSQL cannot store) is an
 *   "invalid_character" problem.
 * - Standard fields are typed by the standard datapackage; columns HSDS does not define are kept
 *   as extension fields (HSDS allows them, docs/extending.md), typed as the package declares them,
 *   else as strings.
 * - A bare empty cell is absent; a quoted empty cell ("") is the empty string, so a Dataset
 *   with empty strings survives CSV. date, time and datetime stay text (the JSON schemas give
 *   them no format, except last_modified: date-time).
 * - Each row is validated against its object's JSON schema (so the same rules hold as for JSON);
 *   the datapackage's extra `required` constraints (tabular_required: service.organization_id …)
 *   are not enforced, so that anything valid as JSON can travel through CSV and back.
 * Problems name the file, the line (of the record's start; the header is line 1) and the field.
 * Foreign keys are not checked here: see checkReferences.
 */
export function datasetFromCsvFiles(files: Map<string, string>, progress?: Progress): Dataset {
  const problems: ImportProblem[] = [];
  const pkg = datapackageOf(files, problems);
  const tableFiles = assignFiles([...files.keys()], pkg, problems);
  const ds = emptyDataset();
  const firstLine = new Map<string, { file: string; line: number }>();
  tableFiles.forEach((tf, index) => {
    for (const { row, line } of readTable(tf, files.get(tf.file) ?? "", problems)) {
      problems.push(...validateObject(tf.table, row, { file: tf.file, line }));
      if (typeof row.id === "string") {
        const key = `${tf.table}/${row.id}`;
        const first = firstLine.get(key);
        if (first) problems.push({ file: tf.file, line, field: "id", code: "duplicate_id", message: `id "${row.id}" is also on line ${first.line} of ${first.file}` });
        else firstLine.set(key, { file: tf.file, line });
      }
      recordOrigin(row, { file: tf.file, line });
      ds[tf.table].push(row);
    }
    progress?.("read", index + 1, tableFiles.length);
  });
  if (problems.length > 0) throw new HsdsImportError(problems);
  for (const table of HSDS_TABLES) ds[table].sort(byId);
  return ds;
}

/**
 * Reads a data package folder: datapackage.json (if any), every *.csv in it, and the resource
 * files datapackage.json names in subfolders. Sizes are checked before reading: each file and
 * all together at most MAX_IMPORT_BYTES.
 */
export async function readCsvPackageDir(dir: string, progress?: Progress): Promise<Dataset> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && (e.name === DATAPACKAGE || /\.csv$/i.test(e.name))).map((e) => e.name);
  if (names.includes(DATAPACKAGE)) {
    checkSize(DATAPACKAGE, (await stat(join(dir, DATAPACKAGE))).size);
    const pkg = datapackageOf(new Map([[DATAPACKAGE, await readFile(join(dir, DATAPACKAGE), "utf8")]]), []);
    for (const path of (pkg?.resources ?? []).flatMap(resourcePaths)) {
      const inside = relative(resolve(dir), resolve(dir, path)).split(sep).join("/");
      if (inside.startsWith("..") || names.includes(inside)) continue;
      if ((await stat(join(dir, inside)).catch(() => undefined))?.isFile()) names.push(inside);
    }
  }
  let total = 0;
  for (const name of names) {
    const bytes = (await stat(join(dir, name))).size;
    checkSize(name, bytes);
    total += bytes;
  }
  checkSize(basename(dir), total);
  const files = new Map<string, string>();
  for (const name of names) files.set(name, await readFile(join(dir, name), "utf8"));
  return datasetFromCsvFiles(files, progress);
}

const resourcePaths = (r: DatapackageResource): string[] => (typeof r.path === "string" ? [r.path] : Array.isArray(r.path) ? r.path.filter((p) => typeof p === "string") : []);

/**
 * The package's datapackage.json, if any, reduced to what can be used: resources that are objects
 * with a name and a path, fields that are objects with a name. Anything else is a
 * "datapackage_invalid" problem naming the file and the JSON path (so the import fails, but every
 * fault is reported at once rather than a TypeError on the first).
 */
function datapackageOf(files: Map<string, string>, problems: ImportProblem[]): Datapackage | undefined {
  const key = [...files.keys()].find((k) => basename(k) === DATAPACKAGE);
  if (key === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse((files.get(key) ?? "").replace(/^\uFEFF/, ""));
  } catch (error) {
    problems.push({ file: key, code: "json_syntax", message: `${key} is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  if (!isObject(parsed) || !Array.isArray(parsed.resources)) {
    problems.push({ file: key, code: "datapackage_invalid", message: `${key} has no "resources" list` });
    return undefined;
  }
  const invalid = (path: string, what: string): void => {
    problems.push({ file: key, path, code: "datapackage_invalid", message: `${key}: ${path} ${what}` });
  };
  const resources: DatapackageResource[] = [];
  (parsed.resources as unknown[]).forEach((resource, index) => {
    const at = `resources[${index}]`;
    if (!isObject(resource)) {
      invalid(at, `must be an object; got ${describe(resource)}`);
      return;
    }
    const paths: unknown[] = Array.isArray(resource.path) ? resource.path : [resource.path];
    let ok = true;
    if (typeof resource.name !== "string" || resource.name === "") {
      invalid(at, `has no "name"`);
      ok = false;
    }
    if (paths.length === 0 || paths.some((p) => typeof p !== "string" || p === "")) {
      invalid(at, resource.path === undefined ? `has no "path"` : `has a "path" that is not a file name or a list of them`);
      ok = false;
    }
    const schema = validSchema(resource.schema, `${at}.schema`, invalid);
    if (!ok || schema === null) return;
    resources.push({ ...resource, schema: schema ?? { fields: [] } } as DatapackageResource);
  });
  return { ...parsed, resources };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "a list" : typeof value);

/** The resource's schema with its fields checked: undefined when there is none, null when it is unusable. */
function validSchema(schema: unknown, at: string, invalid: (path: string, what: string) => void): DatapackageResource["schema"] | undefined | null {
  if (schema === undefined) return undefined;
  if (!isObject(schema)) {
    invalid(at, `must be an object; got ${describe(schema)}`);
    return null;
  }
  if (schema.fields === undefined) return { ...schema, fields: [] } as DatapackageResource["schema"];
  if (!Array.isArray(schema.fields)) {
    invalid(`${at}.fields`, `must be a list; got ${describe(schema.fields)}`);
    return null;
  }
  let ok = true;
  (schema.fields as unknown[]).forEach((field, index) => {
    const fieldAt = `${at}.fields[${index}]`;
    if (!isObject(field)) invalid(fieldAt, `must be an object; got ${describe(field)}`);
    else if (typeof field.name !== "string" || field.name === "") invalid(fieldAt, `has no "name"`);
    else if (field.type !== undefined && typeof field.type !== "string") invalid(fieldAt, `has a "type" that is not text`);
    else return;
    ok = false;
  });
  return ok ? (schema as DatapackageResource["schema"]) : null;
}

const STANDARD = standardDatapackage();
const STANDARD_FILES = new Map(STANDARD.resources.flatMap((r) => resourcePaths(r).map((p) => [p, r.name as HsdsTable] as const)));
const isTable = (name: string): name is HsdsTable => (HSDS_TABLES as readonly string[]).includes(name);

function assignFiles(names: string[], pkg: Datapackage | undefined, problems: ImportProblem[]): TableFile[] {
  const byPath = new Map<string, DatapackageResource>();
  for (const resource of pkg?.resources ?? []) for (const path of resourcePaths(resource)) byPath.set(path.replace(/^\.\//, ""), resource);
  const out: TableFile[] = [];
  for (const file of [...names].sort()) {
    if (!/\.csv$/i.test(file)) continue;
    const resource = byPath.get(file) ?? [...byPath.entries()].find(([path]) => basename(path) === basename(file))?.[1];
    // The package's resource name decides; a standard file name still helps when that name is no table.
    const table = resource && isTable(resource.name) ? resource.name : (STANDARD_FILES.get(basename(file)) ?? resource?.name);
    if (table === undefined || !isTable(table)) {
      const expected = [...STANDARD_FILES.keys()].join(", ");
      const why = table === undefined ? `is not a table of HSDS 3.0 (the tables are ${expected})` : `holds resource "${table}", which is not an HSDS 3.0 table`;
      problems.push({ file, code: "unknown_table", message: `${file} ${why}` });
      continue;
    }
    out.push({ file, table, types: fieldTypes(table, resource) });
  }
  return out;
}

/** Standard fields typed as the standard says; extension fields as the package declares them. */
function fieldTypes(table: HsdsTable, resource: DatapackageResource | undefined): Map<string, DatapackageField> {
  const standard = STANDARD.resources.find((r) => r.name === table)?.schema.fields ?? [];
  const types = new Map(standard.map((f) => [f.name, f]));
  const declared = resource?.schema.fields ?? [];
  for (const field of declared) if (typeof field.name === "string" && !types.has(field.name)) types.set(field.name, field);
  return types;
}

function readTable(tf: TableFile, text: string, problems: ImportProblem[]): { row: HsdsRow; line: number }[] {
  const { file, table } = tf;
  const parsed = parseCsvRecords(file, text);
  if ("problem" in parsed) {
    problems.push(parsed.problem);
    return [];
  }
  const [header, ...body] = parsed.records;
  if (!header) return [];
  // "id, organization_id" names organization_id: spaces around a column name are no part of it.
  const columns = header.cells.map((c) => (c ?? "").trim());
  if (!headerOk(file, table, columns, problems)) return [];
  const types = columns.map((name) => tf.types.get(name)?.type ?? "string");
  // A record of only bare empty cells (",,,," as spreadsheets leave them) is no row.
  const rows = body.filter(({ cells }) => cells.some((c) => c !== undefined));
  return rows.map(({ cells, line }) => {
    const row: Record<string, string | number | boolean> = {};
    cells.forEach((cell, i) => {
      const name = columns[i] ?? "";
      if (cell === undefined) return;
      // Kept in the row (so validation reports nothing else about it); the problem stops the import.
      if (cell.includes(NUL)) problems.push({ file, line, field: name, code: "invalid_character", message: `"${name}" holds a NUL character (\\u0000), which cannot be stored` });
      const converted = cellValue(cell, types[i] ?? "string");
      if (converted.ok) {
        if (converted.value !== undefined) row[name] = converted.value;
      } else problems.push({ file, line, field: name, code: "type", message: `"${name}" ${converted.message}` });
    });
    return { row: row as HsdsRow, line };
  });
}

function headerOk(file: string, table: HsdsTable, columns: string[], problems: ImportProblem[]): boolean {
  const nested = new Set(NESTINGS[table].map((n) => n.property));
  const before = problems.length;
  columns.forEach((name, i) => {
    const at = { file, line: 1, field: name };
    if (name === "") problems.push({ ...at, code: "empty_column", message: `Column ${i + 1} of the header has no name` });
    else if (name.includes(NUL)) problems.push({ ...at, field: shownName(name), code: "invalid_character", message: `Column ${i + 1} of the header holds a NUL character (\\u0000), which cannot be stored` });
    else if (columns.indexOf(name) !== i) problems.push({ ...at, code: "duplicate_column", message: `Column "${name}" appears twice in the header` });
    else if (nested.has(name) || name === "__proto__") problems.push({ ...at, code: "reserved_column", message: `"${name}" holds nested ${name} in HSDS JSON; it cannot be a column of ${file}` });
  });
  return problems.length === before;
}
