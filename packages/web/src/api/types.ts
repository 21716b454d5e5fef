/** Response shapes of the API, as in docs/api-contract.md. Inputs come from @nabij/domain. */
import type { AccessBasis, InstitutionCategory, LifeEventKind, ReferralStatus, AgendaStatus, AppointmentStatus, Closeness, ConsentGivenHow, ConsentScope, StrengthKind, ContactPreference, PersonPart, PlaceType, RaisedBy, Role, SupportKind, TieKind, UiLanguage } from "@nabij/domain";

export interface User {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  displayName: string;
  role: Role;
  language: UiLanguage;
  teamIds: string[];
}

export interface SessionInfo {
  user: User | null;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface PersonSummary {
  id: string;
  displayName: string;
  lastEncounterAt: string | null;
  basis: AccessBasis;
}

export interface NamedRef {
  id: string;
  displayName: string;
}

export interface Person {
  id: string;
  displayName: string;
  legalName: string | null;
  birthDate: string | null;
  insz: string | null;
  phone: string | null;
  email: string | null;
  languages: string[] | null;
  contactPreference: ContactPreference | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: { basis: AccessBasis; parts: PersonPart[] };
  involvedWorkers: NamedRef[];
}

export interface Encounter {
  id: string;
  startedAt: string;
  durationMinutes: number | null;
  placeType: PlaceType;
  note: string | null;
  /** The server withheld the note: it may speak of someone the reader may not see. */
  noteHidden: boolean;
  anonymous: { nickname: string | null; description: string | null; headCount: number | null } | null;
  persons: NamedRef[];
  workers: NamedRef[];
  /** The person sees the note in their own Nabij ("what we agreed"). */
  noteShared: boolean;
  /** Life domain keys the encounter touched (absent from servers before issue 5). */
  domains?: string[];
  createdBy: string;
  createdAt: string;
}

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  /** Set when a worker of another organisation acted (by consent). */
  actorOrganisationName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  basis: string | null;
  consentId: string | null;
  reason: string | null;
  outcome: string;
  requestId: string | null;
}

export interface Colleague {
  id: string;
  displayName: string;
  role: Role;
  teamIds: string[];
}

export interface Organisation {
  id: string;
  name: string;
  lapseDays: number;
  /** After how many days without news a referral shows on today (absent on older servers). */
  referralFollowUpDays?: number;
  languages: UiLanguage[];
  /** Workers' calendar feeds show full names instead of initials. */
  calendarFullNames: boolean;
  /** The person sees how many private notes exist in their own Nabij (never their text). */
  portalShowsPrivateNotes: boolean;
  /** Anyone may read the organisation's social map through the open HSDS API; absent on a server without it. */
  socialMapPublic?: boolean;
  version: number;
}

export interface Team {
  id: string;
  name: string;
  memberIds: string[];
  version: number;
}

export type AccountStatus = "invited" | "active" | "disabled";

export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  teamIds: string[];
  language: UiLanguage;
  lastLoginAt: string | null;
  version: number;
}

export interface Invitation {
  user: Account;
  invitationToken: string;
  invitationUrl: string;
}

export interface Involvement {
  personId: string;
  personDisplayName: string;
  userId: string;
  userDisplayName: string;
  since: string;
}

