import { z } from "zod";
import { LIMITS } from "./limits.ts";
import { isoDateTime, uuid } from "./schemas.ts";
import { LIFE_DOMAINS } from "./vocabulary.ts";

/**
 * Life domains and assessments (issue 5). The 14 built-in domains have keys (vocabulary.ts) and
 * labels in the web app's translations; an organisation renames, hides or adds domains. Ratings
 * use our own five-step scale with plain labels (no licensed instrument such as the ZRM or the
 * Outcomes Star): 1 = it is very hard now … 5 = it is going well.
 */
export const RATING_STEPS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATING_STEPS)[number];

/** A domain key: a built-in one, or an organisation's own ("own_" + a slug). */
export const domainKey = z.string().regex(/^[a-z][a-z0-9_]{1,48}$/, "Must be a life domain key");
export const OWN_DOMAIN_PREFIX = "own_";

export function isBuiltInDomain(key: string): boolean {
  return (LIFE_DOMAINS as readonly string[]).includes(key);
}

const rating = z.number().int().min(1).max(5);
const label = z.string().trim().min(1, "Required").max(LIMITS.domainLabel);

/** One domain in an organisation's configuration, in the order shown. */
export const domainSetting = z.strictObject({
  key: domainKey,
  /** Labels per UI language; a built-in domain without labels keeps its translated name. */
  labels: z.strictObject({ "nl-BE": label, "fr-BE": label, en: label }).nullable().optional(),
  hidden: z.boolean().optional(),
});
export type DomainSetting = z.infer<typeof domainSetting>;

/**
 * The whole configuration at once: every built-in domain exactly once (hide, do not delete: old
 * assessments keep their meaning) and the organisation's own domains, which need labels.
 */
export const domainSettings = z
  .strictObject({ domains: z.array(domainSetting).min(LIFE_DOMAINS.length).max(LIFE_DOMAINS.length + LIMITS.ownDomains), version: z.number().int().min(0).max(2_147_483_647) })
  .superRefine((input, ctx) => {
    const keys = input.domains.map((d) => d.key);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) ctx.addIssue({ code: "custom", path: ["domains", index, "key"], message: "Listed twice", params: { reason: "duplicate" } });
      if (!isBuiltInDomain(key) && !key.startsWith(OWN_DOMAIN_PREFIX)) ctx.addIssue({ code: "custom", path: ["domains", index, "key"], message: `An own domain's key starts with ${OWN_DOMAIN_PREFIX}`, params: { reason: "own_domain_key" } });
      if (!isBuiltInDomain(key) && !input.domains[index]?.labels) ctx.addIssue({ code: "custom", path: ["domains", index, "labels"], message: "An own domain needs its names", params: { reason: "labels_required" } });
    });
    for (const builtIn of LIFE_DOMAINS) {
      if (!keys.includes(builtIn)) ctx.addIssue({ code: "custom", path: ["domains"], message: `${builtIn} is missing: hide a domain instead of leaving it out`, params: { reason: "builtin_missing" } });
    }
  });
export type DomainSettings = z.infer<typeof domainSettings>;

export const assessmentRating = z
  .strictObject({
    domain: domainKey,
    personRating: rating.nullable().optional(),
    workerRating: rating.nullable().optional(),
    note: z.string().trim().max(LIMITS.ownWords).optional(),
  });

/** One assessment: per domain the person's and the worker's rating (either may be empty), who took part. */
export const assessmentCreate = z
  .strictObject({
    id: uuid.optional(),
    assessedAt: isoDateTime,
    participants: z.strictObject({
      person: z.boolean(),
      workerIds: z.array(uuid).max(LIMITS.workersPerEncounter).optional(),
      others: z.string().trim().max(LIMITS.reason).optional(),
    }),
    ratings: z.array(assessmentRating).min(1, "Rate at least one domain").max(LIFE_DOMAINS.length + LIMITS.ownDomains),
    note: z.string().trim().max(LIMITS.note).optional(),
  })
  .superRefine((input, ctx) => {
    const keys = input.ratings.map((r) => r.domain);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) ctx.addIssue({ code: "custom", path: ["ratings", index, "domain"], message: "Listed twice", params: { reason: "duplicate" } });
    });
  });
export type AssessmentCreate = z.infer<typeof assessmentCreate>;

/** The change of a rating between two assessments; null when either is missing. */
export function ratingChange(previous: number | null | undefined, latest: number | null | undefined): number | null {
  return previous === null || previous === undefined || latest === null || latest === undefined ? null : latest - previous;
}
