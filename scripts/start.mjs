#!/usr/bin/env node
// `npm start`: builds the web app when it is missing or older than its sources, then runs
// `nabij serve` (migrations, the demo in an empty database, and the server on PORT 8080).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const web = join(root, "packages/web");
const builtAt = (() => {
  const index = join(web, "dist/index.html");
  return existsSync(index) ? statSync(index).mtimeMs : 0;
})();

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestSource(join(web, "src")), newestSource(join(root, "packages/domain/src")), statSync(join(web, "index.html")).mtimeMs);
if (sources > builtAt) {
  console.log("Building the web app …");
  const build = spawnSync("npm", ["run", "build", "-w", "@nabij/web"], { stdio: "inherit", cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

process.argv = [process.argv[0], join(root, "packages/server/bin/nabij.js"), "serve"];
await import("../packages/server/bin/nabij.js");
