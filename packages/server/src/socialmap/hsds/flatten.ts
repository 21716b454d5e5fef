import { emptyDataset, HSDS_TABLES, type Dataset, type HsdsRow, type HsdsTable, type ImportProblem } from "./dataset.ts";
import { recordOrigin, originOf } from "./origin.ts";
import { NESTINGS, ORGANIZATION_SERVICES, type Nesting } from "./relations.ts";
import { joinPath } from "./schemas.ts";

type Scalar = string | number | boolean;
type JsonObject = Record<string, unknown>;

export const isJsonObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

const NUL = "\u0000";

const isScalar = (value: unknown): value is Scalar => typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/**
 * Turns validated nested HSDS objects into flat rows (see relations.ts for how nesting maps to
 * foreign keys). A record met more than once (one organization under many services, one taxonomy
 * term under many attributes) becomes one row: the copies are merged, a field absent in one copy
 * is taken from the other, a field with two different values is a "conflicting_duplicate".
 * Properties HSDS does not define are kept when they hold a string, number or boolean (HSDS
 * allows extension fields); extension objects and arrays have no place in a flat row and are left out.
 * A text value or field name holding NUL (U+0000, which PostgreSQL cannot store) is an
 * "invalid_character" problem naming the file, the object's path and the field.
 */
export class Flattener {
  readonly problems: ImportProblem[] = [];
  private readonly rows = new Map<HsdsTable, Map<string, HsdsRow>>();
  private file = "";

  /** Adds one top-level object of `table` found in `file` at `path`, with everything nested in it. */
  add(file: string, table: HsdsTable, value: JsonObject, path: string): void {
    this.file = file;
    this.object(table, value, path, {}, {});
  }

  /** The rows, per table sorted by id. */
  dataset(): Dataset {
    const ds = emptyDataset();
    for (const [table, rows] of this.rows) ds[table] = [...rows.values()].sort(byId);
    return ds;
  }

  /**
   * One object: its own scalar fields, then the fields its place gives it: `fixed` (an id that
   * must match when present) and `defaults` (a name taken only when absent).
   */
  private object(table: HsdsTable, value: JsonObject, path: string, fixed: Record<string, string>, defaults: Record<string, string>): string {
    const row: Record<string, Scalar> = {};
    const nested = NESTED_PROPERTIES[table];
    for (const [key, field] of Object.entries(value)) {
      if (nested.has(key) || !isScalar(field)) continue;
      if (key.includes(NUL) || (typeof field === "string" && field.includes(NUL))) this.nulProblem(key, path);
      else row[key] = field;
    }
    for (const [field, id] of Object.entries(fixed)) this.setReference(row, field, id, path, `this ${table} is nested under "${id}"`);
    for (const [field, name] of Object.entries(defaults)) row[field] ??= name;
    for (const nesting of NESTINGS[table]) {
      const child = value[nesting.property];
      if (nesting.kind === "reference" && isJsonObject(child)) {
        const childId = this.object(nesting.table, child, joinPath(path, nesting.property), {}, {});
        this.setReference(row, nesting.fk, childId, path, `the nested ${nesting.property} has id "${childId}"`);
      }
    }
    const id = String(row.id);
    this.put(table, row as HsdsRow, path);
    for (const nesting of NESTINGS[table]) this.children(table, id, nesting, value, path);
    if (table === "organization") this.children(table, id, ORGANIZATION_SERVICES, value, path);
    return id;
  }

  private children(table: HsdsTable, id: string, nesting: Nesting, value: JsonObject, path: string): void {
    const items = value[nesting.property];
    if (nesting.kind === "reference" || !Array.isArray(items)) return;
    items.forEach((item, index) => {
      if (!isJsonObject(item)) return;
      const at = joinPath(joinPath(path, nesting.property), index);
      if (nesting.kind === "children") this.object(nesting.table, item, at, { [nesting.fk]: id }, {});
      else this.object(nesting.table, item, at, { [nesting.idField]: id }, { [nesting.typeField]: table });
    });
  }

  /** PostgreSQL text cannot hold U+0000: a value (or field name) with it is a problem, not a row field. */
  private nulProblem(key: string, path: string): void {
    const field = key.replaceAll(NUL, "\\u0000");
    const where = key.includes(NUL) ? `The field name "${field}"` : `"${field}"`;
    this.problems.push({ file: this.file, path, field, code: "invalid_character", message: `${where} holds a NUL character (\\u0000), which cannot be stored` });
  }

  private setReference(row: Record<string, Scalar>, field: string, id: string, path: string, why: string): void {
    const present = row[field];
    if (present === undefined) row[field] = id;
    else if (present !== id) {
      this.problems.push({
        file: this.file,
        path,
        field,
        code: "conflicting_reference",
        message: `"${field}" is "${String(present)}", but ${why}`,
      });
    }
  }

  private put(table: HsdsTable, row: HsdsRow, path: string): void {
    let rows = this.rows.get(table);
    if (!rows) this.rows.set(table, (rows = new Map()));
    const existing = rows.get(row.id);
    if (!existing) {
      rows.set(row.id, row);
      recordOrigin(row, { file: this.file, path });
      return;
    }
    const origin = originOf(table, existing);
    const first = `${origin.file === this.file ? "" : `${origin.file} `}${origin.path ?? ""}`;
    for (const [field, value] of Object.entries(row)) {
      const before = existing[field];
      if (before === undefined || before === null) existing[field] = value;
      else if (before !== value) {
        this.problems.push({
          file: this.file,
          path,
          field,
          code: "conflicting_duplicate",
          message: `${table} "${row.id}" also appears at ${first} with ${field} ${JSON.stringify(before)}; here it is ${JSON.stringify(value)}`,
        });
      }
    }
  }
}

const NESTED_PROPERTIES = Object.fromEntries(
  HSDS_TABLES.map((table) => [table, new Set([...NESTINGS[table].map((n) => n.property), ...(table === "organization" ? [ORGANIZATION_SERVICES.property] : [])])]),
) as unknown as Record<HsdsTable, ReadonlySet<string>>;

export const byId = (a: HsdsRow, b: HsdsRow): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
