import { z } from "zod";
import { LIMITS } from "./limits.ts";
import { domainKey } from "./life-domains.ts";
import { encounterCreate, version } from "./schemas.ts";
import { LIFE_DOMAINS } from "./vocabulary.ts";

/**
 * The shared agenda: what the person wants to work on, in the order the person sets.
 * Status moves open → agreed → in_progress → done; an item can be parked or dropped (by the
 * person, the worker or someone in the network, with a reason) and taken up again.
 */
export const AGENDA_STATUSES = ["open", "agreed", "in_progress", "done", "parked", "dropped"] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

export const RAISED_BY = ["person", "worker", "network"] as const;
export type RaisedBy = (typeof RAISED_BY)[number];

/** Which status may follow which. Nothing is final: done and dropped can be reopened. */
export const AGENDA_TRANSITIONS: Readonly<Record<AgendaStatus, readonly AgendaStatus[]>> = {
  open: ["agreed", "in_progress", "parked", "dropped"],
  agreed: ["open", "in_progress", "parked", "dropped"],
  in_progress: ["agreed", "done", "parked", "dropped"],
  done: ["in_progress"],
  parked: ["open", "agreed", "in_progress", "dropped"],
  dropped: ["open"],
};

export function mayMoveTo(from: AgendaStatus, to: AgendaStatus): boolean {
  return from === to || AGENDA_TRANSITIONS[from].includes(to);
}

/**
 * The person judges for themself when something on their agenda is done, so in their portal
 * they may mark any item done that is not dropped; everything else follows AGENDA_TRANSITIONS.
 */
export function personMayMoveTo(from: AgendaStatus, to: AgendaStatus): boolean {
  return mayMoveTo(from, to) || (to === "done" && from !== "dropped");
}

/**
 * Checks a proposed order against the current items: it must list each item exactly once.
 * Returns the problem, or undefined when the order is acceptable.
 */
export function orderProblem(currentIds: readonly string[], proposedIds: readonly string[]): "duplicate" | "missing" | "unknown" | undefined {
  const proposed = new Set(proposedIds);
  if (proposed.size !== proposedIds.length) return "duplicate";
  const current = new Set(currentIds);
  if (proposedIds.some((id) => !current.has(id))) return "unknown";
  if (currentIds.some((id) => !proposed.has(id))) return "missing";
  return undefined;
}

const text = (max: number) => z.string().trim().max(max);
/** Life domain keys; the server checks them against the organisation's domains. */
const domains = z.array(domainKey).max(LIFE_DOMAINS.length + LIMITS.ownDomains);

export const agendaItemCreate = z.strictObject({
  id: z.uuid().optional(),
  title: text(LIMITS.agendaTitle).min(1, "Required"),
  ownWords: text(LIMITS.ownWords).optional(),
  raisedBy: z.enum(RAISED_BY),
  domains: domains.optional(),
  status: z.enum(["open", "agreed", "in_progress", "parked"]).optional(),
});
export type AgendaItemCreate = z.infer<typeof agendaItemCreate>;

export const agendaItemPatch = z
  .strictObject({
    title: text(LIMITS.agendaTitle).min(1, "Required").optional(),
    ownWords: text(LIMITS.ownWords).nullable().optional(),
    domains: domains.optional(),
    status: z.enum(AGENDA_STATUSES).optional(),
    droppedBy: z.enum(RAISED_BY).optional(),
    dropReason: text(LIMITS.reason).min(1, "Required").optional(),
    version,
  })
  .refine((p) => p.status !== "dropped" || (p.droppedBy !== undefined && p.dropReason !== undefined), {
    path: ["dropReason"],
    message: "Say who dropped the item and why",
    params: { reason: "drop_needs_who_and_why" },
  });
export type AgendaItemPatch = z.infer<typeof agendaItemPatch>;

export const agendaOrder = z.strictObject({ itemIds: z.array(z.uuid()).max(LIMITS.agendaItems) });

/**
 * Strengths and own goals, beside the agenda and in the person's words: what they are good at,
 * who and what helps them, what they want for themselves.
 */
export const STRENGTH_KINDS = ["strength", "support", "goal"] as const;
export type StrengthKind = (typeof STRENGTH_KINDS)[number];

export const strengthCreate = z.strictObject({
  id: z.uuid().optional(),
  kind: z.enum(STRENGTH_KINDS),
  text: text(LIMITS.ownWords).min(1, "Required"),
});
export type StrengthCreate = z.infer<typeof strengthCreate>;

export const strengthPatch = z.strictObject({
  text: text(LIMITS.ownWords).min(1, "Required").optional(),
  kind: z.enum(STRENGTH_KINDS).optional(),
  version,
});
export type StrengthPatch = z.infer<typeof strengthPatch>;

/**
 * One write that an offline client kept in its outbox. The client made the id, so sending it
 * again never doubles the entry.
 */
export const syncItem = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("encounter"), data: encounterCreate.and(z.object({ id: z.uuid() })) }),
  z.strictObject({ kind: z.literal("agenda_item"), personId: z.uuid(), data: agendaItemCreate.and(z.object({ id: z.uuid() })) }),
]);
export type SyncItem = z.infer<typeof syncItem>;

export const syncBatch = z.strictObject({ items: z.array(z.unknown()).min(1).max(LIMITS.syncBatch) });
