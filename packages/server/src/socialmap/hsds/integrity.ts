import { HSDS_TABLES, HsdsImportError, type Dataset, type HsdsRow, type HsdsTable, type ImportProblem } from "./dataset.ts";
import { originOf } from "./origin.ts";
import { FOREIGN_KEYS } from "./relations.ts";

/** Whether a row exists outside the Dataset (e.g. already in the database). */
export type KnownRow = (table: HsdsTable, id: string) => boolean;

const isTable = (name: unknown): name is HsdsTable => typeof name === "string" && (HSDS_TABLES as readonly string[]).includes(name);

/**
 * The references of a Dataset: ids unique per table ("duplicate_id"), and every foreign key of
 * the data package (relations.ts FOREIGN_KEYS) pointing to a row of the Dataset or one `known`
 * says exists ("dangling_reference"). attribute.link_id is checked against the table its
 * link_entity names, when that is an HSDS table name. Problems name the row's file and line or
 * JSON path (as the importer recorded them) and the field. Whether ids are UUIDs is for the
 * schemas (format "uuid"), checked on import.
 */
export function checkReferences(ds: Dataset, known?: KnownRow): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const ids = new Map<HsdsTable, Set<string>>();
  for (const table of HSDS_TABLES) {
    const seen = new Set<string>();
    for (const row of ds[table]) {
      if (seen.has(row.id)) problems.push(problem(table, row, "id", "duplicate_id", `${table} "${row.id}" appears more than once`));
      seen.add(row.id);
    }
    ids.set(table, seen);
  }
  const exists = (table: HsdsTable, id: string): boolean => (ids.get(table)?.has(id) ?? false) || (known?.(table, id) ?? false);
  for (const table of HSDS_TABLES) {
    for (const row of ds[table]) {
      for (const { field, table: target } of FOREIGN_KEYS[table]) {
        const value = row[field];
        if (typeof value === "string" && !exists(target, value)) {
          problems.push(problem(table, row, field, "dangling_reference", `${field} "${value}" points to no ${target}`));
        }
      }
    }
  }
  for (const row of ds.attribute) {
    const target = row.link_entity;
    if (isTable(target) && typeof row.link_id === "string" && !exists(target, row.link_id)) {
      problems.push(problem("attribute", row, "link_id", "dangling_reference", `link_id "${row.link_id}" points to no ${target} (link_entity)`));
    }
  }
  return problems;
}

/** checkReferences, throwing HsdsImportError when there is any problem. */
export function assertReferences(ds: Dataset, known?: KnownRow): void {
  const problems = checkReferences(ds, known);
  if (problems.length > 0) throw new HsdsImportError(problems);
}

function problem(table: HsdsTable, row: HsdsRow, field: string, code: string, message: string): ImportProblem {
  return { ...originOf(table, row), field, code, message: `${table} "${row.id}": ${message}` };
}
