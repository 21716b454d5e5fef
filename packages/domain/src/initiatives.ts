import { z } from "zod";
import { isoDate } from "./schemas.ts";

/**
 * Collective initiatives (verbindend werken): buurtwerk and group work in a neighbourhood or
 * municipality, with activities, participants (persons with their consent, or a head count),
 * partners from the social map, and the signal dossiers and signals they address.
 */
export const INITIATIVE_KINDS = ["neighbourhood_work", "group_work", "other"] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

const text = (max: number) => z.string().trim().max(max);

const partner = z.union([z.strictObject({ serviceId: z.string().trim().min(1).max(200) }), z.strictObject({ organisationName: text(200).min(1) })]);

export const initiativeCreate = z.strictObject({
  title: text(200).min(1, "Required"),
  kind: z.enum(INITIATIVE_KINDS),
  aim: text(4000).min(1, "Say what the initiative wants to reach"),
  municipality: text(100).min(1, "Required"),
  neighbourhood: text(100).optional(),
  startedOn: isoDate.optional(),
  /** People taking part who are not (or not named) in Nabij. */
  headCount: z.number().int().min(0).max(100_000).optional(),
  partners: z.array(partner).max(50).optional(),
  dossierIds: z.array(z.uuid()).max(50).optional(),
  signalIds: z.array(z.uuid()).max(200).optional(),
});
export type InitiativeCreate = z.infer<typeof initiativeCreate>;

export const initiativeChange = z.strictObject({
  title: text(200).min(1).optional(),
  aim: text(4000).min(1).optional(),
  neighbourhood: text(100).nullable().optional(),
  endedOn: isoDate.nullable().optional(),
  headCount: z.number().int().min(0).max(100_000).optional(),
  version: z.number().int().positive(),
});
export type InitiativeChange = z.infer<typeof initiativeChange>;

export const initiativeActivityCreate = z.strictObject({
  date: isoDate,
  place: text(200).min(1, "Required"),
  whatHappened: text(4000).min(1, "Say what happened"),
  headCount: z.number().int().min(0).max(100_000).optional(),
});
export type InitiativeActivityCreate = z.infer<typeof initiativeActivityCreate>;

/** A person of the organisation taking part, with their consent to be recorded as such. */
export const initiativeParticipantAdd = z.strictObject({
  personId: z.uuid(),
  consentGiven: z.literal(true, { message: "A person takes part in the record only with their consent" }),
});
