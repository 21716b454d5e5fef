import { z } from "zod";

/**
 * The person's take-up of a right: where they stand with it, whatever the rules say. The
 * radar counts "probable non-take-up" from the rules' outcome and this status together.
 */
export const TAKE_UP_STATUSES = ["unknown", "to_apply", "applied", "granted", "refused", "not_wanted", "not_entitled"] as const;
export type TakeUpStatus = (typeof TAKE_UP_STATUSES)[number];

/** The languages rule packs are written in; the UI languages map onto them. */
export const PACK_LANGUAGES = ["nl", "fr", "en"] as const;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

export const RADAR_SCOPES = ["mine", "team", "organisation"] as const;
export type RadarScope = (typeof RADAR_SCOPES)[number];

const isoDate = z.iso.date({ message: "Must be a date (YYYY-MM-DD)" });

export const takeUpUpdate = z.strictObject({
  status: z.enum(TAKE_UP_STATUSES),
  date: isoDate.optional(),
  note: z.string().trim().max(1000).optional(),
});
export type TakeUpUpdate = z.infer<typeof takeUpUpdate>;
