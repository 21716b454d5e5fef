import { z } from "zod";

/**
 * The shape of a rule pack's files, checked when the pack loads. A pack is a folder:
 * `pack.yaml` (what the pack is), `rights/*.yaml` (one right per file) and `tests/*.yaml`
 * (situations with expected outcomes). See docs/rights-packs.md.
 */

const isoDate = z.iso.date({ message: "Must be a date (YYYY-MM-DD)" });
export const texts = z.strictObject({ nl: z.string().trim().min(1), fr: z.string().trim().min(1), en: z.string().trim().min(1) });
export type PackTexts = z.infer<typeof texts>;
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Must be a slug such as verhoogde-tegemoetkoming");
const parameterName = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, "Must be a dotted snake_case name such as vt.threshold_base");
const definitionName = z.string().regex(/^[a-z][a-zA-Z0-9_]*$/, "Must be a plain name such as threshold");

export const LEVELS = ["federal", "flemish", "brussels", "walloon", "provincial", "local"] as const;
export type Level = (typeof LEVELS)[number];
export const PERIODS = ["month", "year", "once"] as const;

export const packManifest = z.strictObject({
  id: slug,
  names: texts,
  description: texts.optional(),
  /** Packs an organisation adds on top of the base pack name it. */
  extends: slug.optional(),
});
export type PackManifest = z.infer<typeof packManifest>;

const parameterValue = z.strictObject({
  from: isoDate,
  value: z.union([z.number(), z.boolean()]),
  source: z.string().trim().min(1, "Every value needs its source"),
  url: z.url().optional(),
  checked: isoDate,
  toBeChecked: z.boolean().optional(),
  note: z.string().optional(),
});
export type ParameterValue = z.infer<typeof parameterValue>;

const parameter = z.strictObject({
  unit: z.enum(["EUR", "count", "days", "months", "years", "flag"]),
  description: z.string().trim().min(1),
  values: z.array(parameterValue).min(1, "A parameter needs at least one value"),
});
export type ParameterFile = z.infer<typeof parameter>;

export interface LeafFile {
  id: string;
  when: string;
  automatic?: boolean;
  yes: PackTexts;
  no: PackTexts;
}
export type ConditionFile = LeafFile | { all: ConditionFile[] } | { any: ConditionFile[] };

const leaf = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "Must be a snake_case condition id"),
  when: z.string().trim().min(1),
  automatic: z.boolean().optional(),
  yes: texts,
  no: texts,
});
export const condition: z.ZodType<ConditionFile> = z.lazy(() =>
  z.union([leaf, z.strictObject({ all: z.array(condition).min(1) }), z.strictObject({ any: z.array(condition).min(1) })]),
);

export const rightFile = z.strictObject({
  id: slug,
  level: z.enum(LEVELS),
  names: texts,
  description: texts,
  automatic: z.strictObject({ granted: z.enum(["always", "partly", "never"]), basis: texts.optional() }),
  advantage: texts.optional(),
  amount: z.strictObject({ value: z.string().trim().min(1), period: z.enum(PERIODS), note: texts.optional() }).optional(),
  apply: z.strictObject({
    how: texts,
    where: texts,
    /** Words to search the social map with for where to apply (e.g. "OCMW"). */
    socialMapQuery: z.string().trim().min(1).optional(),
    documents: z.array(texts).default([]),
  }),
  sources: z.array(z.strictObject({ title: z.string().trim().min(1), url: z.url(), checked: isoDate })).min(1, "A right needs at least one source"),
  parameters: z.record(parameterName, parameter).default({}),
  define: z.record(definitionName, z.string().trim().min(1)).default({}),
  entitled: condition,
});
export type RightFile = z.infer<typeof rightFile>;

export const testFile = z.strictObject({
  cases: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1),
        date: isoDate,
        situation: z.unknown(),
        expect: z.record(
          slug,
          z.strictObject({
            outcome: z.enum(["entitled", "not_entitled", "maybe"]),
            automatic: z.boolean().optional(),
            amount: z.number().optional(),
            /** Reason codes (condition ids) that must be among the reasons. */
            reasons: z.array(z.string()).optional(),
            /** Questions that must be among those asked. */
            questions: z.array(z.string()).optional(),
          }),
        ),
      }),
    )
    .min(1),
});
export type TestFile = z.infer<typeof testFile>;
