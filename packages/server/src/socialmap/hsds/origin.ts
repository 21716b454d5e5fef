import type { HsdsRow, HsdsTable } from "./dataset.ts";

/**
 * Where a row of a Dataset came from: the file and the CSV line or the JSON path of its (first)
 * copy. Kept beside the rows, not in them, so rows stay plain HSDS data and datasets compare
 * equal whatever their source. Later checks (checkReferences) use it to name the place.
 */
export interface RowOrigin {
  file: string;
  line?: number;
  path?: string;
}

const origins = new WeakMap<HsdsRow, RowOrigin>();

export function recordOrigin(row: HsdsRow, origin: RowOrigin): void {
  origins.set(row, origin);
}

/** The origin an importer recorded, or a description by table and id for rows made elsewhere. */
export function originOf(table: HsdsTable, row: HsdsRow): RowOrigin {
  return origins.get(row) ?? { file: "dataset", path: `${table}[id=${row.id}]` };
}
