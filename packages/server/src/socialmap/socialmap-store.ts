import { sql, type Kysely, type Transaction } from "kysely";
import type { DialectName } from "../db/connect.ts";
import { perDialect } from "../db/dialect.ts";
import type { Database } from "../db/schema.ts";
import { toJson } from "../db/values.ts";
import { emptyDataset, HSDS_TABLES, type Dataset, type HsdsRow, type HsdsTable, type Progress } from "./hsds/dataset.ts";
import { servicesToJson } from "./hsds/json.ts";
import { placeNames } from "./places.ts";
import { buildServiceIndex, type ServiceIndexEntry } from "./service-index.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** Rows per insert statement: well under SQLite's and PostgreSQL's parameter limits. */
const BATCH = 200;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** Every row of an organisation's social map, as a Dataset. */
export async function loadDataset(db: Db, organisationId: string): Promise<Dataset> {
  const ds = emptyDataset();
  const rows = await db.selectFrom("socialmap_record").select(["table_name", "data"]).where("organisation_id", "=", organisationId).orderBy("table_name").orderBy("id").execute();
  for (const row of rows) {
    if ((HSDS_TABLES as readonly string[]).includes(row.table_name)) ds[row.table_name as HsdsTable].push(JSON.parse(row.data) as HsdsRow);
  }
  return ds;
}

/** What an import may refer to without bringing it along: the rows already stored. */
export async function storedRows(db: Db, organisationId: string): Promise<(table: HsdsTable, id: string) => boolean> {
  const rows = await db.selectFrom("socialmap_record").select(["table_name", "id"]).where("organisation_id", "=", organisationId).execute();
  const known = new Set(rows.map((r) => `${r.table_name}/${r.id}`));
  return (table, id) => known.has(`${table}/${id}`);
}

/** Inserts or replaces every row of the dataset (same id: updated in place, never doubled). */
export async function upsertRecords(trx: Transaction<Database>, organisationId: string, ds: Dataset, progress?: Progress): Promise<number> {
  const total = HSDS_TABLES.reduce((n, t) => n + ds[t].length, 0);
  let done = 0;
  for (const table of HSDS_TABLES) {
    for (const batch of chunks(ds[table])) {
      await trx.deleteFrom("socialmap_record").where("organisation_id", "=", organisationId).where("table_name", "=", table).where("id", "in", batch.map((r) => r.id)).execute();
      await trx.insertInto("socialmap_record").values(batch.map((r) => ({ organisation_id: organisationId, table_name: table, id: r.id, data: toJson(r) }))).execute();
      done += batch.length;
      progress?.("store", done, total);
    }
  }
  return total;
}

/** Removes stored rows (children a re-import no longer has, or a full replace). */
export async function deleteRecords(trx: Transaction<Database>, organisationId: string, rows: ReadonlyArray<{ table: HsdsTable; id: string }>): Promise<void> {
  for (const table of HSDS_TABLES) {
    for (const batch of chunks(rows.filter((r) => r.table === table).map((r) => r.id))) {
      await trx.deleteFrom("socialmap_record").where("organisation_id", "=", organisationId).where("table_name", "=", table).where("id", "in", batch).execute();
    }
  }
}

/**
 * Rebuilds the search index of an organisation's whole map from its records: the service rows,
 * their facets and the full-text index (FTS5 rows on SQLite, the tsvector on PostgreSQL).
 */
export async function rebuildIndex(trx: Transaction<Database>, dialect: DialectName, organisationId: string, progress?: Progress): Promise<number> {
  const ds = await loadDataset(trx, organisationId);
  const documents = new Map(servicesToJson(ds).map((doc) => [String(doc.id), doc]));
  const entries = buildServiceIndex(ds).map((e) => ({ ...e, document: documents.get(e.serviceId) ?? { id: e.serviceId } }));
  await trx.deleteFrom("socialmap_facet").where("organisation_id", "=", organisationId).execute();
  await trx.deleteFrom("socialmap_place").where("organisation_id", "=", organisationId).execute();
  const places = [...placeNames(ds.address.map((a) => (typeof a.city === "string" ? a.city : "")).filter(Boolean))];
  for (const batch of chunks(places)) await trx.insertInto("socialmap_place").values(batch.map(([key, name]) => ({ organisation_id: organisationId, key, name }))).execute();
  await trx.deleteFrom("socialmap_service").where("organisation_id", "=", organisationId).execute();
  await perDialect(dialect, {
    sqlite: async () => {
      await trx.deleteFrom("socialmap_fts").where("organisation_id", "=", organisationId).execute();
    },
    postgres: async () => undefined,
  });
  let done = 0;
  for (const batch of chunks(entries)) {
    await insertEntries(trx, dialect, organisationId, batch);
    done += batch.length;
    progress?.("index", done, entries.length);
  }
  await perDialect(dialect, {
    sqlite: async () => undefined,
    // Names weigh more than the rest (A before B), so a service named for the words ranks first.
    postgres: async () => {
      await sql`update socialmap_service set search_vector = setweight(to_tsvector('simple', name_search), 'A') || setweight(to_tsvector('simple', search_text), 'B') where organisation_id = ${organisationId}`.execute(trx);
      // Fresh statistics after a bulk load, or the planner guesses and filters take seconds.
      await sql`analyze socialmap_service`.execute(trx);
      await sql`analyze socialmap_facet`.execute(trx);
    },
  });
  return entries.length;
}

async function insertEntries(trx: Transaction<Database>, dialect: DialectName, organisationId: string, batch: Array<ServiceIndexEntry & { document: object }>): Promise<void> {
  await trx
    .insertInto("socialmap_service")
    .values(
      batch.map((e) => ({
        organisation_id: organisationId,
        service_id: e.serviceId,
        organization_id: e.organizationId,
        name: e.name,
        name_search: e.nameSearch,
        status: e.status,
        search_text: e.searchText,
        match_fields: toJson(e.matchFields),
        opening: toJson(e.opening),
        free: e.free ? 1 : 0,
        modified_at: e.modifiedAt,
        document: toJson(e.document),
      })),
    )
    .execute();
  const facets = batch.flatMap((e) => e.facets.map((f) => ({ organisation_id: organisationId, facet: f.facet, value: f.value, service_id: e.serviceId })));
  for (const part of chunks(facets)) await trx.insertInto("socialmap_facet").values(part).execute();
  if (dialect === "sqlite") {
    await trx.insertInto("socialmap_fts").values(batch.map((e) => ({ name_text: e.nameSearch, search_text: e.searchText, organisation_id: organisationId, service_id: e.serviceId }))).execute();
  }
}
