import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
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

// Each step starts a fresh process (tsx compiles on start): on a busy machine a test takes more than the usual 30 s.
describe("the nabij command", { timeout: 120_000 }, () => {
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

  it("imports and exports the social map, all or nothing, with progress and problems that name the place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nabij-cli-map-"));
    const env = { NABIJ_DATABASE_URL: join(dir, "map.db"), NABIJ_KEYS_DIR: join(dir, "keys") };
    await nabij(["user", "create", "--email", "a@example.org", "--name", "A", "--role", "admin", "--organisation", "Kaart A"], env);
    const fixtures = new URL("./socialmap/fixtures/", import.meta.url).pathname;
    const imported = await nabij(["socialmap", "import", join(fixtures, "csv-package")], env);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Imported \d+ records; the map has \d+ services/);
    expect(imported.out).toContain("store:");
    expect((await nabij(["socialmap", "import", join(fixtures, "services-page.json"), "--organisation", "Kaart A"], env)).code).toBe(0);
    const json = join(dir, "out.json");
    expect(await nabij(["socialmap", "export", "--format", "json", "--out", json], env)).toEqual({ code: 0, out: expect.stringContaining("Exported") });
    expect((await nabij(["socialmap", "export", "--format", "csv", "--out", join(dir, "csv")], env)).code).toBe(0);
    expect((await nabij(["socialmap", "import", join(dir, "csv")], env)).code).toBe(0);

    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify([{ id: "not-a-uuid", name: "Kapot", status: "open" }]));
    const refused = await nabij(["socialmap", "import", broken], env);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("Nothing was imported");
    expect(refused.out).toMatch(/broken\.json.*id/);
    expect((await nabij(["socialmap", "export", "--format", "xml", "--out", json], env)).code).toBe(2);
    await nabij(["user", "create", "--email", "b@example.org", "--name", "B", "--role", "admin", "--organisation", "Kaart B"], env);
    expect(await nabij(["socialmap", "import", broken], env)).toEqual({ code: 1, out: expect.stringContaining("--organisation") });
  });
});
