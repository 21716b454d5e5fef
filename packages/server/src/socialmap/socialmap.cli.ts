import { parseArgs } from "node:util";
import { systemClock } from "@nabij/domain";
import type { Store } from "../db/connect.ts";
import { AuditLog } from "../audit/audit-log.ts";
import { generateSocialMap } from "./demo-map.ts";
import { HsdsImportError, type ImportProblem, type Progress } from "./hsds/index.ts";
import { exportSocialMap, importSocialMap, readSocialMapPath } from "./socialmap-import.ts";

export const SOCIALMAP_USAGE = `  nabij socialmap import PATH [--organisation ID|NAME] [--replace]   HSDS JSON file or CSV data package folder, all or
                        nothing; --replace: the map becomes exactly the data (what it lacks is removed)
  nabij socialmap export --format json|csv --out PATH [--organisation ID|NAME]
  nabij socialmap demo [--services N] [--seed N] [--organisation ID|NAME]   import a generated fictional map`;

/** Which organisation's map: the one named (id or name), or the only one there is. */
async function organisationOf(store: Store, wanted: string | undefined): Promise<string> {
  const all = await store.db.selectFrom("organisation").select(["id", "name"]).orderBy("name").execute();
  if (wanted) {
    const match = all.find((o) => o.id === wanted || o.name === wanted);
    if (!match) throw new Error(`No organisation "${wanted}". There are: ${all.map((o) => `${o.name} (${o.id})`).join(", ") || "none"}`);
    return match.id;
  }
  const [only, ...others] = all;
  if (only && others.length === 0) return only.id;
  throw new Error(`Say which organisation with --organisation (id or name): ${all.map((o) => `${o.name} (${o.id})`).join(", ") || "there is none yet"}`);
}

/** Progress on stderr: a line per stage every tenth, so logs and terminals both stay readable. */
function progressPrinter(): Progress {
  const last = new Map<string, number>();
  return (stage, done, total) => {
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if ((last.get(stage) ?? -1) === tenth) return;
    last.set(stage, tenth);
    process.stderr.write(`${stage}: ${done}/${total}\n`);
  };
}

function printProblems(problems: ImportProblem[]): void {
  console.error(`Nothing was imported: ${problems.length} problem${problems.length === 1 ? "" : "s"}.`);
  for (const p of problems.slice(0, 50)) {
    const where = [p.file, p.line !== undefined ? `line ${p.line}` : p.path, p.field].filter(Boolean).join(" › ");
    console.error(`  ${where}: ${p.message} (${p.code})`);
  }
  if (problems.length > 50) console.error(`  … and ${problems.length - 50} more`);
}

export async function socialMapCommand(store: Store, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { organisation: { type: "string" }, format: { type: "string" }, out: { type: "string" }, services: { type: "string" }, seed: { type: "string" }, replace: { type: "boolean" } },
  });
  try {
    const organisationId = await organisationOf(store, values.organisation);
    const audit = new AuditLog(store.db, systemClock, (error) => console.error(error));
    const at = { organisationId, clock: systemClock, audit, replace: values.replace ?? false };
    switch (sub) {
      case "import": {
        const path = positionals[0];
        if (!path) break;
        const result = await importSocialMap(store, at, await readSocialMapPath(path, progressPrinter()), progressPrinter());
        console.log(`Imported ${result.records} records${result.removed ? ` and removed ${result.removed} the data no longer has` : ""}; the map has ${result.services} services.`);
        return 0;
      }
      case "export": {
        if ((values.format !== "json" && values.format !== "csv") || !values.out) break;
        const result = await exportSocialMap(store, organisationId, values.format, values.out);
        console.log(`Exported ${result.records} records to ${values.out}.`);
        return 0;
      }
      case "demo": {
        const ds = generateSocialMap({ services: Number(values.services ?? 320), seed: Number(values.seed ?? 2026) });
        const result = await importSocialMap(store, at, ds, progressPrinter());
        console.log(`Imported the fictional demo map: ${result.services} services.`);
        return 0;
      }
      default:
        break;
    }
  } catch (error) {
    if (error instanceof HsdsImportError) {
      printProblems(error.problems);
      return 1;
    }
    throw error;
  }
  console.error(`Usage:\n${SOCIALMAP_USAGE}`);
  return 2;
}
