import jsep, { type Expression } from "jsep";
import type { FactValue } from "./facts.ts";

/**
 * Condition expressions: parsed by jsep (a maintained, tiny expression parser) and compiled to
 * JavaScript source once, when the pack loads. Values are three-valued: a fact that is not
 * known is `undefined`, and every operator follows Kleene's logic (false and unknown is false;
 * true or unknown is true; anything else with unknown is unknown). That makes evaluation
 * monotone: learning a fact can decide an open outcome, never change a decided one.
 *
 * Names: `person.age` is a fact, `$vt.threshold_base` a dated parameter, a bare `threshold` a
 * definition of the right.
 */

jsep.addBinaryOp("and", 2);
jsep.addBinaryOp("or", 1);
jsep.addBinaryOp("in", 7);
jsep.addUnaryOp("not");

export type Value = FactValue | undefined;

/** The runtime helpers the generated code calls (small, so V8 inlines them). */
export const K = {
  and: (a: Value, b: Value): Value => (a === false || b === false ? false : a === undefined || b === undefined ? undefined : true),
  or: (a: Value, b: Value): Value => (a === true || b === true ? true : a === undefined || b === undefined ? undefined : false),
  not: (a: Value): Value => (a === undefined ? undefined : !a),
  lt: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : a < b),
  le: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : a <= b),
  gt: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : a > b),
  ge: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : a >= b),
  eq: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : a === b),
  ne: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : a !== b),
  add: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : (a as number) + (b as number)),
  sub: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : (a as number) - (b as number)),
  mul: (a: Value, b: Value): Value => (a === 0 || b === 0 ? 0 : a === undefined || b === undefined ? undefined : (a as number) * (b as number)),
  // Division by a known zero is known too (Infinity), so an open outcome always has a missing fact behind it.
  div: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : (a as number) / (b as number)),
  neg: (a: Value): Value => (a === undefined ? undefined : -(a as number)),
  in: (a: Value, list: readonly FactValue[]): Value => (a === undefined ? undefined : list.includes(a)),
  /** A choice on an unknown condition is still known when both branches agree. */
  ite: (c: Value, a: Value, b: Value): Value => (c === undefined ? (a === b ? a : undefined) : c ? a : b),
  min: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : Math.min(a as number, b as number)),
  max: (a: Value, b: Value): Value => (a === undefined || b === undefined ? undefined : Math.max(a as number, b as number)),
  round: (a: Value): Value => (a === undefined ? undefined : Math.round((a as number) * 100) / 100),
};
export type Helpers = typeof K;

const BINARY: Record<string, keyof Helpers> = {
  and: "and", "&&": "and", or: "or", "||": "or",
  "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "===": "eq", "!=": "ne", "!==": "ne",
  "+": "add", "-": "sub", "*": "mul", "/": "div", in: "in",
};
const FUNCTIONS: Record<string, { helper: keyof Helpers; arity: number }> = {
  min: { helper: "min", arity: 2 },
  max: { helper: "max", arity: 2 },
  round: { helper: "round", arity: 1 },
};

export class ExpressionError extends Error {}

export function parseExpression(source: string): Expression {
  try {
    return jsep(source);
  } catch (error) {
    throw new ExpressionError(`does not parse: ${(error as Error).message}`);
  }
}

/** What a name in an expression turns into; the caller knows facts, parameters and definitions. */
export interface NameResolver {
  /** JavaScript source that reads the named value, or an error message. */
  resolve(name: string): { code: string } | { error: string };
}

/** The dotted name of an identifier or a chain of plain member accesses, else undefined. */
function dottedName(node: Expression): string | undefined {
  if (node.type === "Identifier") return node.name as string;
  if (node.type === "MemberExpression" && !node.computed) {
    const object = dottedName(node.object as Expression);
    const property = (node.property as Expression).type === "Identifier" ? ((node.property as Expression).name as string) : undefined;
    return object !== undefined && property !== undefined ? `${object}.${property}` : undefined;
  }
  return undefined;
}

export type ValueType = "boolean" | "number" | "string" | "any";

const LOGICAL = new Set(["and", "&&", "or", "||"]);
const COMPARISON = new Set(["<", "<=", ">", ">=", "==", "===", "!=", "!==", "in"]);

/**
 * The type of an expression's value, checked on the way: `and`, `or` and `not` take conditions,
 * arithmetic takes numbers. A pack author's slip (a number where a condition belongs, a status
 * added to a number) is refused when the pack loads, instead of giving "maybe" without questions.
 */
