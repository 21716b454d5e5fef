import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { HSDS_TABLES, HsdsImportError, type Dataset, type HsdsTable, type ImportProblem, type Progress } from "./dataset.ts";
import { Flattener, isJsonObject } from "./flatten.ts";
import { checkSize } from "./limits.ts";
import { ORGANIZATION_SERVICES } from "./relations.ts";
import { joinPath, validateObject } from "./schemas.ts";

/** The kinds of top-level object a JSON import may hold (the lists of the HSDS API). */
export type TopLevelKind = "service" | "organization" | "taxonomy" | "taxonomy_term";

interface Root {
  table: HsdsTable;
  value: Record<string, unknown>;
  path: string;
}

/**
 * Reads HSDS JSON into a Dataset, all or nothing. Accepted shapes:
 * - one object, an array of objects, or an HSDS Page (`{ total_items, …, contents: [...] }`) of
 *   services, organizations, taxonomies or taxonomy terms;
 * - the export document of datasetToJsonDocument (an object without "id" holding any of
 *   "services" (Page or array), "organizations", "taxonomies", "taxonomy_terms", "other").
 * The kind of a list is told by its fields (detectKind); the file name breaks a tie.
 *
 * Every top-level object is validated against its official schema first and every problem is
 * collected, with JSON paths ("contents[3].phones[0]"); only valid input is flattened. A property
 * set to null is read as absent (the schemas allow no nulls, yet many APIs write them; our exports
 * never do). Input nesting deeper than MAX_JSON_DEPTH is refused ("too_deep"), and text holding
 * NUL ("invalid_character", see Flattener). Foreign keys are not checked here: see checkReferences.
 */
export function datasetFromJson(file: string, value: unknown, progress?: Progress): Dataset {
  return datasetFromJsonFiles(new Map([[file, value]]), progress);
}

/**
 * datasetFromJson over several parsed files at once (e.g. services.json and taxonomies.json):
 * one Dataset, a record met in two files being one row as within a file.
 */
export function datasetFromJsonFiles(files: ReadonlyMap<string, unknown>, progress?: Progress): Dataset {
  const problems: ImportProblem[] = [];
  const roots = [...files].flatMap(([file, value]) => {
    const cleaned = withoutNulls(file, value, problems);
    return cleaned === TOO_DEEP ? [] : rootsOf(file, cleaned, problems).map((root) => ({ ...root, file }));
  });
  roots.forEach((root, index) => {
    problems.push(...validateObject(root.table, root.value, { file: root.file, path: root.path }));
    if (root.table === "organization") problems.push(...validateOrganizationServices(root.file, root));
    report(progress, "validate", index + 1, roots.length);
  });
  if (problems.length > 0) throw new HsdsImportError(problems);

  const flattener = new Flattener();
  roots.forEach((root, index) => {
    flattener.add(root.file, root.table, root.value, root.path);
    report(progress, "flatten", index + 1, roots.length);
  });
  if (flattener.problems.length > 0) throw new HsdsImportError(flattener.problems);
  return flattener.dataset();
}

/** Parses JSON text; a syntax error is a "json_syntax" problem naming the file. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new HsdsImportError([{ file, code: "json_syntax", message: `${file} is not valid JSON: ${(error as Error).message}` }]);
  }
}

/** Reads an HSDS JSON file after checking its size (MAX_IMPORT_BYTES). */
export async function readJsonFile(path: string, progress?: Progress): Promise<Dataset> {
  const file = basename(path);
  checkSize(file, (await stat(path)).size);
  return datasetFromJson(file, parseJsonText(file, await readFile(path, "utf8")), progress);
}

const report = (progress: Progress | undefined, stage: string, done: number, total: number): void => {
  if (progress && (done === total || done % 500 === 0)) progress(stage, done, total);
};

/**
 * How deep arrays and objects may nest (the top-level value is level 1). Real HSDS goes about 20
 * levels deep (a Page → services → service_at_locations → location → phones → attributes →
 * taxonomy_term → …); much deeper input is refused before anything recursive (validation,
 * flattening, JSON.stringify in messages) could overflow the stack on it.
 */
export const MAX_JSON_DEPTH = 64;

const TOO_DEEP: unique symbol = Symbol("too deep");

/**
 * A copy of parsed JSON without null properties (read as absent) and "__proto__" keys. Nesting
 * deeper than MAX_JSON_DEPTH is one "too_deep" problem naming the file and the first such path,
 * and gives TOO_DEEP. The walk itself never goes deeper than MAX_JSON_DEPTH + 1 frames.
 */
function withoutNulls(file: string, value: unknown, problems: ImportProblem[]): unknown {
  const segments: (string | number)[] = []; // the path of the value being walked, built only for a problem
  let tooDeep = false;
  const walk = (item: unknown, depth: number): unknown => {
    if (tooDeep || (!Array.isArray(item) && !isJsonObject(item))) return item;
    if (depth > MAX_JSON_DEPTH) {
      tooDeep = true;
      const path = segments.reduce<string>((base, segment) => joinPath(base, segment), "") || "$";
      problems.push({ file, path, code: "too_deep", message: `${file} nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (at ${path})` });
      return item;
    }
    const inside = (segment: string | number, child: unknown): unknown => {
      segments.push(segment);
      const result = walk(child, depth + 1);
      segments.pop();
      return result;
    };
    if (Array.isArray(item)) return item.map((element: unknown, index) => inside(index, element));
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(item)) if (field !== null && key !== "__proto__") out[key] = inside(key, field);
    return out;
  };
  const out = walk(value, 1);
  return tooDeep ? TOO_DEEP : out;
}

