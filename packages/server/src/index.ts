export { loadConfig, type Config } from "./config.ts";
export { openStore, type Store } from "./db/connect.ts";
export { migrateToLatest } from "./db/migrate.ts";
export { startServer, createServices, type RunningServer } from "./server.ts";
export { seedDemo, DEMO_PASSWORD } from "./demo/demo.ts";
