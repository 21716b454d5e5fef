import type { Dataset, HsdsRow, HsdsTable } from "./dataset.ts";
import { byId } from "./flatten.ts";
import { NESTINGS } from "./relations.ts";
import { standardResource } from "./schemas.ts";

export type HsdsObject = Record<string, unknown>;

/** The list wrapper of the HSDS API reference (openapi.json, components/schemas/Page). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/**
 * One page of a list. `pageNumber` counts from 1; `perPage` is the page size asked for, used for
 * total_pages. Choices: `size` is the number of items on this page ("The number of entities in
 * the current page"), `empty` says this page has no items (also past the last page), and a list
 * without items has 0 pages, its page 1 being both first and last.
 */
export function hsdsPage<T>(items: T[], pageNumber: number, perPage: number, totalItems: number): HsdsPage<T> {
  const totalPages = totalItems === 0 ? 0 : Math.ceil(totalItems / Math.max(1, perPage));
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: items.length,
    first_page: pageNumber <= 1,
    last_page: pageNumber >= totalPages,
    empty: items.length === 0,
    contents: items,
  };
}

/**
 * The export of a whole Dataset as one JSON document, read back by datasetFromJson:
 * - services: a Page of every service, nested as servicesToJson makes them;
 * - organizations: every organization, nested in full (funding, contacts, phones, locations,
 *   programs, organization_identifiers, attributes, metadata), also those without services;
 * - taxonomies and taxonomy_terms: all of them, also those no attribute uses;
 * - other: per table, rows none of the above reach (a location of no organization and no
 *   service, a contact of nobody, meta_table_description, an attribute whose link_entity is not
 *   a table name …), nested with what hangs under them; usually empty.
 * Every row of the Dataset appears at least once, with every field, so import → export → import
 * gives the same Dataset.
 */
export interface HsdsJsonDocument {
  hsds_version: "3.0";
  services: HsdsPage<HsdsObject>;
  organizations: HsdsObject[];
  taxonomies: HsdsObject[];
  taxonomy_terms: HsdsObject[];
  other: Partial<Record<HsdsTable, HsdsObject[]>>;
}

/** Every service in the nested form, ordered by id; each validates against service.json. */
export function servicesToJson(ds: Dataset): HsdsObject[] {
  const nester = new Nester(ds);
  return sorted(ds.service).map((row) => nester.nest("service", row));
}

export function datasetToJsonDocument(ds: Dataset): HsdsJsonDocument {
  const nester = new Nester(ds);
  const services = sorted(ds.service).map((row) => nester.nest("service", row));
  const listed = (table: HsdsTable): HsdsObject[] => sorted(ds[table]).map((row) => nester.nest(table, row));
  const doc: HsdsJsonDocument = {
    hsds_version: "3.0",
    services: hsdsPage(services, 1, services.length, services.length),
    organizations: listed("organization"),
    taxonomies: listed("taxonomy"),
    taxonomy_terms: listed("taxonomy_term"),
    other: {},
  };
  for (const table of PARENTS_FIRST) {
    for (const row of sorted(ds[table])) {
      if (!nester.reached(table, row.id)) (doc.other[table] ??= []).push(nester.nest(table, row));
    }
  }
  return doc;
}

/** All tables, a parent before what may hang under it, so "other" nests rather than repeats. */
const PARENTS_FIRST: readonly HsdsTable[] = [
  "organization", "program", "service", "service_at_location", "location", "contact", "phone", "taxonomy", "taxonomy_term",
  "attribute", "address", "schedule", "funding", "service_area", "required_document", "language", "accessibility",
  "cost_option", "organization_identifier", "meta_table_description", "metadata",
];

/**
 * References written with their own fields only. A service's organization and program are given
 * in full in the document's organizations list; repeating their locations and programs inside
 * every service would multiply the export for no gain.
 */
const FIELDS_ONLY = new Set(["service.organization", "service.program"]);

const sorted = (rows: readonly HsdsRow[]): HsdsRow[] => [...rows].sort(byId);

const standardFields = new Map<HsdsTable, string[]>();
const fieldOrder = (table: HsdsTable): string[] => {
  let fields = standardFields.get(table);
  if (!fields) standardFields.set(table, (fields = standardResource(table).schema.fields.map((f) => f.name)));
  return fields;
};

/** Builds nested objects from flat rows, noting which rows it has written. */
class Nester {
  private readonly byIdIndex = new Map<HsdsTable, Map<string, HsdsRow>>();
  private readonly fkIndex = new Map<string, Map<string, HsdsRow[]>>();
  private readonly written = new Map<HsdsTable, Set<string>>();

  constructor(private readonly ds: Dataset) {}

  reached(table: HsdsTable, id: string): boolean {
    return this.written.get(table)?.has(id) ?? false;
  }

  nest(table: HsdsTable, row: HsdsRow, fieldsOnly = false): HsdsObject {
    const out = ownFields(table, row);
    let written = this.written.get(table);
    if (!written) this.written.set(table, (written = new Set()));
    written.add(row.id);
    if (fieldsOnly) return out;
    for (const nesting of NESTINGS[table]) {
      if (nesting.kind === "reference") {
        const target = row[nesting.fk];
        const child = typeof target === "string" ? this.row(nesting.table, target) : undefined;
        if (child) out[nesting.property] = this.nest(nesting.table, child, FIELDS_ONLY.has(`${table}.${nesting.property}`));
        continue;
      }
      const field = nesting.kind === "children" ? nesting.fk : nesting.idField;
      let rows = this.rowsWhere(nesting.table, field, row.id);
      if (nesting.kind === "link") rows = rows.filter((r) => r[nesting.typeField] === table);
      if (rows.length > 0) out[nesting.property] = rows.map((r) => this.nest(nesting.table, r));
    }
    return out;
  }

  private row(table: HsdsTable, id: string): HsdsRow | undefined {
    let index = this.byIdIndex.get(table);
    if (!index) this.byIdIndex.set(table, (index = new Map(this.ds[table].map((r) => [r.id, r]))));
    return index.get(id);
  }

  private rowsWhere(table: HsdsTable, field: string, value: string): HsdsRow[] {
    const key = `${table}.${field}`;
    let index = this.fkIndex.get(key);
    if (!index) {
      index = new Map();
      for (const r of sorted(this.ds[table])) {
        const v = r[field];
        if (typeof v !== "string") continue;
        const list = index.get(v);
        if (list) list.push(r);
        else index.set(v, [r]);
      }
      this.fkIndex.set(key, index);
    }
    return index.get(value) ?? [];
  }
}

/** A row's non-null fields: the standard ones in datapackage order, then extension fields by name. */
function ownFields(table: HsdsTable, row: HsdsRow): HsdsObject {
  const out: HsdsObject = {};
  const standard = fieldOrder(table);
  for (const name of standard) if (row[name] !== undefined && row[name] !== null) out[name] = row[name];
  const extra = Object.keys(row).filter((k) => !standard.includes(k)).sort();
  for (const name of extra) if (row[name] !== undefined && row[name] !== null) out[name] = row[name];
  return out;
}
