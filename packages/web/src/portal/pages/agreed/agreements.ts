import type { AgreementVersion } from "../../api.ts";

/** The parts of an agreement a version can change, in the order the card shows them. */
export const AGREEMENT_PARTS = ["what", "whoDoesWhat", "dueDate", "ownWords"] as const;
export type AgreementPart = (typeof AGREEMENT_PARTS)[number];

/**
 * What a version changed from the one before it (versions newest first, as the API gives them).
 * The first version changed nothing: it is where the agreement began.
 */
export function changedParts(versions: readonly AgreementVersion[], index: number): AgreementPart[] {
  const version = versions[index];
  const before = versions[index + 1];
  if (!version || !before) return [];
  return AGREEMENT_PARTS.filter((part) => (version[part] ?? "") !== (before[part] ?? ""));
}

export type Confirmation =
  | { kind: "none" }
  /** The person said so in the portal. */
  | { kind: "portal"; at: string }
  /** The person told the worker, who noted it. */
  | { kind: "in_person"; at: string; name: string | null };

/** Whether, and how, the person said they agree with this version. */
export function confirmationOf(version: AgreementVersion): Confirmation {
  const confirmed = version.confirmed;
  if (!confirmed) return { kind: "none" };
  if (confirmed.how === "portal") return { kind: "portal", at: confirmed.at };
  return { kind: "in_person", at: confirmed.at, name: confirmed.by?.displayName ?? null };
}