/** One point on a person's shared agenda; `position` is the person's order (0 first). */
export interface AgendaItem {
  id: string;
  personId: string;
  title: string;
  /** What the person said, in their own words. */
  ownWords: string | null;
  raisedBy: RaisedBy;
  /** Life domain keys: built-in ones and the organisation's own ("own_…"). */
  domains: string[];
  status: AgendaStatus;
  droppedBy: RaisedBy | null;
  dropReason: string | null;
  position: number;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One version of an agenda item: who changed which fields, from what to what. */
export interface AgendaVersion {
  version: number;
  changedAt: string;
  changedBy: string;
  changedByName: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** The worker's day (Belgian calendar day): appointments, lapsed contacts, open agenda items. */
export interface TodayView {
  date: string;
  lapseDays: number;
  appointments: TodayAppointment[];
  lapsedContacts: LapsedContact[];
  openAgendaItems: OpenAgendaItem[];
  referralFollowUpDays: number;
  referralsToFollowUp: ReferralToFollowUp[];
  upcomingLifeEvents: UpcomingLifeEvent[];
}

/** A referral without news for longer than the organisation's follow-up days. */
export interface ReferralToFollowUp {
  id: string;
  personId: string;
  personDisplayName: string;
  to: string;
  institutionCategory: InstitutionCategory;
  status: ReferralStatus;
  statusChangedAt: string;
  daysSince: number;
}

/** An expected life event in the coming days. */
export interface UpcomingLifeEvent {
  id: string;
  personId: string;
  personDisplayName: string;
  kind: LifeEventKind;
  title: string | null;
  date: string;
}

export interface TodayAppointment {
  id: string;
  personId: string;
  personDisplayName: string;
  startsAt: string;
  durationMinutes: number;
  /** null: at the person's home. */
  place: string | null;
  status: AppointmentStatus;
}

export interface LapsedContact {
  personId: string;
  displayName: string;
  lastContactAt: string | null;
  /** null: never met. */
  daysSince: number | null;
}

export interface OpenAgendaItem {
  id: string;
  personId: string;
  personDisplayName: string;
  title: string;
  status: AgendaStatus;
}

/** What the person is good at, who or what helps them, what they want: in their own words. */
export interface Strength {
  id: string;
  personId: string;
  kind: StrengthKind;
  text: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface Appointment {
  id: string;
  personId: string;
  startsAt: string;
  durationMinutes: number;
  /** null: at the person's home. */
  place: string | null;
  status: AppointmentStatus;
  reason: string | null;
  agendaItemIds: string[];
  workers: NamedRef[];
  /** The person's latest open request (in their own Nabij) to move it; cleared when moved or cancelled. */
  moveRequest: MoveRequest | null;
  sequence: number;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface CalendarFeed {
  id: string;
  ownerKind: string;
  personId: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface CreatedFeed {
  feed: CalendarFeed;
  /** The secret address: shown once. */
  url: string;
}

/** Time for relationships in a coordinator's team: counts per worker, never a person's name. */
export interface TeamRelationships {
  teamId: string;
  lapseDays: number;
  /** Mondays (YYYY-MM-DD, Belgian calendar) of the weeks counted, oldest first. */
  weeks: string[];
  workers: TeamWorkerCounts[];
}

export interface TeamWorkerCounts {
  userId: string;
  displayName: string;
  persons: number;
  lapsedPersons: number;
  /** One number per week in `weeks`. */
  encounterMinutesPerWeek: number[];
}

export interface MoveRequest {
  message: string;
  requestedAt: string;
}

/** The person's own Nabij, as the worker sees it: the account (if any) and an unused invitation. */
export interface PortalAccess {
  account: PortalAccount | null;
  invitation: { expiresAt: string } | null;
}

export interface PortalAccount {
  login: string;
  status: "active" | "ended";
  createdAt: string;
  lastLoginAt: string | null;
  endedAt: string | null;
  endedBy: "worker" | "person" | null;
}

/** A new invitation: the code (XXXX-XXXX-XXXX) is shown once, to give to the person. */
export interface PortalInvitation {
  code: string;
  expiresAt: string;
  activateUrl: string;
}

export type ConsentState = "active" | "not_yet" | "expired" | "withdrawn";

/** Who may see which parts of a person's file, for what, until when. */
export interface Consent {
  id: string;
  personId: string;
  recipientOrganisation: { id: string; name: string } | null;
  recipientUser: { id: string; displayName: string; organisationName: string } | null;
  scopes: ConsentScope[];
  purpose: string;
  givenHow: ConsentGivenHow;
  validFrom: string;
  validUntil: string | null;
  withdrawnAt: string | null;
  recordedBy: { kind: "worker" | "person"; name: string };
  createdAt: string;
  state: ConsentState;
}

/** A person of another organisation (or not involved) who lets me (or my organisation) see parts of their file now. */
export interface ReceivedConsent {
  consentId: string;
  personId: string;
  personDisplayName: string;
  organisationName: string;
  scopes: ConsentScope[];
  purpose: string;
  validUntil: string | null;
}

/** An organisation that can receive a consent. */
export interface DirectoryOrganisation {
  id: string;
  name: string;
}

/** An organisation's own names for a life domain, one per UI language. */
export type DomainLabels = Record<UiLanguage, string>;

/** One life domain of the organisation, in the organisation's order. */
export interface LifeDomainSetting {
  key: string;
  /** null: the built-in translated name (lifeDomain.<key>). */
  labels: DomainLabels | null;
  hidden: boolean;
  builtIn: boolean;
}

export interface LifeDomains {
  domains: LifeDomainSetting[];
  version: number;
}

/** The ratings of one domain in one assessment (either may be empty). */
export interface RatingPoint {
  assessedAt: string;
  personRating: number | null;
  workerRating: number | null;
}

/** One domain of a person at a glance: the last two ratings and what is tagged with it. */
export interface DomainOverview {
  key: string;
  latest: RatingPoint | null;
  previous: RatingPoint | null;
  change: { person: number | null; worker: number | null };
  agendaItems: Array<{ id: string; title: string; status: AgendaStatus }>;
  /** The newest five. */
  encounters: Array<{ id: string; startedAt: string; placeType: PlaceType }>;
}

export interface AssessmentRating {
  domain: string;
  personRating: number | null;
  workerRating: number | null;
  note: string | null;
}

/** Per domain the person's and the worker's rating on our own 1–5 scale, and who took part. */
export interface Assessment {
  id: string;
  personId: string;
  assessedAt: string;
  participants: { person: boolean; workers: NamedRef[]; others: string | null };
  ratings: AssessmentRating[];
  note: string | null;
  createdBy: string;
  createdAt: string;
}

/** Someone in the person's network (ecomap): how close, what support, whether it brings stress. */
export interface NetworkTie {
  id: string;
  personId: string;
  name: string;
  kind: TieKind;
  relation: string | null;
  closeness: Closeness;
  support: SupportKind[];
  stress: boolean;
  note: string | null;
  serviceId: string | null;
  /** The linked service's name on the social map (null: not linked, or no longer on the map). */
  serviceName: string | null;
  contactId: string | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Where a search word was found in a service. */
export type MatchField = "name" | "organization" | "place" | "terms" | "description";

/** One service found on the social map, with why it matched. */
export interface ServiceHit {
  id: string;
  name: string;
  organizationId: string | null;
  organizationName: string | null;
  status: string;
  free: boolean;
  openNow: boolean;
  municipalities: string[];
  /** Life domain keys. */
  domains: string[];
  /** Per search word, the fields it was found in; empty without words. */
  why: Array<{ word: string; fields: MatchField[] }>;
  /** The filters it met (always all that were asked). */
  filters: string[];
}

export interface ServicePage {
  items: ServiceHit[];
  totalItems: number;
  page: number;
  perPage: number;
}

/** What the search filters offer, from what the map holds. A municipality: its filter value and the name to show. */
export interface SocialMapFilters {
  municipalities: Array<{ value: string; name: string }>;
  targetGroups: Array<{ code: string; name: string }>;
  /** Language codes ("nl", "ar", "vgt"). */
  languages: string[];
  domains: string[];
}

/**
 * A service in HSDS 3.0's nested form. HSDS data from elsewhere may leave out any field (or
 * hold something unexpected), so everything but the id is optional and read with care.
 */
export interface HsdsService {
  id: string;
  name?: string;
  alternate_name?: string | null;
  description?: string | null;
  url?: string | null;
  email?: string | null;
  status?: string;
  application_process?: string | null;
  eligibility_description?: string | null;
  minimum_age?: number | null;
  maximum_age?: number | null;
  assured_date?: string | null;
  organization?: HsdsOrganization | null;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  cost_options?: HsdsCostOption[];
  attributes?: HsdsAttribute[];
}

export interface HsdsOrganization {
  id?: string;
  name?: string;
  alternate_name?: string | null;
  website?: string | null;
  email?: string | null;
}

export interface HsdsPhone {
  number?: string;
  extension?: number | string | null;
  type?: string | null;
  description?: string | null;
}

/** RFC 5545-style opening hours: freq, byday ("MO,TU"), opens_at/closes_at ("09:00"). */
export interface HsdsSchedule {
  freq?: string | null;
  byday?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  description?: string | null;
  attending_type?: string | null;
}

export interface HsdsAddress {
  address_1?: string;
  address_2?: string | null;
  postal_code?: string;
  city?: string;
  country?: string;
}

export interface HsdsLocation {
  name?: string | null;
  description?: string | null;
  addresses?: HsdsAddress[];
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
}

export interface HsdsServiceAtLocation {
  description?: string | null;
  location?: HsdsLocation | null;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
}

export interface HsdsLanguage {
  name?: string | null;
  code?: string | null;
}

export interface HsdsCostOption {
  option?: string | null;
  amount?: number | null;
  currency?: string | null;
  amount_description?: string | null;
}

export interface HsdsAttribute {
  link_type?: string | null;
  value?: string | null;
  taxonomy_term?: { id?: string; name?: string | null; code?: string | null } | null;
}

/** A contact person of my team at a service (never published in the HSDS API). */
export interface MapContact {
  id: string;
  serviceId: string | null;
  serviceName: string | null;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  sharedWithTeam: boolean;
  createdBy: string;
  version: number;
  updatedAt: string;
}
