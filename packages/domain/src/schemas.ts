import { z } from "zod";
import { checkInsz, normalizeInsz } from "./insz.ts";
import { LIMITS } from "./limits.ts";
import { CONTACT_PREFERENCES, PLACE_TYPES, ROLES, UI_LANGUAGES } from "./vocabulary.ts";

/**
 * Input shapes shared by the server (validation, OpenAPI) and the web app (forms).
 * Strict objects: an unknown field is an error, not silently dropped.
 */
export const uuid = z.uuid({ message: "Must be a UUID" });
/** An optimistic-concurrency version: a positive 32-bit integer, as stored. */
export const version = z.number().int().positive().max(2_147_483_647);
/** An ISO 8601 date-time between 1900 and 2199 (UTC), so every stored time sorts and prints well. */
export const isoDateTime = z.iso.datetime({ offset: true, message: "Must be an ISO 8601 date-time" }).refine(
  (value) => {
    const year = new Date(value).getUTCFullYear();
    return Number.isNaN(year) || (year >= 1900 && year <= 2199); // NaN: the format check answers

  },
  { message: "Must be between the years 1900 and 2199", params: { reason: "out_of_range" } },
);
export const isoDate = z.iso.date({ message: "Must be a date (YYYY-MM-DD)" });

export const insz = z
  .string()
  .max(20)
  .superRefine((value, ctx) => {
    const check = checkInsz(value);
    if (!check.valid) {
      ctx.addIssue({ code: "custom", message: `Not a valid national or BIS number (${check.reason})`, params: { reason: `insz_${check.reason}` } });
    }
  })
  .transform(normalizeInsz);

const trimmed = (max: number) => z.string().trim().max(max);
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Must be a language tag such as nl or fr-BE");

export const personFields = {
  displayName: trimmed(LIMITS.displayName).min(1, "Required"),
  legalName: trimmed(LIMITS.legalName).nullable().optional(),
  birthDate: isoDate.nullable().optional(),
  insz: insz.nullable().optional(),
  phone: trimmed(LIMITS.phone).nullable().optional(),
  email: z.email().max(LIMITS.email).nullable().optional(),
  languages: z.array(languageTag).max(LIMITS.languages).optional(),
  contactPreference: z.enum(CONTACT_PREFERENCES).nullable().optional(),
};

export const personCreate = z.strictObject(personFields);
export type PersonCreate = z.infer<typeof personCreate>;

export const personPatch = z.strictObject({
  ...personFields,
  displayName: personFields.displayName.optional(),
  version,
});
export type PersonPatch = z.infer<typeof personPatch>;

export const encounterCreate = z
  .strictObject({
    id: uuid.optional(),
    startedAt: isoDateTime,
    durationMinutes: z.number().int().min(0).max(LIMITS.encounterMinutes).optional(),
    placeType: z.enum(PLACE_TYPES),
    workerIds: z.array(uuid).max(LIMITS.workersPerEncounter).optional(),
    personIds: z.array(uuid).max(LIMITS.personsPerEncounter).optional(),
    anonymous: z
      .strictObject({
        nickname: trimmed(LIMITS.anonymousNickname).optional(),
        description: trimmed(LIMITS.anonymousDescription).optional(),
        headCount: z.number().int().min(1).max(LIMITS.headCount).optional(),
      })
      .optional(),
    note: trimmed(LIMITS.note).optional(),
    /** The note is shared with the person (they see it in their portal); private by default. */
    noteShared: z.boolean().optional(),
    /** Life domain keys the encounter touched; the server checks them against the organisation's. */
    domains: z.array(z.string().regex(/^[a-z][a-z0-9_]{1,48}$/, "Must be a life domain key")).max(40).optional(),
  })
  .refine((e) => !(e.anonymous && e.personIds && e.personIds.length > 0), {
    path: ["anonymous"],
    message: "An encounter is with named persons or anonymous, not both",
    params: { reason: "persons_or_anonymous" },
  })
  // A note about several persons may speak of each of them: it is never shown to one of them.
  .refine((e) => !e.noteShared || (e.personIds?.length ?? 0) === 1, {
    path: ["noteShared"],
    message: "Only the note of an encounter with one named person can be shared with that person",
    params: { reason: "share_needs_one_person" },
  });
export type EncounterCreate = z.infer<typeof encounterCreate>;

export const loginInput = z.strictObject({
  email: z.string().trim().max(LIMITS.email).min(1, "Required"),
  password: z.string().min(1, "Required").max(LIMITS.passwordMax),
});

export const password = z.string().min(LIMITS.passwordMin, `At least ${LIMITS.passwordMin} characters`).max(LIMITS.passwordMax);

export const teamInput = z.strictObject({ name: trimmed(LIMITS.teamName).min(1, "Required") });

export const userInvite = z.strictObject({
  email: z.email().max(LIMITS.email),
  displayName: trimmed(LIMITS.displayName).min(1, "Required"),
  role: z.enum(ROLES),
  teamIds: z.array(uuid).max(20).optional(),
  language: z.enum(UI_LANGUAGES).optional(),
});

export const userPatch = z.strictObject({
  displayName: trimmed(LIMITS.displayName).min(1).optional(),
  role: z.enum(ROLES).optional(),
  teamIds: z.array(uuid).max(20).optional(),
  status: z.enum(["active", "disabled"]).optional(),
  language: z.enum(UI_LANGUAGES).optional(),
  version,
});

export const organisationPatch = z.strictObject({
  name: trimmed(120).min(1).optional(),
  lapseDays: z.number().int().min(1).max(3650).optional(),
  /** After how many days without a status change a referral shows up on the worker's today. */
  referralFollowUpDays: z.number().int().min(1).max(365).optional(),
  /** The smallest number of people a published figure may count; 5 at least (k-anonymity). */
  signalReportK: z.number().int().min(5, "k is at least 5").max(100).optional(),
  languages: z.array(z.enum(UI_LANGUAGES)).min(1).max(UI_LANGUAGES.length).optional(),
  calendarFullNames: z.boolean().optional(),
  /** May the person see (in the portal) how many private notes exist? Never their text. */
  portalShowsPrivateNotes: z.boolean().optional(),
  /** May anyone read the organisation's social map through the HSDS API? Off by default. */
  socialMapPublic: z.boolean().optional(),
  version,
});

export const acceptInvitation = z.strictObject({ token: z.string().min(10).max(200), password });

/**
 * Linking an anonymous encounter to a person, only with the person's consent, recorded here:
 * how it was given, and optionally in what words.
 */
export const encounterLink = z.strictObject({
  personId: uuid,
  consent: z.strictObject({
    given: z.literal(true, { message: "Link only when the person agrees" }),
    method: z.enum(["verbal", "written"]),
    note: z.string().trim().max(LIMITS.reason).optional(),
  }),
});
export type EncounterLink = z.infer<typeof encounterLink>;
