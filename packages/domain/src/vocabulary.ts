/** The fixed vocabularies of Nabij: keys only. Labels live in the web app's translation files. */

/** The 14 life domains of PRODUCT.md; an organisation may later rename, hide or extend them. */
export const LIFE_DOMAINS = [
  "income",
  "housing",
  "work",
  "education",
  "physical_health",
  "mental_health",
  "substance_use",
  "family",
  "social_network",
  "participation",
  "justice",
  "administration",
  "mobility",
  "residence_language",
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

/** Where an encounter happens; the first three are the person's own environment. */
export const PLACE_TYPES = ["home", "street", "community", "office", "phone", "online", "other"] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const ROLES = ["worker", "coordinator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const CONTACT_PREFERENCES = ["phone", "sms", "email", "in_person", "via_worker", "do_not_contact"] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

export const UI_LANGUAGES = ["nl-BE", "fr-BE", "en"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Why an actor may see a person. The foundation grants involvement and team; later issues add
 * consent (scoped to parts, with its id) and emergency (break-the-glass).
 */
export const ACCESS_BASES = ["involvement", "team", "consent", "emergency"] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];

/** The parts of a person's file an access basis can cover. */
export const PERSON_PARTS = ["identity", "contact", "agenda", "encounters", "notes"] as const;
export type PersonPart = (typeof PERSON_PARTS)[number];
