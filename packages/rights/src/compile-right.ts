import type { Expression } from "jsep";
import { compileExpression, ExpressionError, K, namesIn, parseExpression, typeOf, type NameResolver, type ValueType } from "./expression.ts";
import { FACT_INDEX, factDef } from "./facts.ts";
import type { ConditionFile, RightFile } from "./pack-format.ts";
import { RUN_NODES, type CompiledLeaf, type CompiledRight, type ConditionNode, type RunResult } from "./pack.ts";
import { LANGUAGES } from "./question-texts.ts";

/**
 * Compiles one right into a JavaScript function, once, when the pack loads: definitions in
 * dependency order, then every condition, then the outcome as Kleene and/or over them.
 */

export type PathSegment = string | number;

export class CompileProblem extends Error {
  constructor(
    readonly path: PathSegment[],
    message: string,
  ) {
    super(message);
  }
}

interface Context {
  right: RightFile;
  parameterIndex: ReadonlyMap<string, number>;
  definitionIndex: Map<string, number>;
}

function resolver(ctx: Context, usedParameters: Set<string>, usedFacts: Set<number>): NameResolver {
  return {
    resolve(name) {
      if (name.startsWith("$")) {
        const parameter = name.slice(1);
        const index = ctx.parameterIndex.get(parameter);
        if (index === undefined) return { error: `unknown parameter $${parameter}` };
        usedParameters.add(parameter);
        return { code: `p[${index}]` };
      }
      const definition = ctx.definitionIndex.get(name);
      if (definition !== undefined) return { code: `d${definition}` };
      const fact = FACT_INDEX.get(name);
      if (fact !== undefined) {
        usedFacts.add(fact);
        return { code: `f${fact}` };
      }
      return { error: `unknown fact or definition \`${name}\` (facts are listed by \`nabij rights schema --facts\`)` };
    },
  };
}

function parse(source: string, path: PathSegment[]): Expression {
  try {
    return parseExpression(source);
  } catch (error) {
    throw new CompileProblem(path, `expression ${JSON.stringify(source)} ${(error as Error).message}`);
  }
}

/** Definitions in an order where each comes after those it uses; a cycle is a problem. */
function orderDefinitions(right: RightFile): { name: string; ast: Expression }[] {
  const asts = new Map(Object.entries(right.define).map(([name, source]) => [name, parse(source, ["define", name])]));
  const ordered: { name: string; ast: Expression }[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, chain: string[]): void => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new CompileProblem(["define", name], `circular definition: ${[...chain, name].join(" → ")}`);
    state.set(name, "visiting");
    const ast = asts.get(name);
    if (ast) for (const used of namesIn(ast)) if (asts.has(used)) visit(used, [...chain, name]);
    state.set(name, "done");
    if (ast) ordered.push({ name, ast });
  };
  for (const name of asts.keys()) visit(name, []);
  return ordered;
}

/** The facts an expression reads, following definitions. */
function factsRead(ast: Expression, definitions: Map<string, Expression>, into: Set<string>, seen: Set<string> = new Set()): Set<string> {
  for (const name of namesIn(ast)) {
    const definition = definitions.get(name);
    if (definition) {
      if (!seen.has(name)) {
        seen.add(name);
        factsRead(definition, definitions, into, seen);
      }
    } else if (!name.startsWith("$") && factDef(name)) into.add(name);
  }
  return into;
}

const PLACEHOLDER = /\{([^}|]+)(?:\|([a-z]+))?\}/g;
export const FORMATS = ["eur", "number", "date", "text"] as const;

function checkTexts(texts: Record<string, string>, path: PathSegment[], names: NameResolver): void {
  for (const language of LANGUAGES) {
    const text = texts[language] ?? "";
    for (const match of text.matchAll(PLACEHOLDER)) {
      const [, name = "", format] = match;
      const resolved = names.resolve(name.trim());
      if ("error" in resolved) throw new CompileProblem([...path, language], `placeholder {${name}}: ${resolved.error}`);
      if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) throw new CompileProblem([...path, language], `placeholder {${name}|${format}}: unknown format (known: ${FORMATS.join(", ")})`);
    }
  }
}

/**
 * Straight-line code that collects the reasons of a run, as evaluate's rules say: an open node
 * tells every child; "all" that fails tells the children that failed; "any" that holds tells its
 * first way in; otherwise every child. Unknown conditions go to `u` for the questions.
 */
function explainCode(node: ConditionNode, leaves: readonly CompiledLeaf[]): string {
  const at = (n: ConditionNode): string => `r[${RUN_NODES + n.node}]`;
  if (node.kind === "leaf") {
    const automatic = leaves[node.leaf]?.automatic ? " a = true;" : "";
    return `{ const v = ${at(node)}; if (v === undefined) u.leaves[u.n++] = ${node.leaf}; else if (v) { reasons.push(H[${node.leaf}]);${automatic} } else reasons.push(F[${node.leaf}]); }`;
  }
  const every = node.children.map((c) => explainCode(c, leaves)).join(" ");
  if (node.kind === "all") {
    const failed = node.children.map((c) => `if (${at(c)} === false) ${explainCode(c, leaves)}`).join(" ");
    return `if (${at(node)} === false) { ${failed} } else { ${every} }`;
  }
  const first = node.children.map((c) => `if (${at(c)} === true) ${explainCode(c, leaves)}`).join(" else ");
  return `if (${at(node)} === true) { ${first} } else { ${every} }`;
}

