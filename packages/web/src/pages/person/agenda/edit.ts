import { LIFE_DOMAINS, type AgendaItemPatch } from "@nabij/domain";
import type { AgendaItem } from "../../../api/types.ts";

/** What the edit form holds: the words as typed, the life domain keys. */
export interface AgendaValues {
  title: string;
  ownWords: string;
  domains: readonly string[];
}

/** What editing may change; the version is added by the one who sends it. */
export type AgendaEditPatch = Pick<AgendaItemPatch, "title" | "ownWords" | "domains">;

export function valuesOf(item: Pick<AgendaItem, "title" | "ownWords" | "domains">): AgendaValues {
  return { title: item.title, ownWords: item.ownWords ?? "", domains: [...item.domains] };
}

const sameDomains = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((d) => b.includes(d));

/** Built-in domains in their usual order, the organisation's own after them: one order to send. */
const rank = (key: string): number => {
  const index = (LIFE_DOMAINS as readonly string[]).indexOf(key);
  return index < 0 ? LIFE_DOMAINS.length : index;
};
const inUsualOrder = (keys: readonly string[]): string[] => [...keys].sort((a, b) => rank(a) - rank(b));

/** Only the fields that differ from the item; own words cleared become null. Empty: nothing to send. */
export function editPatch(item: Pick<AgendaItem, "title" | "ownWords" | "domains">, values: AgendaValues): AgendaEditPatch {
  const patch: AgendaEditPatch = {};
  const title = values.title.trim();
  if (title !== item.title) patch.title = title;
  const ownWords = values.ownWords.trim();
  if (ownWords !== (item.ownWords ?? "")) patch.ownWords = ownWords === "" ? null : ownWords;
  if (!sameDomains(values.domains, item.domains)) patch.domains = inUsualOrder(values.domains);
  return patch;
}

/**
 * After someone else changed the item (a stale version, then the agenda was loaded again): the
 * fields this user did not touch take the newest values, what they typed stays.
 */
export function rebase(values: AgendaValues, before: AgendaValues, latest: AgendaValues): AgendaValues {
  return {
    title: values.title === before.title ? latest.title : values.title,
    ownWords: values.ownWords === before.ownWords ? latest.ownWords : values.ownWords,
    domains: sameDomains(values.domains, before.domains) ? latest.domains : values.domains,
  };
}
