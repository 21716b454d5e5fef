import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_PACK_DIR, evaluate, loadPacks, PackLoadError, type PackProblem } from "../src/index.ts";

/** A pack folder written from strings, so every broken case is a few lines here. */
function packDir(files: Record<string, string>, manifest = "id: local-test\nnames: { nl: Lokaal, fr: Local, en: Local }\nextends: base\n"): string {
  const dir = mkdtempSync(join(tmpdir(), "nabij-pack-"));
  mkdirSync(join(dir, "rights"));
  mkdirSync(join(dir, "tests"));
  writeFileSync(join(dir, "pack.yaml"), manifest);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const texts = "{ nl: Tekst, fr: Texte, en: Text }";
const right = (id: string, body: { when?: string; define?: string; parameters?: string; extra?: string } = {}) => `id: ${id}
level: local
names: ${texts}
description: ${texts}
automatic: { granted: never }
apply: { how: ${texts}, where: ${texts} }
sources: [ { title: Gemeente Demostad, url: "https://demostad.example/uitpas", checked: 2026-11-29 } ]
${body.parameters ?? ""}
${body.define ?? ""}
entitled:
  all:
    - id: first
      when: ${body.when ?? "person.age >= 18"}
      yes: ${texts}
      no: ${texts}
${body.extra ?? ""}`;

function problemsOf(dirs: string[]): PackProblem[] {
  try {
    loadPacks(dirs);
  } catch (error) {
    if (error instanceof PackLoadError) return error.problems;
    throw error;
  }
  return [];
}

describe("loading rule packs", () => {
  it("loads the base pack with every right compiled", () => {
    const pack = loadPacks();
    expect(pack.rights.map((r) => r.file.id).sort()).toEqual(["groeipakket-sociale-toeslag", "leefloon", "sociaal-tarief-energie", "verhoogde-tegemoetkoming", "verwarmingsfonds"]);
  });

  it("adds a local pack's rights on top of the base pack, using the base pack's parameters", () => {
    const local = packDir({
      "rights/uitpas-kansentarief.yaml": right("uitpas-kansentarief", {
        when: "person.postcode == '9999' and (benefits.leefloon or income.grossTaxable.previousYear <= $vt.threshold_base)",
      }),
    });
    const pack = loadPacks([BASE_PACK_DIR, local]);
    expect(pack.rights.map((r) => r.file.id)).toContain("uitpas-kansentarief");
    const result = evaluate(pack, { person: { postcode: "9999" }, benefits: { leefloon: true } }, "2026-01-01", { rights: ["uitpas-kansentarief"] });
    expect(result.rights[0]?.outcome).toBe("entitled");
  });

  it("refuses a local right with the id of a base right, and a parameter defined twice, naming file and line", () => {
    const local = packDir({
      "rights/leefloon.yaml": right("leefloon"),
      "rights/extra.yaml": right("extra", { parameters: "parameters:\n  vt.threshold_base:\n    unit: EUR\n    description: Again\n    values: [ { from: 2024-01-01, value: 1, source: Here, checked: 2026-11-29 } ]" }),
    });
    const problems = problemsOf([BASE_PACK_DIR, local]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: expect.stringMatching(/rights\/leefloon\.yaml$/), line: 1, message: expect.stringContaining("right id leefloon is already defined") }),
        expect.objectContaining({ file: expect.stringMatching(/rights\/extra\.yaml$/), line: 10, message: expect.stringContaining("parameter vt.threshold_base is already defined") }),
      ]),
    );
  });

  it("refuses, with the line, an unknown fact or parameter, an expression that does not parse or has the wrong type, and a circular definition", () => {
    const cases: Array<[string, string, RegExp, number]> = [
      ["unknown-fact", right("unknown-fact", { when: "person.shoeSize > 40" }), /unknown fact or definition `person.shoeSize`/, 13],
      ["unknown-parameter", right("unknown-parameter", { when: "person.age >= $nowhere.limit" }), /unknown parameter \$nowhere.limit/, 13],
      ["broken-expression", right("broken-expression", { when: "person.age >= (18" }), /does not parse/, 13],
      ["circular", right("circular", { define: "define:\n  a: b + 1\n  b: a + 1", when: "a > 1" }), /circular definition: a → b → a/, 10],
      ["number-condition", right("number-condition", { when: "person.age + 1" }), /must be a condition \(true or false\), not a number/, 13],
      ["huge-number", right("huge-number", { when: "person.age < 1e999" }), /too large/, 13],
      ["list-hole", right("list-hole", { when: "person.residence in ['belgian',,'refugee']" }), /literal values, separated by single commas/, 13],
      ["status-arithmetic", right("status-arithmetic", { when: "benefits.igo + 1 > 2" }), /`\+` needs a number, not a boolean/, 13],
    ];
    for (const [id, text, message, line] of cases) {
      const problems = problemsOf([BASE_PACK_DIR, packDir({ [`rights/${id}.yaml`]: text })]);
      expect(problems, id).toEqual([expect.objectContaining({ file: expect.stringMatching(new RegExp(`rights/${id}\\.yaml$`)), line, message: expect.stringMatching(message) })]);
    }
  });

  it("refuses a parameter value without a source or a check date, and a right without a description in a language", () => {
    const noSource = right("no-source", { parameters: "parameters:\n  local.amount:\n    unit: EUR\n    description: An amount\n    values: [ { from: 2024-01-01, value: 10, checked: 2026-11-29 } ]" });
    const noChecked = right("no-checked", { parameters: "parameters:\n  local.other:\n    unit: EUR\n    description: An amount\n    values: [ { from: 2024-01-01, value: 10, source: Here } ]" });
    const noFrench = right("no-french").replace(`description: ${texts}`, "description: { nl: Tekst, en: Text }");
    const problems = problemsOf([BASE_PACK_DIR, packDir({ "rights/no-source.yaml": noSource, "rights/no-checked.yaml": noChecked, "rights/no-french.yaml": noFrench })]);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/parameters\.local\.amount\.values\.0\.source/), expect.stringMatching(/parameters\.local\.other\.values\.0\.checked/), expect.stringMatching(/description\.fr/)]),
    );
  });

  it("refuses a YAML syntax error and a test that expects an unknown right; a broken pack never loads half", () => {
    const local = packDir({
      "rights/good.yaml": right("good"),
      "rights/bad.yaml": "id: bad\nnames: { nl: [unclosed\n",
      "tests/good.yaml": "cases:\n  - name: a case\n    date: 2026-01-01\n    situation: {}\n    expect:\n      nowhere: { outcome: maybe }\n",
    });
    const problems = problemsOf([BASE_PACK_DIR, local]);
    expect(problems.some((p) => p.file.endsWith("rights/bad.yaml") && p.line === 3 && /YAML/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.file.endsWith("tests/good.yaml") && /unknown right nowhere/.test(p.message))).toBe(true);
    expect(() => loadPacks([BASE_PACK_DIR, local])).toThrow(PackLoadError);
  });

  it("evaluating before a parameter's first value is an error that names the parameter", () => {
    const pack = loadPacks();
    expect(() => evaluate(pack, {}, "1999-01-01", { rights: ["verhoogde-tegemoetkoming"] })).toThrow(/Parameter vt\.\w+ has no value at 1999-01-01: its first value applies from 20\d\d-\d\d-\d\d/);
    expect(() => evaluate(pack, {}, "2026-01-01", { rights: ["nowhere"] })).toThrow(/Unknown right nowhere/);
  });
});
