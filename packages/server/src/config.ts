import { resolve } from "node:path";

/** Configuration comes from the environment only; README.md lists every variable. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl: string;
  /** Origins allowed for state-changing requests. */
  allowedOrigins: string[];
  production: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  keysDir: string;
  /** "owasp" in production; "test" makes hashing cheap for the test suite only. */
  passwordHashing: "owasp" | "test";
  webDist: string;
  logLevel: string;
  /** Behind a reverse proxy: trust X-Forwarded-For from these addresses (for rate limits and logs). */
  trustProxy: string | false;
  /** Login and invitation attempts per minute from one address (on top of the per-account throttle). */
  loginRateLimit: number;
  /** Local rule packs loaded on top of the base pack (folders; NABIJ_RIGHTS_PACKS, separated by ":"). */
  rightsPacks: string[];
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const port = intFrom(env.PORT, 8080, "PORT");
  const production = env.NODE_ENV === "production";
  const publicUrl = (env.NABIJ_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, "");
  const origin = new URL(publicUrl).origin;
  // In development the app is reached as localhost and as 127.0.0.1 on the same port.
  const devOrigins = production ? [] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: env.NABIJ_DATABASE_URL ?? resolve(cwd, "data/nabij.db"),
    publicUrl,
    allowedOrigins: [...new Set([origin, ...devOrigins])],
    production,
    sessionIdleMinutes: intFrom(env.NABIJ_SESSION_IDLE_MINUTES, 30, "NABIJ_SESSION_IDLE_MINUTES"),
    sessionAbsoluteHours: intFrom(env.NABIJ_SESSION_ABSOLUTE_HOURS, 12, "NABIJ_SESSION_ABSOLUTE_HOURS"),
    keysDir: env.NABIJ_KEYS_DIR ?? resolve(cwd, "data/keys"),
    passwordHashing: env.NABIJ_PASSWORD_HASHING === "test" && !production ? "test" : "owasp",
    webDist: env.NABIJ_WEB_DIST ?? new URL("../../web/dist", import.meta.url).pathname,
    logLevel: env.NABIJ_LOG_LEVEL ?? (production ? "info" : "warn"),
    trustProxy: env.NABIJ_TRUST_PROXY ? env.NABIJ_TRUST_PROXY : false,
    loginRateLimit: intFrom(env.NABIJ_LOGIN_RATE_LIMIT, 30, "NABIJ_LOGIN_RATE_LIMIT"),
    rightsPacks: (env.NABIJ_RIGHTS_PACKS ?? "").split(":").filter((dir) => dir.trim() !== "").map((dir) => resolve(cwd, dir)),
  };
}
