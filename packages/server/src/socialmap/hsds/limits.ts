import { HsdsImportError } from "./dataset.ts";

/**
 * The largest import we read: 100 MiB, for one file and for a whole CSV package together.
 * Callers check sizes (fs.stat, Content-Length) before reading anything into memory.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Throws a "too_large" problem naming the file when `bytes` is over the limit. */
export function checkSize(file: string, bytes: number, limit: number = MAX_IMPORT_BYTES): void {
  if (bytes <= limit) return;
  const mib = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  throw new HsdsImportError([{ file, code: "too_large", message: `${file} is ${mib(bytes)}; an import may be at most ${mib(limit)}` }]);
}
