import type { FastifyInstance } from "fastify";
import { systemClock, type Clock } from "@nabij/domain";
import type { Services } from "./access/context.ts";
import { passwordHasher } from "./auth/password.ts";
import { AuditLog } from "./audit/audit-log.ts";
import type { Config } from "./config.ts";
import { openStore, type Store } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { buildApp } from "./http/app.ts";
import { startJobWorker } from "./jobs/job-queue.ts";
import { readSecret } from "./secrets.ts";
import { loadRightsCatalogue } from "./rights/rights-catalogue.ts";
import { RECHECK_JOB, recheckHandler, scheduleRechecks } from "./rights/recheck.job.ts";

export function createServices(config: Config, store: Store, clock: Clock = systemClock): Services {
  const hasher = passwordHasher(config.passwordHashing);
  return {
    db: store.db,
    dialect: store.dialect,
    clock,
    config,
    audit: new AuditLog(store.db, clock, (error) => console.error("audit flush failed", error)),
    ...hasher,
    sessionKey: readSecret(config.keysDir, "session"),
    signalKey: readSecret(config.keysDir, "signal-pseudonym"),
    rights: loadRightsCatalogue(config.rightsPacks),
  };
}

export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, migrates, and serves. close() drains requests, jobs and the audit queue. */
export async function startServer(config: Config, options: { clock?: Clock; store?: Store; jobs?: boolean } = {}): Promise<RunningServer> {
  const store = options.store ?? openStore(config.databaseUrl);
  await migrateToLatest(store);
  const services = createServices(config, store, options.clock);
  const app = await buildApp(services);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    if (!options.store) await store.close();
    throw error;
  }
  const handlers = { [RECHECK_JOB]: recheckHandler(services) };
  if (options.jobs !== false) await scheduleRechecks(services);
  const worker = options.jobs === false ? undefined : startJobWorker({ db: store.db, dialect: store.dialect, clock: services.clock, handlers, onError: (e) => app.log.error(e) });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  return {
    app,
    services,
    url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`,
    close: async () => {
      await app.close();
      await worker?.stop();
      await services.audit.flush();
      const lost = services.audit.close();
      if (lost > 0) console.error(`${lost} read audit events could not be written before shutdown`);
      if (!options.store) await store.close();
    },
  };
}
