import type { BarrierReason, MechanismType, PersonalDataConfirmation, SignalCreate, SignalSource } from "@nabij/domain";
import { confirmationsFor } from "./findings.ts";

/** The signal form as typed. A known person is only counted (a pseudonym on the server), never named. */
export interface SignalDraft {
  text: string;
  mechanismType: MechanismType | "";
  /** Themes as typed, separated by commas. */
  themes: string;
  domains: string[];
  institution: string;
  /** A service of the social map the institution came from; sent only while its name stands unchanged. */
  service: { id: string; name: string } | null;
  municipality: string;
  /** The person the worker saw it with: counted without a name when `countPerson` is on. */
  personId: string | null;
  countPerson: boolean;
  peopleCount: string;
  source: SignalSource;
  barrierReason: BarrierReason | "";
  confirmations: PersonalDataConfirmation[];
}

export const NEW_SIGNAL: SignalDraft = {
  text: "",
  mechanismType: "",
  themes: "",
  domains: [],
  institution: "",
  service: null,
  municipality: "",
  personId: null,
  countPerson: false,
  peopleCount: "1",
  source: "own",
  barrierReason: "",
  confirmations: [],
};

export const MAX_THEMES = 10;
const MAX_THEME_LENGTH = 60;

/** "Huur, wachtlijst ;huur" → ["huur", "wachtlijst"]: as the server keeps them (lower case, each once). */
export function parseThemes(typed: string): string[] {
  return [...new Set(typed.split(/[,;\n]/).map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

export type SignalProblem = "text" | "findings" | "mechanismType" | "themes" | "tooManyThemes" | "municipality" | "peopleCount";

/** Whether the person is counted: only when one is known and the worker left it on. */
export const countsPerson = (draft: SignalDraft): boolean => draft.personId !== null && draft.countPerson;

function peopleCount(draft: SignalDraft): number | null {
  const n = Number(draft.peopleCount.trim());
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : null;
}

/**
 * What is missing, per field, as keys of `signalForm.invalid` (empty when the draft can be sent).
 * `openFindings`: how many findings of personal data the worker has not yet removed or kept.
 */
export function signalProblems(draft: SignalDraft, openFindings: number): Record<string, SignalProblem> {
  const problems: Record<string, SignalProblem> = {};
  if (!draft.text.trim()) problems.text = "text";
  else if (openFindings > 0) problems.text = "findings";
  if (!draft.mechanismType) problems.mechanismType = "mechanismType";
  const themes = parseThemes(draft.themes);
  if (themes.length === 0) problems.themes = "themes";
  else if (themes.length > MAX_THEMES || themes.some((t) => t.length > MAX_THEME_LENGTH)) problems.themes = "tooManyThemes";
  if (!draft.municipality.trim()) problems.municipality = "municipality";
  if (!countsPerson(draft) && peopleCount(draft) === null) problems.peopleCount = "peopleCount";
  return problems;
}

/** The request body; call only when signalProblems found nothing. */
export function signalInput(draft: SignalDraft): SignalCreate {
  const text = draft.text.trim();
  const institution = draft.institution.trim();
  const confirmations = confirmationsFor(text, draft.confirmations);
  return {
    text,
    mechanismType: draft.mechanismType || "other",
    themes: parseThemes(draft.themes),
    ...(draft.domains.length > 0 ? { domains: draft.domains } : {}),
    ...(institution ? { institution } : {}),
    ...(draft.service && institution === draft.service.name ? { serviceId: draft.service.id } : {}),
    municipality: draft.municipality.trim(),
    ...(countsPerson(draft) && draft.personId ? { personId: draft.personId } : { peopleCount: peopleCount(draft) ?? 1 }),
    source: draft.source,
    ...(draft.barrierReason ? { barrierReason: draft.barrierReason } : {}),
    ...(confirmations.length > 0 ? { confirmations } : {}),
  };
}
