import { z } from "zod";

/**
 * A person's situation as the rights check sees it: everything optional, because what is not
 * known is what the check asks about. Periods and dates are absolute (an income "of 2023", not
 * "of last year"), so the same situation can be checked again at a later date.
 */

const date = z.iso.date({ message: "Must be a date (YYYY-MM-DD)" });
const money = z.number().min(0, "Must be 0 or more").max(100_000_000, "Must be at most 100,000,000");

export const RESIDENCE_STATUSES = [
  "belgian",
  "eu_citizen",
  "population_register",
  "refugee",
  "subsidiary_protection",
  "stateless",
  "foreigners_register",
  "no_legal_stay",
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

/** Benefits whose receipt opens other rights (statuses). */
export const BENEFITS = ["leefloon", "igo", "ivt", "it", "disability65", "helpThirdPerson", "zorgbudgetOuderen", "zorgtoeslag", "vt"] as const;
export type Benefit = (typeof BENEFITS)[number];
/** The benefits asked of the person themself (the care supplement is for a child, so it is asked of the household). */
export const PERSON_BENEFITS = BENEFITS.filter((b): b is Exclude<Benefit, "zorgtoeslag"> => b !== "zorgtoeslag");
export type PersonBenefit = (typeof PERSON_BENEFITS)[number];

export const HOUSEHOLD_ROLES = ["partner", "child", "parent", "other"] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

export const HEATING_FUELS = [
  "heating_oil",
  "heating_paraffin",
  "bulk_propane",
  "natural_gas",
  "electricity",
  "bottled_gas",
  "wood_coal_pellets",
  "heat_network",
  "other",
] as const;
export type HeatingFuel = (typeof HEATING_FUELS)[number];

/**
 * Kinds of income, each with the period it is about:
 * - `gross_taxable`: the household's gross taxable income (net taxable for the self-employed) of a year (YYYY) or a month (YYYY-MM);
 * - `assessment`: the household income on the last tax assessment, for the income year (YYYY);
 * - `net_resources`: the net resources counted for the leefloon (the person and a partner), per month (YYYY-MM).
 */
export const INCOME_KINDS = ["gross_taxable", "assessment", "net_resources"] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

const member = z.strictObject({
  role: z.enum(HOUSEHOLD_ROLES),
  birthDate: date.optional(),
  /** Ten laste: lives on the household's income (own net income below the limit of the right asking). */
  dependent: z.boolean().optional(),
  /** For a child aged 18 to 24: the family still receives child benefit (Groeipakket) for them, e.g. while studying. */
  childBenefit: z.boolean().optional(),
});
export type HouseholdMember = z.infer<typeof member>;

const income = z
  .strictObject({
    kind: z.enum(INCOME_KINDS),
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "Must be a year (YYYY) or a month (YYYY-MM)"),
    amount: money,
  })
  .refine((i) => (i.kind === "net_resources" ? i.period.length === 7 : i.kind === "assessment" ? i.period.length === 4 : true), {
    message: "This kind of income needs a month (net_resources) or a year (assessment)",
    path: ["period"],
  });
export type Income = z.infer<typeof income>;

export const situationSchema = z
  .strictObject({
    person: z
      .strictObject({
        birthDate: date.optional(),
        residence: z.enum(RESIDENCE_STATUSES).optional(),
        livesInBelgium: z.boolean().optional(),
        postcode: z.string().regex(/^[1-9]\d{3}$/, "Must be a Belgian postcode (4 digits)").optional(),
        married: z.boolean().optional(),
        pregnant: z.boolean().optional(),
        availableForWork: z.boolean().optional(),
        otherRightsClaimed: z.boolean().optional(),
        /** In a group whose current income may count for the verhoogde tegemoetkoming (pensioner, widow(er), invalid, 3 months unemployed or unable to work, single parent, …). */
        indicatorGroup: z.boolean().optional(),
      })
      .optional(),
    benefits: z
      .strictObject({
        ...Object.fromEntries(PERSON_BENEFITS.map((b) => [b, z.boolean().optional()])),
        leefloonSince: date.optional(),
      } as Record<PersonBenefit, z.ZodOptional<z.ZodBoolean>> & { leefloonSince: z.ZodOptional<typeof date> })
      .optional(),
    household: z
      .strictObject({
        /** Everyone else living at the same address; an empty list means the person lives alone. */
        members: z.array(member).max(30, "At most 30 household members").optional(),
        /** The benefits that anyone domiciled at the address receives (the person included); an empty list means none. */
        benefits: z.array(z.enum(BENEFITS)).max(BENEFITS.length).optional(),
        /** Everyone in the household has the verhoogde tegemoetkoming. */
        allHaveVt: z.boolean().optional(),
      })
      .optional(),
    incomes: z.array(income).max(200, "At most 200 incomes").optional(),
    property: z.strictObject({ otherCadastralIncome: money.optional() }).optional(),
    housing: z
      .strictObject({
        heatingFuel: z.enum(HEATING_FUELS).optional(),
        energyContractAtDomicile: z.boolean().optional(),
        socialTenantCollectiveHeating: z.boolean().optional(),
      })
      .optional(),
    heating: z.strictObject({ deliveryDate: date.optional() }).optional(),
    debt: z.strictObject({ mediation: z.boolean().optional(), canPayHeatingInvoice: z.boolean().optional() }).optional(),
  })
  .refine((s) => !(s.benefits?.leefloonSince && s.benefits.leefloon === false), {
    message: "A date since when the leefloon is received needs leefloon to be true",
    path: ["benefits", "leefloonSince"],
    params: { reason: "leefloon_since_without_leefloon" },
  })
  // The household's list is everyone at the address, the person included: a benefit of the person's
  // own that the list leaves out would contradict it (and make answers change decided outcomes).
  .refine((s) => ownBenefits(s).every((b) => s.household?.benefits === undefined || s.household.benefits.includes(b)), {
    message: "Must include the person's own benefits (the list is of everyone at the address, the person included)",
    path: ["household", "benefits"],
    params: { reason: "own_benefit_missing" },
  });

function ownBenefits(s: { benefits?: Partial<Record<PersonBenefit, boolean>> & { leefloonSince?: string } }): PersonBenefit[] {
  const own = PERSON_BENEFITS.filter((b) => s.benefits?.[b] === true);
  return s.benefits?.leefloonSince !== undefined && !own.includes("leefloon") ? [...own, "leefloon"] : own;
}

export type Situation = z.infer<typeof situationSchema>;

/** The JSON Schema of the situation format (`nabij rights schema`). */
export function situationJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://nabij.example/schemas/rights-situation.json",
    title: "Nabij rights check: a person's situation",
    ...z.toJSONSchema(situationSchema, { target: "draft-2020-12", unrepresentable: "any" }),
  };
}

export interface FieldError {
  path: string;
  message: string;
}

export type SituationParse = { ok: true; situation: Situation } | { ok: false; errors: FieldError[] };

export function parseSituation(input: unknown): SituationParse {
  const parsed = situationSchema.safeParse(input);
  if (parsed.success) return { ok: true, situation: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
}
