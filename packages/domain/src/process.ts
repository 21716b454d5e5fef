import { z } from "zod";
import { domainKey } from "./life-domains.ts";
import { LIMITS } from "./limits.ts";
import { LIFE_DOMAINS } from "./vocabulary.ts";

/**
 * Procesmatig werken: life events the work adjusts to, and agreements (afspraken) between the
 * person and the worker that change over time, each change a version with who, when and why.
 */

/** Expected events can be planned for; unexpected ones ask to revisit the agenda with the person. */
export const EXPECTED_LIFE_EVENTS = ["planned_move", "hearing", "birth", "benefit_end", "start_of_work_or_school", "other_expected"] as const;
export const UNEXPECTED_LIFE_EVENTS = ["eviction", "hospital_admission", "job_loss", "detention", "bereavement", "crisis", "other_unexpected"] as const;
export const LIFE_EVENT_KINDS = [...EXPECTED_LIFE_EVENTS, ...UNEXPECTED_LIFE_EVENTS] as const;
export type LifeEventKind = (typeof LIFE_EVENT_KINDS)[number];

export function isExpectedLifeEvent(kind: LifeEventKind): boolean {
  return (EXPECTED_LIFE_EVENTS as readonly string[]).includes(kind);
}

/** How many days ahead an expected event shows on the worker's today. */
export const LIFE_EVENT_LOOKAHEAD_DAYS = 14;

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date({ message: "Must be a date (YYYY-MM-DD)" }).refine((d) => d >= "1900-01-01" && d <= "2199-12-31", { message: "Must be between the years 1900 and 2199", params: { reason: "out_of_range" } });
const domains = z.array(domainKey).max(LIFE_DOMAINS.length + LIMITS.ownDomains);

export const lifeEventCreate = z
  .strictObject({
    id: z.uuid().optional(),
    kind: z.enum(LIFE_EVENT_KINDS),
    /** When it happened; for an expected event, when it is expected. */
    date: isoDate,
    /** True while an expected event has not happened yet. */
    expected: z.boolean().optional(),
    title: text(200).optional(),
    domains: domains.optional(),
    whatChanges: text(4000).optional(),
    /** The person's own view, with the same weight as the worker's text. */
    ownWords: text(4000).optional(),
  })
  .refine((e) => !(e.expected === true && !isExpectedLifeEvent(e.kind)), { message: "An unexpected kind of event cannot be expected", path: ["expected"] });
export type LifeEventCreate = z.infer<typeof lifeEventCreate>;

export const AGREEMENT_CONFIRMED_HOW = ["in_person", "portal"] as const;

const agreementFields = {
  what: text(2000).min(1, "Required"),
  /** Who does what: the person, the worker, someone else. */
  whoDoesWhat: text(2000).optional(),
  dueDate: isoDate.optional(),
  ownWords: text(4000).optional(),
};

export const agreementCreate = z.strictObject({ id: z.uuid().optional(), ...agreementFields });
export type AgreementCreate = z.infer<typeof agreementCreate>;

/** A change makes a new version; why it changed is asked, and the version seen must be the current one. */
export const agreementChange = z.strictObject({
  what: agreementFields.what.optional(),
  whoDoesWhat: agreementFields.whoDoesWhat.nullable(),
  dueDate: isoDate.nullable().optional(),
  ownWords: agreementFields.ownWords.nullable(),
  why: text(2000).min(1, "Say why the agreement changes"),
  version: z.number().int().positive(),
});
export type AgreementChange = z.infer<typeof agreementChange>;

export const agreementConfirm = z.strictObject({
  version: z.number().int().positive(),
  how: z.literal("in_person"),
});

/** The person asks for a moment to look back together at how things go (an evaluation). */
export const evaluationRequestCreate = z.strictObject({ note: text(2000).optional() });
/** The worker records that the evaluation took place, with what came out of it (the person's words too). */
export const evaluationDone = z.strictObject({ outcome: text(4000).optional(), ownWords: text(4000).optional() });

/** The person's own words ("in your words"), written by the person in the portal; empty clears them. */
export const ownWordsInput = z.strictObject({ ownWords: text(4000) });
/** The person's own words on an agreement: a new version, so the version seen must be the current one. */
export const agreementOwnWords = z.strictObject({ ownWords: text(4000), version: z.number().int().positive() });

/** What a person's timeline shows, each kind from the part of the file it belongs to. */
export const TIMELINE_KINDS = ["encounter", "agenda", "appointment", "assessment", "referral", "rights", "take_up", "consent", "life_event", "agreement", "evaluation"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
