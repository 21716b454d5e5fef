import { parse, type Options } from "csv-parse/sync";
import type { ImportProblem } from "./dataset.ts";

/**
 * One CSV record: its cells, `undefined` for a bare empty cell (absent) and "" for a quoted empty
 * one (the empty string), and the line it starts on (the header is line 1).
 */
export interface CsvRecord {
  cells: (string | undefined)[];
  line: number;
}

/**
 * Parses CSV strictly with csv-parse (RFC 4180 quoting, every record as long as the header),
 * skipping empty lines. Broken CSV gives one "csv_syntax" problem naming the line where the
 * broken record starts; parsing stops there.
 *
 * Lines and quoted empty cells: csv-parse can report both (info, cast context), but building
 * those objects per cell makes it several times slower, and it counts a CRLF inside a quoted
 * cell as two lines. So a plain parse gives the values, and `layout` walks the text once for
 * where records start and which empty cells were quoted. If the two ever disagree on the shape,
 * the slow, exact way is used.
 */
export function parseCsvRecords(file: string, text: string): { records: CsvRecord[] } | { problem: ImportProblem } {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true });
  } catch {
    return parseCsvRecordsExactly(file, text);
  }
  const shape = layout(text);
  if (!shape || shape.length !== rows.length || shape.some((r, i) => r.fields !== rows[i]?.length)) return parseCsvRecordsExactly(file, text);
  return {
    records: rows.map((values, i) => {
      const { line, quotedEmpty } = shape[i] ?? { line: 0, quotedEmpty: [] as number[] };
      return { line, cells: values.map((v, j) => (v === "" && !quotedEmpty.includes(j) ? undefined : v)) };
    }),
  };
}

const CR = 0x0d;
const LF = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;

interface RecordShape {
  line: number;
  fields: number;
  quotedEmpty: number[];
}

/** Where each record starts and which of its cells are a quoted empty string; undefined when the text is not plain RFC 4180. */
function layout(text: string): RecordShape[] | undefined {
  const out: RecordShape[] = [];
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const lineBreak = (): void => {
    pos += text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
    line += 1;
  };
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c === CR || c === LF) {
      lineBreak();
      continue;
    }
    const record: RecordShape = { line, fields: 1, quotedEmpty: [] };
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        const open = pos;
        for (pos += 1; ; pos += 2) {
          const close = text.indexOf('"', pos);
          if (close < 0) return undefined;
          line += breaksIn(text, pos, close);
          pos = close;
          if (text.charCodeAt(close + 1) !== QUOTE) break;
        }
        pos += 1;
        if (pos === open + 2) record.quotedEmpty.push(record.fields - 1);
      } else {
        while (pos < n && text.charCodeAt(pos) !== COMMA && text.charCodeAt(pos) !== CR && text.charCodeAt(pos) !== LF) pos += 1;
      }
      if (text.charCodeAt(pos) !== COMMA) break;
      pos += 1;
      record.fields += 1;
    }
    out.push(record);
    if (pos < n && text.charCodeAt(pos) !== CR && text.charCodeAt(pos) !== LF) return undefined;
    if (pos < n) lineBreak();
  }
  return out;
}

function breaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count += 1;
  }
  return count;
}

interface Parsed {
  record: { value: string; quoted: boolean }[];
  info: { bytes: number };
}

/** The exact way (and the fallback): csv-parse's byte offsets and cast context, lines counted from the bytes. */
export function parseCsvRecordsExactly(file: string, text: string): { records: CsvRecord[] } | { problem: ImportProblem } {
  const bytes = Buffer.from(text, "utf8");
  let lastEnd = 0;
  let parsed: Parsed[];
  try {
    const options: Options = {
      bom: true,
      info: true,
      skip_empty_lines: true,
      cast: (value, context) => ({ value, quoted: context.quoting }) as unknown as string,
      on_record: (record, context) => {
        lastEnd = context.bytes;
        return record;
      },
    };
    parsed = parse(bytes, options) as unknown as Parsed[];
  } catch (error) {
    const e = error as Error & { code?: string };
    const line = new LineCounter(bytes).recordStart(lastEnd);
    const what = e.code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted cell is never closed" : e.message.replace(/\s+/g, " ").replace(/ (at|on) line \d+/, "");
    return { problem: { file, line, code: "csv_syntax", message: `${file}, record starting on line ${line}: ${what}` } };
  }
  const lines = new LineCounter(bytes);
  let start = 0;
  return {
    records: parsed.map(({ record, info }) => {
      const line = lines.recordStart(start);
      start = info.bytes;
      return { line, cells: record.map((c) => (c.value === "" && !c.quoted ? undefined : c.value)) };
    }),
  };
}

/** Line numbers of byte offsets, asked in increasing order; CRLF, LF and CR each end one line. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly bytes: Buffer) {}

  /** The line of the first byte at or after `offset` that is not a line break (skipped empty lines). */
  recordStart(offset: number): number {
    while (this.offset < offset && this.offset < this.bytes.length) this.step();
    while (this.offset < this.bytes.length && (this.bytes[this.offset] === CR || this.bytes[this.offset] === LF)) this.step();
    return this.line;
  }

  private step(): void {
    const byte = this.bytes[this.offset];
    this.offset += 1;
    if (byte === LF || (byte === CR && this.bytes[this.offset] !== LF)) this.line += 1;
  }
}
