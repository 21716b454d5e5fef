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
 * Why an actor may see a person: involvement and team (workers), consent (read only, scoped to
 * parts, with its id), self (the person in their portal); emergency (break-the-glass) comes later.
 */
export const ACCESS_BASES = ["involvement", "team", "consent", "emergency", "self"] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];

/**
 * The parts of a person's file an access basis can cover. Involvement and team cover all of
 * them; a consent covers only the parts it names (CONSENT_SCOPES).
 */
export const PERSON_PARTS = ["identity", "contact", "agenda", "appointments", "encounters", "notes", "life_domains", "network", "referrals", "rights"] as const;
export type PersonPart = (typeof PERSON_PARTS)[number];

/**
 * What a person can share with another organisation or worker. Identity, contact details and
 * workers' notes are never shared by consent: the recipient sees the person's display name with
 * the consent itself, and only the parts named here.
 */
export const CONSENT_SCOPES = ["agenda", "appointments", "encounters", "life_domains", "network", "referrals", "rights"] as const satisfies readonly PersonPart[];
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** How a consent was given: told to a worker, on paper, or by the person in the portal. */
export const CONSENT_GIVEN_HOW = ["in_person", "written", "portal"] as const;
export type ConsentGivenHow = (typeof CONSENT_GIVEN_HOW)[number];

/** The person portal speaks the workers' languages and more; Arabic proves right-to-left. */
export const PORTAL_LANGUAGES = ["nl-BE", "fr-BE", "en", "ar"] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];
