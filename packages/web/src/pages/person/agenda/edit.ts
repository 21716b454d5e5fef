import { LIFE_DOMAINS, type AgendaItemPatch, type LifeDomain } from "@nabij/domain";
import type { AgendaItem } from "../../../api/types.ts";

/** What the edit form holds: the words as typed, the life domains in their usual order. */
export interface AgendaValues {
  title: string;
  ownWords: string;
  domains: readonly LifeDomain[];
}

/** What editing may change; the version is added by the one who sends it. */
export type AgendaEditPatch = Pick<AgendaItemPatch, "title" | "ownWords" | "domains">;

export function valuesOf(item: Pick<AgendaItem, "title" | "ownWords" | "domains">): AgendaValues {
  return { title: item.title, ownWords: item.ownWords ?? "", domains: LIFE_DOMAINS.filter((d) => item.domains.includes(d)) };
}

const sameDomains = (a: readonly LifeDomain[], b: readonly LifeDomain[]): boolean => a.length === b.length && a.every((d) => b.includes(d));

/** Only the fields that differ from the item; own words cleared become null. Empty: nothing to send. */
export function editPatch(item: Pick<AgendaItem, "title" | "ownWords" | "domains">, values: AgendaValues): AgendaEditPatch {
  const patch: AgendaEditPatch = {};
  const title = values.title.trim();
  if (title !== item.title) patch.title = title;
  const ownWords = values.ownWords.trim();
  if (ownWords !== (item.ownWords ?? "")) patch.ownWords = ownWords === "" ? null : ownWords;
  if (!sameDomains(values.domains, item.domains)) patch.domains = LIFE_DOMAINS.filter((d) => values.domains.includes(d));
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
