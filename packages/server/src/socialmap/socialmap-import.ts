import { stat, writeFile } from "node:fs/promises";
import type { Kysely } from "kysely";
import type { Clock } from "@nabij/domain";
import type { AuditLog } from "../audit/audit-log.ts";
import type { DialectName } from "../db/connect.ts";
import type { Database } from "../db/schema.ts";
import { assertReferences, datasetToJsonDocument, readCsvPackageDir, readJsonFile, writeCsvPackageDir, type Dataset, type Progress } from "./hsds/index.ts";
import { loadDataset, rebuildIndex, storedRows, upsertRecords } from "./socialmap-store.ts";

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
 * row of the dataset or of the map already stored; rows with known ids are updated in place;
 * then the organisation's search index is rebuilt. Audited as one write.
 */
export async function importSocialMap(
  store: SocialMapStore,
  at: { organisationId: string; clock: Clock; audit?: AuditLog | undefined; actor?: string | undefined },
  ds: Dataset,
  progress?: Progress,
): Promise<{ records: number; services: number }> {
  assertReferences(ds, await storedRows(store.db, at.organisationId));
  return store.db.transaction().execute(async (trx) => {
    const records = await upsertRecords(trx, at.organisationId, ds, progress);
    const services = await rebuildIndex(trx, store.dialect, at.organisationId, progress);
    await at.audit?.write(trx, { organisationId: at.organisationId, actorKind: at.actor ? "user" : "system", actorId: at.actor ?? null, requestId: null }, { action: "socialmap.import", entityType: "socialmap", reason: `${records} records` });
    return { records, services };
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
