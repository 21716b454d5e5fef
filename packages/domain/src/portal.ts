import { z } from "zod";
import { AGENDA_STATUSES } from "./agenda.ts";
import { LIMITS } from "./limits.ts";
import { isoDateTime, password, uuid } from "./schemas.ts";
import { CONSENT_SCOPES, PORTAL_LANGUAGES } from "./vocabulary.ts";

/**
 * The person's own Nabij (the portal) and consent: input shapes shared by server and web.
 */

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
export const INVITATION_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** A code is 12 characters shown as XXXX-XXXX-XXXX: about 59 bits, enough for a code that expires. */
export const INVITATION_CODE_LENGTH = 12;

/** Upper case, without spaces or dashes, so "abcd efgh-jkmn" and "ABCD-EFGH-JKMN" are the same code. */
export function normalizeInvitationCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

/** A login name: what the person chooses; compared in lower case. */
export const portalLogin = z
  .string()
  .trim()
  .min(3, "At least 3 characters")
  .max(LIMITS.portalLogin)
  .regex(/^[\p{L}\p{N}._@-]+$/u, "Letters, digits and . _ @ - only");

export function normalizePortalLogin(login: string): string {
  return login.trim().normalize("NFC").toLowerCase();
}

export const portalActivate = z.strictObject({
  code: z.string().trim().min(1, "Required").max(40),
  login: portalLogin,
  password,
});
export type PortalActivate = z.infer<typeof portalActivate>;

export const portalLoginInput = z.strictObject({
  login: z.string().trim().min(1, "Required").max(LIMITS.portalLogin),
  password: z.string().min(1, "Required").max(LIMITS.passwordMax),
});

export const portalMePatch = z.strictObject({ language: z.enum(PORTAL_LANGUAGES) });

/** A wish the person adds to their agenda, in their own words. */
export const portalAgendaCreate = z.strictObject({
  id: uuid.optional(),
  title: z.string().trim().min(1, "Required").max(LIMITS.agendaTitle),
});

/** The person marks an item done (or takes it up again, parks it, drops it). */
export const portalAgendaPatch = z.strictObject({
  status: z.enum(AGENDA_STATUSES),
  version: z.number().int().positive().max(2_147_483_647),
});

export const moveRequestInput = z.strictObject({
  message: z.string().trim().min(1, "Required").max(LIMITS.moveRequest),
});

const consentFields = {
  recipientOrganisationId: uuid.optional(),
  recipientUserId: uuid.optional(),
  scopes: z
    .array(z.enum(CONSENT_SCOPES))
    .min(1, "Choose at least one part")
    .max(CONSENT_SCOPES.length)
    .refine((s) => new Set(s).size === s.length, { message: "A part is listed twice", params: { reason: "duplicate_scope" } }),
  purpose: z.string().trim().min(1, "Required").max(LIMITS.consentPurpose),
  validFrom: isoDateTime.optional(),
  validUntil: isoDateTime.nullable().optional(),
};

function consentChecks<T extends { recipientOrganisationId?: string | undefined; recipientUserId?: string | undefined; validFrom?: string | undefined; validUntil?: string | null | undefined }>(schema: z.ZodType<T>) {
  return schema
    .refine((c) => c.recipientOrganisationId !== undefined || c.recipientUserId !== undefined, {
      path: ["recipientOrganisationId"],
      message: "Say who may see: an organisation, a worker, or both",
      params: { reason: "recipient_required" },
    })
    .refine((c) => !c.validUntil || !c.validFrom || new Date(c.validUntil).getTime() > new Date(c.validFrom).getTime(), {
      path: ["validUntil"],
      message: "The end must be after the start",
      params: { reason: "ends_before_start" },
    });
}

/** A consent a worker records (given in person or in writing). validFrom defaults to now. */
export const consentCreate = consentChecks(z.strictObject({ ...consentFields, givenHow: z.enum(["in_person", "written"]) }));
export type ConsentCreate = z.infer<typeof consentCreate>;

/** A consent the person gives in the portal. */
export const portalConsentCreate = consentChecks(z.strictObject(consentFields));
export type PortalConsentCreate = z.infer<typeof portalConsentCreate>;
