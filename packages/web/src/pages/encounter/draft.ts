import type { EncounterCreate, PlaceType } from "@nabij/domain";
import { newClientId } from "../../api/agenda.ts";

/** What the form holds: strings as typed, turned into the API input only on save. */
export interface EncounterDraft {
  startedAt: string;
  duration: string;
  placeType: PlaceType | null;
  note: string;
  /** The person sees the note in their own Nabij ("what we agreed"). */
  noteShared: boolean;
  colleagueIds: string[];
  /** Life domain keys the encounter touched. */
  domains: string[];
  nickname: string;
  description: string;
  headCount: string;
}

/** "2026-11-29T10:05" in local time: the value a datetime-local input shows for now. */
export function localDateTimeValue(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const DEFAULT_DURATION = "30";

export function newDraft(now: Date): EncounterDraft {
  return {
    startedAt: localDateTimeValue(now),
    duration: DEFAULT_DURATION,
    placeType: null,
    note: "",
    noteShared: false,
    colleagueIds: [],
    domains: [],
    nickname: "",
    description: "",
    headCount: "",
  };
}

/** A client-made id makes a retried save idempotent, and lets the offline outbox send it once. */
export function toEncounterInput(draft: EncounterDraft, placeType: PlaceType, personId: string | null): EncounterCreate & { id: string } {
  const started = new Date(draft.startedAt);
  const input: EncounterCreate & { id: string } = {
    id: newClientId(),
    startedAt: (Number.isNaN(started.getTime()) ? new Date() : started).toISOString(),
    placeType,
  };
  if (draft.duration.trim() !== "") input.durationMinutes = Math.round(Number(draft.duration));
  if (draft.note.trim()) input.note = draft.note.trim();
  if (draft.colleagueIds.length > 0) input.workerIds = draft.colleagueIds;
  if (draft.domains.length > 0) input.domains = draft.domains;
  if (personId) {
    input.personIds = [personId];
    // Only a note with a named person can be shared with that person.
    if (draft.noteShared && input.note) input.noteShared = true;
  } else {
    const anonymous: NonNullable<EncounterCreate["anonymous"]> = {};
    if (draft.nickname.trim()) anonymous.nickname = draft.nickname.trim();
    if (draft.description.trim()) anonymous.description = draft.description.trim();
    if (draft.headCount.trim()) anonymous.headCount = Math.round(Number(draft.headCount));
    if (Object.keys(anonymous).length > 0) input.anonymous = anonymous;
  }
  return input;
}
