import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const bin = new URL("../bin/nabij.js", import.meta.url).pathname;

async function nabij(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, NABIJ_RIGHTS_PACKS: "", ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), "nabij-rights-cli-"));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

describe("nabij rights", () => {
  it("check prints every right's outcome, reasons, questions and amount as JSON for a situation at a date", async () => {
    const situation = file("alone.json", { person: { birthDate: "1990-01-01", livesInBelgium: true, residence: "belgian", availableForWork: true, otherRightsClaimed: true }, household: { members: [] }, incomes: [{ kind: "net_resources", period: "2024-06", amount: 0 }] });
    const result = await nabij(["rights", "check", "--situation", situation, "--date", "2024-06-01"]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { date: string; rights: Array<{ id: string; outcome: string; reasons: Array<{ code: string; holds: boolean; text: string }>; questions: string[]; amount?: number }> };
    expect(output.date).toBe("2024-06-01");
    expect(output.rights.find((r) => r.id === "leefloon")).toMatchObject({ outcome: "entitled", amount: 1288.46 });
    expect(output.rights.map((r) => r.id)).toHaveLength(5);
    expect(output.rights.find((r) => r.id === "leefloon")?.reasons).toContainEqual(expect.objectContaining({ code: "resources", holds: true, text: expect.stringContaining("1.288,46") }));
    const explained = await nabij(["rights", "check", "--situation", situation, "--date", "2024-06-01", "--explain", "--language", "fr"]);
    expect(explained.stdout).toContain("Revenu d'intégration");
  });

  it("refuses a situation that breaks the schema, a date without figures, and says why", async () => {
    const broken = await nabij(["rights", "check", "--situation", file("broken.json", { person: { birthDate: "gisteren" }, pets: 3 })]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("person.birthDate: Must be a date (YYYY-MM-DD)");
    const early = await nabij(["rights", "check", "--situation", file("empty.json", {}), "--date", "1999-01-01"]);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/has no value at 1999-01-01/);
    expect((await nabij(["rights", "check", "--situation", file("e2.json", {}), "--date", "2024-13-45"])).code).toBe(2);
  });

  it("schema prints the JSON Schema of the situation; test runs the packs' tests", async () => {
    const schema = await nabij(["rights", "schema"]);
    expect(JSON.parse(schema.stdout)).toMatchObject({ type: "object", properties: { person: expect.any(Object), incomes: expect.any(Object) } });
    const facts = JSON.parse((await nabij(["rights", "schema", "--facts"])).stdout) as Array<{ id: string }>;
    expect(facts.map((f) => f.id)).toContain("household.vtSize");
    const tests = await nabij(["rights", "test"]);
    expect(tests.code).toBe(0);
    expect(tests.stdout).toMatch(/(\d+) of \1 pack test cases pass/);
  });

  it("a local pack that reuses a base right's id does not load, with the file and line", async () => {
    const local = join(dir, "local-pack");
    mkdirSync(join(local, "rights"), { recursive: true });
    writeFileSync(join(local, "pack.yaml"), "id: demostad\nnames: { nl: Demostad, fr: Demostad, en: Demostad }\nextends: base\n");
    const t = "{ nl: x, fr: x, en: x }";
    writeFileSync(
      join(local, "rights", "leefloon.yaml"),
      `id: leefloon\nlevel: local\nnames: ${t}\ndescription: ${t}\nautomatic: { granted: never }\napply: { how: ${t}, where: ${t} }\nsources: [ { title: x, url: "https://demostad.example", checked: 2026-11-29 } ]\nentitled: { id: always, when: "true", yes: ${t}, no: ${t} }\n`,
    );
    const result = await nabij(["rights", "test"], { NABIJ_RIGHTS_PACKS: local });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/local-pack\/rights\/leefloon\.yaml:1: right id leefloon is already defined/);
  });
});
