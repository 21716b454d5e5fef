import { stat, writeFile } from "node:fs/promises";
import type { Kysely } from "kysely";
import type { Clock } from "@nabij/domain";
import type { AuditLog } from "../audit/audit-log.ts";
import type { DialectName } from "../db/connect.ts";
import type { Database } from "../db/schema.ts";
import { assertReferences, datasetToJsonDocument, FOREIGN_KEYS, HSDS_TABLES, readCsvPackageDir, readJsonFile, writeCsvPackageDir, type Dataset, type HsdsTable, type Progress } from "./hsds/index.ts";
import { deleteRecords, loadDataset, rebuildIndex, storedRows, upsertRecords } from "./socialmap-store.ts";

/**
 * Rows that belong to their parent (a service's phones, a location's address …): when the parent
 * comes again in an import, its stored children that the new data no longer has are gone.
 * Services, locations, organisations and taxonomy terms stand on their own and are never removed
 * this way (use a full replace for that).
 */
const OWNED: readonly HsdsTable[] = ["phone", "schedule", "language", "address", "accessibility", "cost_option", "required_document", "service_area", "funding", "contact", "service_at_location", "organization_identifier", "attribute", "metadata"];

/** The stored rows an import replaces: children of re-imported parents (or, on `replace`, all not in the data). */
export function rowsToRemove(stored: Dataset, incoming: Dataset, replace: boolean): Array<{ table: HsdsTable; id: string }> {
  const incomingIds = new Map(HSDS_TABLES.map((t) => [t, new Set(incoming[t].map((r) => r.id))]));
  const anyIncoming = new Set(HSDS_TABLES.flatMap((t) => incoming[t].map((r) => r.id)));
  const result: Array<{ table: HsdsTable; id: string }> = [];
  for (const table of HSDS_TABLES) {
    const keep = incomingIds.get(table) ?? new Set<string>();
    for (const row of stored[table]) {
      if (keep.has(row.id)) continue;
      const parentCame =
        OWNED.includes(table) &&
        (FOREIGN_KEYS[table].some((fk) => typeof row[fk.field] === "string" && (incomingIds.get(fk.table)?.has(row[fk.field] as string) ?? false)) ||
          (table === "attribute" && typeof row.link_id === "string" && anyIncoming.has(row.link_id)) ||
          (table === "metadata" && typeof row.resource_id === "string" && anyIncoming.has(row.resource_id)));
      if (replace || parentCame) result.push({ table, id: row.id });
    }
  }
  return result;
}

export interface SocialMapStore {
  db: Kysely<Database>;
  dialect: DialectName;
}

/** Reads an HSDS file or folder: a .json file (nested services, pages, lists) or a CSV data package folder. */
export async function readSocialMapPath(path: string, progress?: Progress): Promise<Dataset> {
  const info = await stat(path);
  return info.isDirectory() ? readCsvPackageDir(path, progress) : readJsonFile(path, progress);
}

/**
 * Imports a dataset into an organisation's map, all or nothing: every reference must point to a
 * row of the dataset or of the map already stored; rows with known ids are updated in place, and
 * the children a re-imported parent no longer has are removed (with `replace`, everything the
 * data does not hold); then the organisation's search index is rebuilt. Audited as one write.
 */
export async function importSocialMap(
  store: SocialMapStore,
  at: { organisationId: string; clock: Clock; audit?: AuditLog | undefined; actor?: string | undefined; replace?: boolean | undefined },
  ds: Dataset,
  progress?: Progress,
): Promise<{ records: number; services: number; removed: number }> {
  const removed = rowsToRemove(await loadDataset(store.db, at.organisationId), ds, at.replace ?? false);
  const gone = new Set(removed.map((r) => `${r.table}/${r.id}`));
  const known = await storedRows(store.db, at.organisationId);
  assertReferences(ds, (table, id) => known(table, id) && !gone.has(`${table}/${id}`));
  return store.db.transaction().execute(async (trx) => {
    await deleteRecords(trx, at.organisationId, removed);
    const records = await upsertRecords(trx, at.organisationId, ds, progress);
    const services = await rebuildIndex(trx, store.dialect, at.organisationId, progress);
    await at.audit?.write(trx, { organisationId: at.organisationId, actorKind: at.actor ? "user" : "system", actorId: at.actor ?? null, requestId: null }, { action: "socialmap.import", entityType: "socialmap", reason: `${records} records, ${removed.length} removed` });
    return { records, services, removed: removed.length };
  });
}

/** Writes an organisation's whole map as HSDS JSON (one document) or as a CSV data package folder. */
export async function exportSocialMap(store: SocialMapStore, organisationId: string, format: "json" | "csv", out: string): Promise<{ records: number }> {
  const ds = await loadDataset(store.db, organisationId);
  const records = Object.values(ds).reduce((n, rows) => n + rows.length, 0);
  if (format === "csv") await writeCsvPackageDir(ds, out);
  else await writeFile(out, `${JSON.stringify(datasetToJsonDocument(ds), null, 2)}\n`, "utf8");
  return { records };
}
