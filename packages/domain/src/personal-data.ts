import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { findPhoneNumbersInText } from "libphonenumber-js/min";
import { foldForSearch } from "./fold.ts";
import { isValidInsz } from "./insz.ts";

/**
 * Finds what could identify a person in a free text that must hold no identity (a structural
 * signal): national numbers (INSZ), phone numbers, e-mail addresses, IBANs, postal addresses and
 * names of persons the writer knows. It errs on the side of caution: a finding is either removed
 * or confirmed by the worker (a service's public phone number is fine), never silently kept.
 * It runs in the browser while typing and again on the server, which refuses what is left.
 */

export const PERSONAL_DATA_KINDS = ["insz", "phone", "email", "iban", "address", "name"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Offsets in the text (UTF-16, end exclusive), so the finding can be shown in place. */
  start: number;
  end: number;
  text: string;
}

/** A finding the worker looked at and kept (it identifies no one): matched by kind and text. */
export interface PersonalDataConfirmation {
  kind: PersonalDataKind;
  text: string;
}

/** Eleven digits, in the usual groupings (85.07.30-033.28, 850730 033 28, 85073003328). */
const INSZ_PATTERN = /(?<![\d.])\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2}(?![\d])/g;
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Two letters, two check digits, then groups of letters and digits (with or without spaces). */
const IBAN_PATTERN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi;
/** A street and a house number, in Dutch ("Kerkstraat 12", "Lange Lozanastraat 5 bus 3") or French ("rue de la Loi 16"). */
const STREET_SUFFIXES = "straat|str\\.|laan|lei|plein|weg|steenweg|dreef|kaai|markt|hof|pad|baan|singel|gracht|vest|dijk|veld|berg|dries|kouter|wegel|ring";
const DUTCH_STREET = new RegExp(`\\b[\\p{L}'-]*(?:${STREET_SUFFIXES})\\s+\\d{1,4}[a-zA-Z]?(?:\\s*(?:bus|b\\.?)\\s*\\d{1,4})?\\b`, "giu");
const FRENCH_STREET = /\b(?:rue|avenue|av\.|boulevard|bd|chaussée|place|chemin|quai|square|allée|impasse|drève)\s+(?:[\p{L}'-]+\s+){0,5}\d{1,4}[a-zA-Z]?\b/giu;
/** A Belgian postcode followed by a place name ("9000 Gent", "1080 Molenbeek-Saint-Jean"). */
const POSTCODE_PLACE = /\b[1-9]\d{3}\s+\p{Lu}[\p{L}'-]+/gu;

function matches(text: string, pattern: RegExp, kind: PersonalDataKind, keep: (found: string) => boolean = () => true): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m.index === undefined || !keep(m[0])) continue;
    found.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

function phones(text: string): PersonalDataFinding[] {
  return findPhoneNumbersInText(text, { defaultCountry: "BE" }).map((p) => {
    // "(09 266 00 00)" comes with its opening bracket only; the number starts after it.
    const start = text[p.startsAt] === "(" && !text.slice(p.startsAt, p.endsAt).includes(")") ? p.startsAt + 1 : p.startsAt;
    return { kind: "phone" as const, start, end: p.endsAt, text: text.slice(start, p.endsAt) };
  });
}

/** Parts of names too common to point at anyone ("van", "de", "el"). */
const NAME_PARTICLES = new Set(["van", "de", "der", "den", "het", "ten", "ter", "el", "al", "la", "le", "du", "des", "da", "di", "von", "bin", "ben"]);

/**
 * Names of known persons: the whole name, and each part of it of three letters or more that is
 * written with a capital in the text (names are; the same word in lower case is usually a word).
 */
function names(text: string, knownNames: readonly string[]): PersonalDataFinding[] {
  const parts = new Set<string>();
  for (const name of knownNames) {
    for (const part of name.split(/[\s-]+/)) {
      const folded = foldForSearch(part.replace(/[^\p{L}']/gu, ""));
      if (folded.length >= 3 && !NAME_PARTICLES.has(folded)) parts.add(folded);
    }
  }
  if (parts.size === 0) return [];
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}']*/gu)) {
    if (m.index !== undefined && parts.has(foldForSearch(m[0]))) found.push({ kind: "name", start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** Overlapping findings: the first by position wins, and of two at one place the longer (an INSZ over a phone number in it). */
function withoutOverlaps(findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: PersonalDataFinding[] = [];
  for (const f of sorted) {
    const last = kept.at(-1);
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

export interface FindOptions {
  /** Display names of the persons the writer may know (the server passes those the worker sees). */
  knownNames?: readonly string[];
}

/** Every finding in the text, in order of position. */
export function findPersonalData(text: string, options: FindOptions = {}): PersonalDataFinding[] {
  return withoutOverlaps([
    ...matches(text, INSZ_PATTERN, "insz", isValidInsz),
    ...matches(text, EMAIL_PATTERN, "email"),
    ...matches(text, IBAN_PATTERN, "iban", (s) => isValidIBAN(electronicFormatIBAN(s) ?? "")),
    ...phones(text),
    ...matches(text, DUTCH_STREET, "address"),
    ...matches(text, FRENCH_STREET, "address"),
    ...matches(text, POSTCODE_PLACE, "address"),
    ...names(text, options.knownNames ?? []),
  ]);
}

/** The findings the worker has not confirmed (what must still be removed or confirmed before saving). */
export function unconfirmedFindings(findings: readonly PersonalDataFinding[], confirmations: readonly PersonalDataConfirmation[]): PersonalDataFinding[] {
  const confirmed = new Set(confirmations.map((c) => `${c.kind}\u0000${c.text.trim()}`));
  return findings.filter((f) => !confirmed.has(`${f.kind}\u0000${f.text.trim()}`));
}
