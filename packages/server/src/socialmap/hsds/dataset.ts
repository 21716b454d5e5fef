/**
 * The social map in its flat form: one list of rows per HSDS 3.0 table, as in the tabular data
 * package (schema/datapackage.json). Every import (nested JSON or CSV) becomes a Dataset first,
 * every export starts from one. Rows hold the table's own fields and its foreign keys
 * (service.organization_id, phone.service_id, attribute.link_id …), never nested objects.
 */

/** The HSDS 3.0 tables, in the order of the data package. */
export const HSDS_TABLES = [
  "organization",
  "program",
  "service",
  "attribute",
  "service_at_location",
  "location",
  "phone",
  "contact",
  "address",
  "schedule",
  "funding",
  "service_area",
  "required_document",
  "language",
  "accessibility",
  "taxonomy_term",
  "metadata",
  "meta_table_description",
  "cost_option",
  "organization_identifier",
  "taxonomy",
] as const;
export type HsdsTable = (typeof HSDS_TABLES)[number];

/** One flat row: the table's fields (string, number, boolean or null) with its id (a UUID). */
export type HsdsRow = { id: string } & Record<string, string | number | boolean | null>;

export type Dataset = Record<HsdsTable, HsdsRow[]>;

export function emptyDataset(): Dataset {
  return Object.fromEntries(HSDS_TABLES.map((t) => [t, []])) as unknown as Dataset;
}

/** Where something is wrong in an import: the file, the row (1-based, data rows) or JSON path, the field. */
export interface ImportProblem {
  file: string;
  /** CSV: the line number in the file (the header is line 1). JSON: absent (see `path`). */
  line?: number;
  /** JSON: the path of the object, e.g. "contents[3].phones[0]". */
  path?: string;
  field?: string;
  code: string;
  message: string;
}

/** An import that cannot go through; nothing of it is stored. */
export class HsdsImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`The import has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported`);
  }
}

/** Progress of long work: `done` of `total` units of `stage`. */
export type Progress = (stage: string, done: number, total: number) => void;
