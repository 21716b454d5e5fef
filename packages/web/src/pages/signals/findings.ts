/**
 * The personal data check of a signal's text, as the form shows it: what is found, what the
 * worker removes, and what they keep because it identifies no one (a service's public number).
 */
import { findPersonalData, unconfirmedFindings, type PersonalDataConfirmation, type PersonalDataFinding } from "@nabij/domain";

const key = (f: { kind: string; text: string }): string => `${f.kind}\u0000${f.text.trim()}`;
const overlaps = (a: PersonalDataFinding, b: PersonalDataFinding): boolean => a.start < b.end && b.start < a.end;

/** Every place `text` holds `part`, from the start. */
function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  if (!part) return found;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) found.push(at);
  return found;
}

/**
 * What the worker must still look at in the text as it is now: what the browser finds, and what
 * the server found on saving (it also knows the names of the worker's persons, the browser does
 * not) wherever those words still stand. Findings the worker kept are left out.
 */
export function openFindings(text: string, fromServer: readonly PersonalDataFinding[], confirmations: readonly PersonalDataConfirmation[]): PersonalDataFinding[] {
  const here = findPersonalData(text);
  const serverKinds = new Map(fromServer.map((f) => [key(f), f]));
  const located = [...serverKinds.values()].flatMap((f) => occurrences(text, f.text).map((start) => ({ kind: f.kind, text: f.text, start, end: start + f.text.length })));
  const merged = [...here, ...located.filter((f) => !here.some((h) => overlaps(h, f)))].sort((a, b) => a.start - b.start);
  return unconfirmedFindings(merged, confirmations);
}

/** Where the finding stands now: at its own offsets when the text there is unchanged, else the nearest place with its words (-1: gone). */
function locate(text: string, finding: PersonalDataFinding): number {
  if (text.slice(finding.start, finding.end) === finding.text) return finding.start;
  const places = occurrences(text, finding.text);
  if (places.length === 0) return -1;
  return places.reduce((best, at) => (Math.abs(at - finding.start) < Math.abs(best - finding.start) ? at : best));
}

/** The text without the finding, and without the double space it would leave behind. */
export function removeFinding(text: string, finding: PersonalDataFinding): string {
  const start = locate(text, finding);
  if (start < 0) return text;
  const before = text.slice(0, start).replace(/[ \t]+$/, "");
  const after = text.slice(start + finding.text.length).replace(/^[ \t]+/, "");
  // One space between two words; none before punctuation, at the start of a line or at either end.
  const space = before && after && !/^[,.;:!?)\n]/.test(after) && !/[\n(]$/.test(before) ? " " : "";
  return `${before}${space}${after}`;
}

/** The worker keeps this finding: it identifies no one. Kept by kind and words, so it counts wherever it stands. */
export function confirmFinding(confirmations: readonly PersonalDataConfirmation[], finding: PersonalDataFinding): PersonalDataConfirmation[] {
  if (confirmations.some((c) => key(c) === key(finding))) return [...confirmations];
  return [...confirmations, { kind: finding.kind, text: finding.text }];
}

/** The confirmations to send: only those about words still in the text. */
export function confirmationsFor(text: string, confirmations: readonly PersonalDataConfirmation[]): PersonalDataConfirmation[] {
  return confirmations.filter((c) => text.includes(c.text.trim()));
}
