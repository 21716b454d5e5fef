/**
 * Cell text ↔ row value by the datapackage field type (Frictionless Table Schema): number and
 * integer become numbers, boolean a boolean, every other type (string, date, time, datetime …)
 * stays text as written.
 */
export type CellResult = { ok: true; value: string | number | boolean | undefined } | { ok: false; message: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const TRUE = new Set(["true", "True", "TRUE", "1"]);
const FALSE = new Set(["false", "False", "FALSE", "0"]);

/** The value of a non-empty cell (or a quoted empty one, which only a text field keeps). */
export function cellValue(text: string, type: string): CellResult {
  switch (type) {
    case "number":
    case "integer": {
      const trimmed = text.trim();
      if (trimmed === "") return { ok: true, value: undefined };
      if (!(type === "integer" ? INTEGER : NUMBER).test(trimmed)) return { ok: false, message: `must be ${type === "integer" ? "an integer" : "a number"}; got "${text}"` };
      return { ok: true, value: Number(trimmed) };
    }
    case "boolean": {
      const trimmed = text.trim();
      if (trimmed === "") return { ok: true, value: undefined };
      if (TRUE.has(trimmed)) return { ok: true, value: true };
      if (FALSE.has(trimmed)) return { ok: true, value: false };
      return { ok: false, message: `must be true or false; got "${text}"` };
    }
    default:
      return { ok: true, value: text };
  }
}

/** The cell text of a value; null for an absent one (written as a bare empty cell). */
export function cellText(value: string | number | boolean | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? "true" : "false";
  return String(value);
}

/** The Table Schema type of an extension field from its values: number or boolean when all are, else string. */
export function inferredType(values: readonly (string | number | boolean)[]): "number" | "boolean" | "string" {
  if (values.length > 0 && values.every((v) => typeof v === "number")) return "number";
  if (values.length > 0 && values.every((v) => typeof v === "boolean")) return "boolean";
  return "string";
}