function validateOrganizationServices(file: string, root: Root): ImportProblem[] {
  const services = root.value[ORGANIZATION_SERVICES.property];
  if (!Array.isArray(services)) return [];
  const base = joinPath(root.path, ORGANIZATION_SERVICES.property);
  return services.flatMap((service, index) => validateObject("service", service, { file, path: joinPath(base, index) }));
}

const DOCUMENT_SECTIONS: Record<string, TopLevelKind> = { services: "service", organizations: "organization", taxonomies: "taxonomy", taxonomy_terms: "taxonomy_term" };

const isPage = (value: unknown): value is { contents: unknown[] } => isJsonObject(value) && Array.isArray(value.contents);

function rootsOf(file: string, value: unknown, problems: ImportProblem[]): Root[] {
  if (Array.isArray(value)) return listRoots(file, value, "", undefined, problems);
  if (isPage(value)) return listRoots(file, value.contents, "contents", undefined, problems);
  if (isJsonObject(value) && !("id" in value) && ["other", ...Object.keys(DOCUMENT_SECTIONS)].some((k) => k in value)) {
    return documentRoots(file, value, problems);
  }
  if (isJsonObject(value)) return listRoots(file, [value], "$", undefined, problems);
  problems.push({ file, code: "unknown_shape", message: `${file} holds ${typeof value}; expected an HSDS object, a list of them or a Page` });
  return [];
}

function documentRoots(file: string, doc: Record<string, unknown>, problems: ImportProblem[]): Root[] {
  const roots: Root[] = [];
  for (const [section, kind] of Object.entries(DOCUMENT_SECTIONS)) {
    const part = doc[section];
    if (part === undefined) continue;
    if (isPage(part)) roots.push(...listRoots(file, part.contents, `${section}.contents`, kind, problems));
    else if (Array.isArray(part)) roots.push(...listRoots(file, part, section, kind, problems));
    else problems.push({ file, path: section, code: "unknown_shape", message: `"${section}" must be a list or a Page` });
  }
  const other = doc.other;
  if (other === undefined) return roots;
  if (!isJsonObject(other)) {
    problems.push({ file, path: "other", code: "unknown_shape", message: `"other" must be an object of lists per HSDS table` });
    return roots;
  }
  for (const [table, part] of Object.entries(other)) {
    const at = joinPath("other", table);
    if (!(HSDS_TABLES as readonly string[]).includes(table)) problems.push({ file, path: at, code: "unknown_table", message: `"${table}" is not an HSDS table` });
    else if (!Array.isArray(part)) problems.push({ file, path: at, code: "unknown_shape", message: `"${at}" must be a list` });
    else roots.push(...listRoots(file, part, at, table as HsdsTable, problems));
  }
  return roots;
}

function listRoots(file: string, items: unknown[], path: string, known: HsdsTable | undefined, problems: ImportProblem[]): Root[] {
  const at = (index: number): string => (path === "$" ? "$" : joinPath(path, index));
  const objects: Root[] = [];
  items.forEach((item, index) => {
    if (isJsonObject(item)) objects.push({ table: "service", value: item, path: at(index) });
    else problems.push({ file, path: at(index), code: "type", message: `Expected an HSDS object; got ${JSON.stringify(item)}` });
  });
  if (objects.length === 0) return [];
  const table = known ?? detectKind(objects.map((o) => o.value), file);
  if (table === undefined) {
    problems.push({
      file,
      path: path === "" ? "$" : path,
      code: "unknown_shape",
      message: "Cannot tell whether these are services, organizations, taxonomies or taxonomy terms; name the file after them (services.json, organizations.json …)",
    });
    return [];
  }
  return objects.map((o) => ({ ...o, table }));
}

/** Fields only one of the four top-level kinds has (shared ones such as name, email or uri are left out). */
const SIGNATURES: [TopLevelKind, string[]][] = [
  ["service", ["status", "service_at_locations", "service_areas", "cost_options", "required_documents", "organization", "program", "organization_id", "program_id", "url", "interpretation_services", "application_process", "fees_description", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "alert", "last_modified", "schedules", "languages", "wait_time", "fees", "accreditations", "licenses"]],
  ["organization", ["website", "locations", "programs", "organization_identifiers", "legal_status", "year_incorporated", "tax_status", "tax_id", "logo", "parent_organization_id", "services"]],
  ["taxonomy_term", ["code", "parent_id", "taxonomy", "taxonomy_id", "taxonomy_detail", "term_uri", "language"]],
  ["taxonomy", ["version"]],
];

const FILE_HINTS: [RegExp, TopLevelKind][] = [
  [/taxonomy[_ -]?terms?/i, "taxonomy_term"],
  [/taxonom(y|ies)/i, "taxonomy"],
  [/organi[sz]ations?/i, "organization"],
  [/services?/i, "service"],
];

/**
 * The kind of a list: each object votes for every kind whose signature fields it has; the kind
 * with most votes wins. Without votes, or on a tie, the file name decides ("taxonomy_terms.json").
 */
export function detectKind(objects: readonly Record<string, unknown>[], file: string): TopLevelKind | undefined {
  const votes = SIGNATURES.map(([kind, fields]) => ({ kind, count: objects.filter((o) => fields.some((f) => f in o)).length }));
  votes.sort((a, b) => b.count - a.count);
  const [first, second] = votes;
  if (first && first.count > 0 && first.count !== second?.count) return first.kind;
  return FILE_HINTS.find(([pattern]) => pattern.test(basename(file)))?.[1];
}