export function compileRight(right: RightFile, pack: string, source: string, parameterIndex: ReadonlyMap<string, number>, parameterUnits: readonly string[]): CompiledRight {
  const definitionOrder = orderDefinitions(right);
  const ctx: Context = { right, parameterIndex, definitionIndex: new Map(definitionOrder.map((d, i) => [d.name, i])) };
  const used = new Set<string>();
  const usedFacts = new Set<number>();
  const names = resolver(ctx, used, usedFacts);
  const definitionAsts = new Map(definitionOrder.map((d) => [d.name, d.ast]));
  const definitionTypes = new Map<string, ValueType>();
  const nameType = (name: string): ValueType => {
    if (name.startsWith("$")) {
      const index = parameterIndex.get(name.slice(1));
      return index === undefined ? "any" : (parameterUnits[index] === "flag" ? "boolean" : "number");
    }
    const definition = definitionTypes.get(name);
    if (definition) return definition;
    const type = factDef(name)?.type;
    return type === undefined ? "any" : type === "date" ? "string" : type;
  };
  const compile = (ast: Expression, path: PathSegment[], wanted?: ValueType): string => {
    try {
      const code = compileExpression(ast, names);
      const type = typeOf(ast, nameType);
      if (wanted && type !== "any" && type !== wanted) throw new ExpressionError(`must be a ${wanted === "boolean" ? "condition (true or false)" : wanted}, not a ${type}`);
      return code;
    } catch (error) {
      if (error instanceof ExpressionError) throw new CompileProblem(path, error.message);
      throw error;
    }
  };

  const lines: string[] = definitionOrder.map((d, i) => {
    const code = `const d${i} = ${compile(d.ast, ["define", d.name])};`;
    definitionTypes.set(d.name, typeOf(d.ast, nameType));
    return code;
  });
  const leaves: CompiledLeaf[] = [];
  const leafIds = new Set<string>();

  const nodeVars: string[] = [];
  const walk = (node: ConditionFile, path: PathSegment[]): ConditionNode => {
    if ("all" in node || "any" in node) {
      const kind = "all" in node ? "all" : "any";
      const list = "all" in node ? node.all : node.any;
      const children = list.map((child, i) => walk(child, [...path, kind, i]));
      const code = children.map((c) => nodeVars[c.node] ?? "undefined").reduce((a, b) => `K.${kind === "all" ? "and" : "or"}(${a}, ${b})`);
      const variable = `n${nodeVars.length}`;
      lines.push(`const ${variable} = ${code};`);
      nodeVars.push(variable);
      return { kind, children, node: nodeVars.length - 1 };
    }
    if (leafIds.has(node.id)) throw new CompileProblem([...path, "id"], `condition id ${node.id} is used twice in this right`);
    leafIds.add(node.id);
    const ast = parse(node.when, [...path, "when"]);
    const index = leaves.length;
    lines.push(`const c${index} = ${compile(ast, [...path, "when"], "boolean")};`);
    checkTexts(node.yes, [...path, "yes"], names);
    checkTexts(node.no, [...path, "no"], names);
    leaves.push({ id: node.id, automatic: node.automatic === true, yes: node.yes, no: node.no, reasons: { holds: Object.freeze({ code: node.id, holds: true as const }), fails: Object.freeze({ code: node.id, holds: false as const }) }, facts: [...factsRead(ast, definitionAsts, new Set())].map((id) => FACT_INDEX.get(id) ?? -1) });
    nodeVars.push(`c${index}`);
    return { kind: "leaf", leaf: index, node: nodeVars.length - 1 };
  };
  const tree = walk(right.entitled, ["entitled"]);
  const outcomeCode = nodeVars[tree.node] ?? "undefined";
  const amountCode = right.amount ? compile(parse(right.amount.value, ["amount", "value"]), ["amount", "value"], "number") : "undefined";
  if (right.amount?.note) checkTexts(right.amount.note, ["amount", "note"], names);

  // Every fact the right reads is read once, up front (Kleene's and/or look at both sides anyway).
  const reads = [...usedFacts].sort((a, b) => a - b).map((i) => `const f${i} = f(${i});`);
  const body = `"use strict";\nreturn function run(f, p) {\n  ${[...reads, ...lines].join("\n  ")}\n  return [${[outcomeCode, amountCode, ...nodeVars, ...definitionOrder.map((_, i) => `d${i}`)].join(", ")}];\n};`;
  const explainBody = `"use strict";\nreturn function explain(r, reasons, u) {\n  let a = false;\n  ${explainCode(tree, leaves)}\n  return a;\n};`;
  const explain = new Function("H", "F", explainBody)(
    leaves.map((l) => l.reasons.holds),
    leaves.map((l) => l.reasons.fails),
  ) as CompiledRight["explain"];
  // The source is generated from parsed expressions only (names resolved, literals JSON-encoded), never from raw pack text.
  const run = new Function("K", body)(K) as CompiledRight["run"];
  const check: RunResult = run(() => undefined, []);
  if (!Array.isArray(check)) throw new CompileProblem([], "the compiled right does not return a result");

  return { index: -1, file: right, pack, source, leaves, tree, definitions: definitionOrder.map((d) => d.name), definitionOffset: 2 + nodeVars.length, parameters: [...used].sort(), run, explain };
}
