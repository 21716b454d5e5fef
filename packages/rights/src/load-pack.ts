import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { compileRight, CompileProblem, type PathSegment } from "./compile-right.ts";
import { packManifest, rightFile, testFile, type PackManifest, type RightFile } from "./pack-format.ts";
import type { CompiledRight, Pack, PackTest, Parameter } from "./pack.ts";

/**
 * Loads rule packs from folders: the base pack first, then local packs on top of it. Every
 * problem is collected with its file and line, and a pack with any problem does not load at
 * all (never half).
 */

export const BASE_PACK_DIR = fileURLToPath(new URL("../packs/base", import.meta.url));

export interface PackProblem {
  file: string;
  line?: number;
  message: string;
}

export class PackLoadError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`The rule pack does not load:\n${problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`).join("\n")}`);
  }
}

interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
}

function readYaml(path: string, display: string, problems: PackProblem[]): YamlFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, "utf8"), { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file: display, line: e.linePos?.[0].line, message: `YAML: ${e.message.split("\n")[0] ?? ""}` });
    return undefined;
  }
  return { file: display, doc, lines };
}

/** The line of the node at a path in a YAML document (or of its nearest parent that exists). */
function lineAt(y: YamlFile, path: readonly PathSegment[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = y.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return y.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function validate<T>(y: YamlFile, schema: z.ZodType<T>, problems: PackProblem[]): T | undefined {
  const parsed = schema.safeParse(y.doc.toJS());
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    problems.push({ file: y.file, line: lineAt(y, path), message: `${path.join(".") || "(file)"}: ${issue.message}` });
  }
  return undefined;
}

const yamlFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort() : []);

interface RawPack {
  manifest: PackManifest;
  rights: { file: RightFile; yaml: YamlFile }[];
  tests: PackTest[];
}

function readPack(dir: string, root: string, problems: PackProblem[]): RawPack | undefined {
  const display = (path: string): string => relative(root, path) || path;
  const manifestPath = join(dir, "pack.yaml");
  if (!existsSync(manifestPath)) {
    problems.push({ file: display(dir), message: "a pack folder needs a pack.yaml" });
    return undefined;
  }
  const manifestYaml = readYaml(manifestPath, display(manifestPath), problems);
  const manifest = manifestYaml && validate(manifestYaml, packManifest, problems);
  const rights: RawPack["rights"] = [];
  for (const name of yamlFiles(join(dir, "rights"))) {
    const yaml = readYaml(join(dir, "rights", name), display(join(dir, "rights", name)), problems);
    const file = yaml && validate(yaml, rightFile, problems);
    if (yaml && file) {
      if (`${file.id}.yaml` !== name) problems.push({ file: yaml.file, line: lineAt(yaml, ["id"]), message: `the file of right ${file.id} must be named ${file.id}.yaml` });
      rights.push({ file, yaml });
    }
  }
  const tests: PackTest[] = [];
  for (const name of yamlFiles(join(dir, "tests"))) {
    const yaml = readYaml(join(dir, "tests", name), display(join(dir, "tests", name)), problems);
    const file = yaml && validate(yaml, testFile, problems);
    if (yaml && file) tests.push({ file: yaml.file, cases: file.cases });
  }
  return manifest ? { manifest, rights, tests } : undefined;
}

/**
 * Loads the base pack and local packs on top of it. Right ids and parameter names must be
 * unique across all of them: a local pack cannot replace a base right, it adds its own.
 */
export function loadPacks(dirs: readonly string[] = [BASE_PACK_DIR], root: string = process.cwd()): Pack {
  const problems: PackProblem[] = [];
  const raws = dirs.map((dir) => readPack(dir, root, problems)).filter((r): r is RawPack => r !== undefined);

  const rightOwner = new Map<string, string>();
  const parameters: Parameter[] = [];
  const parameterOwner = new Map<string, string>();
  for (const raw of raws) {
    for (const { file, yaml } of raw.rights) {
      const earlier = rightOwner.get(file.id);
      if (earlier) problems.push({ file: yaml.file, line: lineAt(yaml, ["id"]), message: `right id ${file.id} is already defined in ${earlier}; a local pack adds rights, it cannot replace one` });
      else rightOwner.set(file.id, yaml.file);
      for (const [name, p] of Object.entries(file.parameters)) {
        const owner = parameterOwner.get(name);
        if (owner) {
          problems.push({ file: yaml.file, line: lineAt(yaml, ["parameters", name]), message: `parameter ${name} is already defined in ${owner}` });
          continue;
        }
        parameterOwner.set(name, yaml.file);
        const values = [...p.values].sort((a, b) => a.from.localeCompare(b.from));
        for (let i = 1; i < values.length; i++) {
          if (values[i]?.from === values[i - 1]?.from) problems.push({ file: yaml.file, line: lineAt(yaml, ["parameters", name]), message: `parameter ${name} has two values from ${values[i]?.from ?? ""}` });
        }
        parameters.push({ name, unit: p.unit, description: p.description, values, right: file.id, source: yaml.file });
      }
    }
  }
  const parameterIndex = new Map(parameters.map((p, i) => [p.name, i]));

  const rights: CompiledRight[] = [];
  for (const raw of raws) {
    for (const { file, yaml } of raw.rights) {
      try {
        rights.push(compileRight(file, raw.manifest.id, yaml.file, parameterIndex, parameters.map((p) => p.unit)));
      } catch (error) {
        if (!(error instanceof CompileProblem)) throw error;
        problems.push({ file: yaml.file, line: lineAt(yaml, error.path), message: `${error.path.join(".")}: ${error.message}` });
      }
    }
  }
  for (const raw of raws) {
    for (const test of raw.tests) {
      for (const c of test.cases) for (const id of Object.keys(c.expect)) if (!rightOwner.has(id)) problems.push({ file: test.file, message: `case "${c.name}" expects an unknown right ${id}` });
    }
  }
  if (problems.length > 0) throw new PackLoadError(problems);
  rights.forEach((right, index) => (right.index = index));
  return { manifests: raws.map((r) => r.manifest), rights, parameters, parameterIndex, rightIndex: new Map(rights.map((r) => [r.file.id, r])), tests: raws.flatMap((r) => r.tests) };
}