export function typeOf(node: Expression, nameType: (name: string) => ValueType): ValueType {
  const expect = (child: Expression, wanted: ValueType, what: string): void => {
    const actual = typeOf(child, nameType);
    if (actual !== "any" && actual !== wanted) throw new ExpressionError(`${what} needs a ${wanted === "boolean" ? "condition" : wanted}, not a ${actual}`);
  };
  const name = dottedName(node);
  if (name !== undefined) return name === "true" || name === "false" ? "boolean" : nameType(name);
  switch (node.type) {
    case "Literal":
      return typeof node.value === "number" ? "number" : typeof node.value === "boolean" ? "boolean" : "string";
    case "BinaryExpression": {
      const op = node.operator as string;
      if (LOGICAL.has(op)) {
        expect(node.left as Expression, "boolean", `\`${op}\``);
        expect(node.right as Expression, "boolean", `\`${op}\``);
        return "boolean";
      }
      if (COMPARISON.has(op)) {
        typeOf(node.left as Expression, nameType);
        if (op !== "in") typeOf(node.right as Expression, nameType);
        return "boolean";
      }
      expect(node.left as Expression, "number", `\`${op}\``);
      expect(node.right as Expression, "number", `\`${op}\``);
      return "number";
    }
    case "UnaryExpression":
      if (node.operator === "not" || node.operator === "!") {
        expect(node.argument as Expression, "boolean", "`not`");
        return "boolean";
      }
      expect(node.argument as Expression, "number", `\`${String(node.operator)}\``);
      return "number";
    case "ConditionalExpression": {
      expect(node.test as Expression, "boolean", "the condition of `? :`");
      const a = typeOf(node.consequent as Expression, nameType);
      const b = typeOf(node.alternate as Expression, nameType);
      return a === b ? a : "any";
    }
    case "CallExpression":
      for (const argument of node.arguments as Expression[]) expect(argument, "number", "a function");
      return "number";
    default:
      return "any";
  }
}

/** Every name an expression refers to (for dependency and cycle checks). */
export function namesIn(node: Expression, into: Set<string> = new Set()): Set<string> {
  const name = dottedName(node);
  if (name !== undefined) {
    into.add(name);
    return into;
  }
  for (const key of ["left", "right", "argument", "test", "consequent", "alternate"]) {
    const child = node[key] as Expression | undefined;
    if (child && typeof child === "object") namesIn(child, into);
  }
  for (const list of [node.arguments, node.elements] as (Expression[] | undefined)[]) if (Array.isArray(list)) for (const c of list) namesIn(c, into);
  return into;
}

/** Compiles a parsed expression to JavaScript source over `K` (helpers), reading names through the resolver. */
export function compileExpression(node: Expression, names: NameResolver): string {
  const name = dottedName(node);
  if (name !== undefined) {
    if (name === "true" || name === "false") return name;
    const resolved = names.resolve(name);
    if ("error" in resolved) throw new ExpressionError(resolved.error);
    return resolved.code;
  }
  switch (node.type) {
    case "Literal": {
      const value = node.value;
      if (typeof value === "number" && !Number.isFinite(value)) throw new ExpressionError(`the number ${String(node.raw)} is too large`);
      if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
      throw new ExpressionError(`unsupported literal ${String(node.raw)}`);
    }
    case "BinaryExpression": {
      const op = BINARY[node.operator as string];
      if (!op) throw new ExpressionError(`unsupported operator ${String(node.operator)}`);
      const left = compileExpression(node.left as Expression, names);
      if (op === "in") {
        const right = node.right as Expression;
        if (right.type !== "ArrayExpression") throw new ExpressionError("`in` needs a list such as ['a', 'b']");
        const items = (right.elements as Array<Expression | null>).map((e) => {
          if (!e || e.type !== "Literal") throw new ExpressionError("a list after `in` holds only literal values, separated by single commas");
          return JSON.stringify(e.value);
        });
        return `K.in(${left}, [${items.join(", ")}])`;
      }
      return `K.${op}(${left}, ${compileExpression(node.right as Expression, names)})`;
    }
    case "UnaryExpression": {
      const argument = compileExpression(node.argument as Expression, names);
      if (node.operator === "not" || node.operator === "!") return `K.not(${argument})`;
      if (node.operator === "-") return `K.neg(${argument})`;
      if (node.operator === "+") return argument;
      throw new ExpressionError(`unsupported operator ${String(node.operator)}`);
    }
    case "ConditionalExpression":
      return `K.ite(${compileExpression(node.test as Expression, names)}, ${compileExpression(node.consequent as Expression, names)}, ${compileExpression(node.alternate as Expression, names)})`;
    case "CallExpression": {
      const callee = dottedName(node.callee as Expression);
      const fn = callee === undefined ? undefined : FUNCTIONS[callee];
      const args = node.arguments as Expression[];
      if (!fn) throw new ExpressionError(`unknown function ${callee ?? "?"}; known: ${Object.keys(FUNCTIONS).join(", ")}`);
      if (args.length !== fn.arity) throw new ExpressionError(`${callee ?? "?"} takes ${fn.arity} argument(s)`);
      return `K.${fn.helper}(${args.map((a) => compileExpression(a, names)).join(", ")})`;
    }
    default:
      throw new ExpressionError(`unsupported expression (${node.type})`);
  }
}
