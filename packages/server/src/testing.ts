import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@nabij/domain";
import { passwordHasher } from "./auth/password.ts";
import { loadConfig } from "./config.ts";
import { openStore } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { seedDemo, seedDemoMap } from "./demo/demo.ts";
import { startServer } from "./server.ts";

/**
 * For end-to-end tests: a real server on a random loopback port, over a fresh SQLite file
 * with the demo, serving the built web app. Cheap password hashing; never for production.
 */
export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "nabij-e2e-"));
  const config = loadConfig({ PORT: "8080", NABIJ_PASSWORD_HASHING: "test", NABIJ_KEYS_DIR: join(dir, "keys"), NABIJ_LOG_LEVEL: "silent" });
  const store = openStore(join(dir, "e2e.db"));
  await migrateToLatest(store);
  await seedDemo(store.db, systemClock, passwordHasher("test").hashPassword);
  await seedDemoMap(store, systemClock);
  const server = await startServer({ ...config, port: 0, host: "127.0.0.1" }, { store });
  const port = new URL(server.url).port;
  // The browser talks to the server as localhost, one of the development origins.
  const url = `http://localhost:${port}`;
  server.services.config.allowedOrigins.push(url, `http://127.0.0.1:${port}`);
  return {
    url,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
