import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const bin = new URL("../bin/nabij.js", import.meta.url).pathname;

async function nabij(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NABIJ_PASSWORD_HASHING: "test", ...env } });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe("the nabij command", () => {
  it("migrates, fills the demo once, creates accounts and explains its usage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nabij-cli-"));
    const env = { NABIJ_DATABASE_URL: join(dir, "cli.db"), NABIJ_KEYS_DIR: join(dir, "keys") };
    expect(await nabij(["migrate"], env)).toEqual({ code: 0, out: expect.stringContaining("Applied: 2026-11-29T0900-foundation") });
    expect((await nabij(["migrate"], env)).out).toContain("up to date");
    const demo = await nabij(["demo"], env);
    expect(demo.code).toBe(0);
    expect(demo.out).toContain("worker@demo.nabij.be");
    expect(await nabij(["demo"], env)).toEqual({ code: 1, out: expect.stringContaining("not empty") });
    const created = await nabij(["user", "create", "--email", "new.admin@example.org", "--name", "New Admin", "--role", "admin", "--organisation", "Sociaal Huis Demostad"], env);
    expect(created).toEqual({ code: 0, out: expect.stringContaining("Password (shown once)") });
    const again = await nabij(["user", "create", "--email", "NEW.ADMIN@example.org", "--name", "Twin", "--role", "admin", "--organisation", "Elsewhere"], env);
    expect(again.code).toBe(1);
    expect(again.out).toContain("exists already");
    expect((await nabij(["user", "create", "--email", "x@example.org", "--role", "boss"], env)).code).toBe(2);
    expect((await nabij(["fly"], env)).code).toBe(2);
  });
});
