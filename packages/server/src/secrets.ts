import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Secrets live outside the database: an environment variable NABIJ_SECRET_<NAME> wins,
 * otherwise a file <keysDir>/<name>.key, created with mode 0600 on first use.
 * docs/decisions/004-secrets.md explains why and how to rotate.
 */
export function readSecret(keysDir: string, name: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env[`NABIJ_SECRET_${name.toUpperCase().replace(/-/g, "_")}`];
  if (fromEnv) return Buffer.from(fromEnv, "utf8");
  const file = join(keysDir, `${name}.key`);
  if (!existsSync(file)) {
    mkdirSync(keysDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return Buffer.from(readFileSync(file, "utf8").trim(), "utf8");
}
