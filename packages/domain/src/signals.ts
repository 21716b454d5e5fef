import { z } from "zod";
import { BARRIER_REASONS } from "./referrals.ts";
import { PERSONAL_DATA_KINDS } from "./personal-data.ts";

/**
 * Structural signals (politiserend werken): what a worker sees happen to people that comes from
 * how things are organised, not from the person. A signal holds no identity: no link to a person,
 * only a keyed pseudonym to count distinct people (see docs/decisions/010-signals-without-identity.md).
 */

/** The kind of mechanism behind the problem (after Gent's Werkgroep Signalen); `other` keeps the list open. */
export const MECHANISM_TYPES = ["organisation_practice", "gap_between_organisations", "regulation", "risk_group", "lack_of_information", "policy_gap", "other"] as const;
export type MechanismType = (typeof MECHANISM_TYPES)[number];

/** The eight phases a structural signal goes through, with a trekker for each dossier. */
export const SIGNAL_PHASES = ["notice", "collect", "bundle", "analyse", "report", "decide", "act", "feedback"] as const;
export type SignalPhase = (typeof SIGNAL_PHASES)[number];

/** Where the worker saw it: raising a signal from there pre-fills it (no link to the source is kept). */
export const SIGNAL_SOURCES = ["encounter", "agenda", "referral_barrier", "rights_outcome", "own"] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

const text = (max: number) => z.string().trim().max(max);
/** A theme is a short word or phrase, kept in lower case so "Huur" and "huur" are one theme. */
const theme = text(60)
  .min(1)
  .transform((t) => t.toLowerCase());

export const signalCreate = z
  .strictObject({
    text: text(4000).min(1, "Say what happens"),
    mechanismType: z.enum(MECHANISM_TYPES),
    themes: z.array(theme).min(1, "Give at least one theme").max(10),
    domains: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
    /** The institution or service involved, by name, or a service of the social map. */
    institution: text(200).min(1).optional(),
    serviceId: z.string().trim().min(1).max(200).optional(),
    municipality: text(100).min(1, "Required"),
    /** How many people it concerns; with a person, that one person. */
    peopleCount: z.number().int().min(1).max(100_000).optional(),
    /** Only to derive the pseudonym that counts distinct people; never stored or returned. */
    personId: z.uuid().optional(),
    source: z.enum(SIGNAL_SOURCES).optional(),
    /** A referral barrier's structured reason, when the signal comes from one. */
    barrierReason: z.enum(BARRIER_REASONS).optional(),
    /** Findings of personal data the worker looked at and kept (they identify no one). */
    confirmations: z.array(z.strictObject({ kind: z.enum(PERSONAL_DATA_KINDS), text: z.string().max(4000) })).max(50).optional(),
  })
  .refine((s) => !(s.personId && s.peopleCount !== undefined && s.peopleCount !== 1), { message: "A signal about one person concerns one person; leave the person out to count more", path: ["peopleCount"], params: { reason: "people_count_with_person" } });
export type SignalCreate = z.infer<typeof signalCreate>;

export const SIGNAL_LIST_SCOPES = ["mine", "organisation"] as const;
export type SignalListScope = (typeof SIGNAL_LIST_SCOPES)[number];

/** The texts of a dossier, each change kept with its date. */
export const DOSSIER_TEXT_FIELDS = ["analysis", "position", "actions", "decisions", "feedback"] as const;
export type DossierTextField = (typeof DOSSIER_TEXT_FIELDS)[number];

export const dossierCreate = z.strictObject({
  title: text(200).min(1, "Required"),
  /** The worker who pulls the dossier (trekker). */
  trekkerId: z.uuid(),
  phase: z.enum(SIGNAL_PHASES).optional(),
  signalIds: z.array(z.uuid()).max(500).optional(),
});
export type DossierCreate = z.infer<typeof dossierCreate>;

const dossierText = text(20_000).nullable().optional();
export const dossierChange = z.strictObject({
  title: text(200).min(1).optional(),
  trekkerId: z.uuid().optional(),
  phase: z.enum(SIGNAL_PHASES).optional(),
  analysis: dossierText,
  /** The team's own position, from the profession's values. */
  position: dossierText,
  actions: dossierText,
  decisions: dossierText,
  /** What became of it: the workers who raised its signals see this. */
  feedback: dossierText,
  version: z.number().int().positive(),
});
export type DossierChange = z.infer<typeof dossierChange>;

export const dossierSignals = z.strictObject({ signalIds: z.array(z.uuid()).min(1).max(500) });

/** A person's testimony in a dossier, in their own words, with their consent; anonymous unless they choose a name. */
export const testimonyCreate = z.strictObject({
  personId: z.uuid(),
  text: text(8000).min(1, "Required"),
  consentGiven: z.literal(true, { message: "A testimony is kept only with the person's consent" }),
  /** The name the person chooses to be shown with (a first name, a nickname); none: anonymous. */
  shownName: text(100).min(1).optional(),
  /** The person agrees that it may appear on a public page. */
  publishable: z.boolean().optional(),
});
export type TestimonyCreate = z.infer<typeof testimonyCreate>;
