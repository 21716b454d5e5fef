import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ROLES, systemClock, type Role } from "@nabij/domain";
import { createOrganisation, createUser } from "./admin/provisioning.ts";
import { passwordHasher } from "./auth/password.ts";
import { loadConfig, type Config } from "./config.ts";
import { openStore, type Store } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { socialMapCommand, SOCIALMAP_USAGE } from "./socialmap/socialmap.cli.ts";
import { rightsCommand, RIGHTS_USAGE } from "./rights/rights.cli.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PERSON_LOGIN, isEmpty, seedDemo, seedDemoMap } from "./demo/demo.ts";
import { startServer } from "./server.ts";

const USAGE = `Usage: nabij <command>

  serve                 migrate, seed the demo into an empty database (not in production), and serve
  migrate               bring the database schema up to date
  demo                  fill an empty database with the fictional demo
  user create --email E --name N --role worker|coordinator|admin --organisation NAME
                        create an account (and the organisation if it does not exist);
                        the password comes from NABIJ_NEW_PASSWORD or is generated and printed once
${SOCIALMAP_USAGE}
${RIGHTS_USAGE}

Configuration by environment: PORT, HOST, NABIJ_DATABASE_URL, NABIJ_PUBLIC_URL (see README.md).`;

function describeDatabase(config: Config): string {
  return config.databaseUrl.startsWith("postgres") ? config.databaseUrl.replace(/\/\/[^@]*@/, "//***@") : config.databaseUrl;
}

function printDemoAccounts(): void {
  console.log("\nDemo accounts (password: %s):", DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(28)} ${a.role.padEnd(12)} ${a.organisation}`);
  console.log(`  ${DEMO_PERSON_LOGIN.padEnd(28)} ${"person".padEnd(12)} the person's own Nabij at /portal/login`);
}

async function withStore<T>(config: Config, work: (store: Store) => Promise<T>, migrate = true): Promise<T> {
  const store = openStore(config.databaseUrl);
  try {
    if (migrate) await migrateToLatest(store);
    return await work(store);
  } finally {
    await store.close();
  }
}

async function serve(config: Config): Promise<number> {
  const store = openStore(config.databaseUrl);
  await migrateToLatest(store);
  const empty = await isEmpty(store.db);
  if (empty && config.production) {
    console.log("The database is empty. Create the first administrator with:\n  nabij user create --email you@example.org --name \"Your Name\" --role admin --organisation \"Your organisation\"");
  } else if (empty) {
    await seedDemo(store.db, systemClock, passwordHasher(config.passwordHashing).hashPassword);
    await seedDemoMap(store, systemClock);
    console.log("Filled the empty database with the fictional demo.");
  }
  const server = await startServer(config, { store });
  console.log(`Nabij serves on ${config.publicUrl} (listening on ${server.url}; database ${describeDatabase(config)})`);
  if (!config.production) printDemoAccounts();
  const stop = (): void => {
    void server.close().then(() => store.close()).then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new Promise<number>(() => undefined);
}

async function createAccount(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, organisation: { type: "string" } } });
  const role = values.role as Role | undefined;
  if (!values.email || !values.name || !values.organisation || !role || !ROLES.includes(role)) {
    console.error(USAGE);
    return 2;
  }
  const generated = !process.env.NABIJ_NEW_PASSWORD;
  const password = process.env.NABIJ_NEW_PASSWORD ?? randomBytes(15).toString("base64url");
  const passwordHash = await passwordHasher(config.passwordHashing).hashPassword(password);
  await withStore(config, async (store) => {
    await store.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom("organisation").select("id").where("name", "=", values.organisation ?? "").executeTakeFirst();
      const organisationId = existing?.id ?? (await createOrganisation(trx, systemClock, { name: values.organisation ?? "" }));
      await createUser(trx, systemClock, organisationId, { email: values.email ?? "", displayName: values.name ?? "", role, passwordHash });
    });
  });
  console.log(`Created ${role} ${values.email} in "${values.organisation}".${generated ? ` Password (shown once): ${password}` : ""}`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const config = loadConfig();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "serve":
        return await serve(config);
      case "migrate": {
        const applied = await withStore(config, async (store) => migrateToLatest(store), false);
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The schema is up to date.");
        return 0;
      }
      case "demo":
        return await withStore(config, async (store) => {
          if (!(await isEmpty(store.db))) {
            console.error("The database is not empty; the demo only goes into an empty database.");
            return 1;
          }
          await seedDemo(store.db, systemClock, passwordHasher(config.passwordHashing).hashPassword);
          await seedDemoMap(store, systemClock);
          printDemoAccounts();
          return 0;
        });
      case "rights":
        return rightsCommand(config.rightsPacks, rest);
      case "socialmap":
        return await withStore(config, async (store) => socialMapCommand(store, rest));
      case "user":
        if (rest[0] === "create") return await createAccount(config, rest.slice(1));
        console.error(USAGE);
        return 2;
      default:
        console.error(USAGE);
        return command === undefined || command === "help" || command === "--help" ? 0 : 2;
    }
  } catch (error) {
    if ((error as { code?: string }).code === "EADDRINUSE") {
      console.error(`Port ${config.port} on ${config.host} is in use by another program. Stop it, or start Nabij on another port: PORT=8081 npm start`);
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    return 1;
  }
}
