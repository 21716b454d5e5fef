import { z } from "zod";
import { LIMITS } from "./limits.ts";
import { uuid, version } from "./schemas.ts";

/**
 * The person's network (ecomap): who is around them, what the tie means to the person, and
 * whether it gives support or stress. A professional may be linked to a social map service or
 * contact (when the social map exists).
 */
export const TIE_KINDS = ["family", "friend", "neighbour", "professional", "other"] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** How close the person feels: drawn as the distance from the centre of the ecomap. */
export const CLOSENESS = ["close", "medium", "distant"] as const;
export type Closeness = (typeof CLOSENESS)[number];

export const SUPPORT_KINDS = ["practical", "emotional", "financial", "information", "care", "company"] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

const text = (max: number) => z.string().trim().max(max);

const tieFields = {
  name: text(LIMITS.tieName).min(1, "Required"),
  kind: z.enum(TIE_KINDS),
  relation: text(LIMITS.tieName).optional(),
  closeness: z.enum(CLOSENESS),
  support: z.array(z.enum(SUPPORT_KINDS)).max(SUPPORT_KINDS.length).optional(),
  stress: z.boolean().optional(),
  note: text(LIMITS.ownWords).optional(),
  serviceId: uuid.nullable().optional(),
  contactId: uuid.nullable().optional(),
};

export const networkTieCreate = z.strictObject({ id: uuid.optional(), ...tieFields });
export type NetworkTieCreate = z.infer<typeof networkTieCreate>;

export const networkTiePatch = z.strictObject({
  name: tieFields.name.optional(),
  kind: tieFields.kind.optional(),
  relation: tieFields.relation,
  closeness: tieFields.closeness.optional(),
  support: tieFields.support,
  stress: tieFields.stress,
  note: tieFields.note,
  serviceId: tieFields.serviceId,
  contactId: tieFields.contactId,
  version,
});
export type NetworkTiePatch = z.infer<typeof networkTiePatch>;
