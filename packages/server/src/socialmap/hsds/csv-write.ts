import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { Dataset, HsdsTable } from "./dataset.ts";
import { byId } from "./flatten.ts";
import { cellText, inferredType } from "./csv-values.ts";
import { standardDatapackage } from "./schemas.ts";

/**
 * A Dataset as a tabular data package: datapackage.json (the standard one) and one CSV per table,
 * every table even when empty. Header = the standard fields in datapackage order; rows by id.
 * Extension fields (kept from an import) follow as extra columns, sorted by name, and are declared
 * in that resource of datapackage.json (type number or boolean when all values are, else string)
 * so the package reads back the same. Absent values are bare empty cells, empty strings are "".
 */
export function datasetToCsvFiles(ds: Dataset): Map<string, string> {
  const pkg = standardDatapackage();
  const csv = new Map<string, string>();
  for (const resource of pkg.resources) {
    const table = resource.name as HsdsTable;
    const rows = [...ds[table]].sort(byId);
    const standard = resource.schema.fields.map((f) => f.name);
    const extensions = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== null && r[k] !== undefined)))].filter((k) => !standard.includes(k)).sort();
    for (const name of extensions) {
      const values = rows.map((r) => r[name]).filter((v) => v !== null && v !== undefined);
      resource.schema.fields.push({ name, type: inferredType(values), description: "An extension field: not part of HSDS 3.0." });
    }
    const columns = [...standard, ...extensions];
    const records = rows.map((row) => columns.map((c) => cellText(row[c])));
    csv.set(String(resource.path), stringify(records, { header: true, columns, quoted_match: [/^$/, /[\r\n]/] }));
  }
  return new Map([["datapackage.json", `${JSON.stringify(pkg, null, 4)}\n`], ...csv]);
}

/** Writes datasetToCsvFiles into `dir` (made when missing); files already there with other names stay. */
export async function writeCsvPackageDir(ds: Dataset, dir: string): Promise<void> {
  for (const [name, text] of datasetToCsvFiles(ds)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text, "utf8");
  }
}
