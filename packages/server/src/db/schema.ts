/**
 * Row types of every table. The type policy (docs/decisions/002-storage-type-policy.md):
 * ids are UUIDv7 text made in code; timestamps are ISO-8601 UTC text made in code
 * ("2026-11-29T09:00:00.000Z", so they sort as text); dates are "YYYY-MM-DD" text;
 * booleans are integers 0/1; JSON is text; counts are integers (converted with Number()).
 */

export type Timestamp = string;
export type JsonText = string;
export type Bool = 0 | 1;

/** Global: the tenant root. */
export interface OrganisationTable {
  id: string;
  name: string;
  lapse_days: number;
  languages: JsonText;
  /** May workers' calendar feeds show persons' full names? Off by default. */
  calendar_full_names: Bool;
  /** May the person see (in the portal) how many private notes exist? Never their text. */
  portal_shows_private_notes: Bool;
  /** Raised at every change of the organisation's life domain settings (optimistic concurrency). */
  life_domains_version: number;
  /** May anyone read the organisation's social map through the HSDS API? Off by default. */
  socialmap_public: Bool;
  /** A referral without a status change for this many days shows up on the worker's today view. */
  referral_followup_days: number;
  /** The smallest k of the organisation's protected reports (5 or more). */
  signal_report_k: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** Global: maps a login e-mail to its organisation and user, so login needs no tenant. */
export interface LoginIdentityTable {
  email: string;
  organisation_id: string;
  user_id: string;
}

export interface TeamTable {
  organisation_id: string;
  id: string;
  name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface UserAccountTable {
  organisation_id: string;
  id: string;
  email: string;
  display_name: string;
  role: "worker" | "coordinator" | "admin";
  status: "invited" | "active" | "disabled";
  language: string;
  password_hash: string | null;
  failed_logins: number;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface TeamMembershipTable {
  organisation_id: string;
  team_id: string;
  user_id: string;
  created_at: Timestamp;
}

export interface InvitationTable {
  organisation_id: string;
  id: string;
  user_id: string;
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface SessionTable {
  organisation_id: string;
  /** sha-256 of the secret half of the cookie; the secret itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
  ended_reason: string | null;
}

export interface PersonTable {
  organisation_id: string;
  id: string;
  display_name: string;
  display_name_search: string;
  legal_name: string | null;
  legal_name_search: string | null;
  birth_date: string | null;
  insz: string | null;
  phone: string | null;
  email: string | null;
  languages: JsonText;
  contact_preference: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface InvolvementTable {
  organisation_id: string;
  person_id: string;
  user_id: string;
  created_by: string;
  created_at: Timestamp;
}

export interface EncounterTable {
  organisation_id: string;
  id: string;
  started_at: Timestamp;
  duration_minutes: number | null;
  place_type: string;
  note: string | null;
  anonymous_nickname: string | null;
  anonymous_description: string | null;
  anonymous_head_count: number | null;
  /** The note is shared with the person ("what we agreed"); otherwise private to the involved workers. */
  note_shared: Bool;
  /** Life domain keys the encounter touched, as a JSON array. */
  domains: JsonText;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface EncounterPersonTable {
  organisation_id: string;
  encounter_id: string;
  person_id: string;
}

export interface EncounterWorkerTable {
  organisation_id: string;
  encounter_id: string;
  user_id: string;
}

export interface AuditEventTable {
  organisation_id: string;
  seq: number;
  occurred_at: Timestamp;
  /** "feed": a calendar feed fetched with its token (actor_id is the feed's id). */
  /** "person": the person in their portal (actor_id is the person account's id). */
  actor_kind: "user" | "system" | "anonymous" | "feed" | "person";
  /** The actor's organisation when it is not the event's (a worker reading by consent). */
  actor_organisation_id: string | null;
  /** "read" or "write"; null for events from before it was recorded. */
  access_kind: "read" | "write" | null;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  person_id: string | null;
  /** For list reads: the ids of every person returned, as a JSON array. */
  person_ids: JsonText | null;
  basis: string | null;
  consent_id: string | null;
  reason: string | null;
  outcome: "success" | "denied" | "failure";
  request_id: string | null;
  /** Room for the per-organisation hash chain of a later issue. */
  prev_hash: string | null;
  hash: string | null;
}

/** Per-organisation counters (the audit sequence). Updated with a row lock on PostgreSQL. */
export interface OrganisationCounterTable {
  organisation_id: string;
  name: string;
  value: number;
}

export interface JobTable {
  organisation_id: string;
  id: string;
  kind: string;
  payload: JsonText;
  run_at: Timestamp;
  status: "queued" | "running" | "done" | "failed";
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AgendaItemTable {
  organisation_id: string;
  id: string;
  person_id: string;
  title: string;
  own_words: string | null;
  raised_by: string;
  domains: JsonText;
  status: string;
  dropped_by: string | null;
  drop_reason: string | null;
  /** 0-based place in the person's order. */
  position: number;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** One row per version of an agenda item: who changed what, when ({field: {from, to}}). */
export interface AgendaItemVersionTable {
  organisation_id: string;
  item_id: string;
  version: number;
  changed_by: string;
  changed_at: Timestamp;
  changes: JsonText;
}

/** Strengths and own goals in the person's words; removing keeps the row (removed_at). */
export interface StrengthTable {
  organisation_id: string;
  id: string;
  person_id: string;
  kind: string;
  text: string;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  removed_at: Timestamp | null;
  version: number;
}

export interface AppointmentTable {
  organisation_id: string;
  id: string;
  person_id: string;
  starts_at: Timestamp;
  duration_minutes: number;
  place: string | null;
  status: "planned" | "cancelled";
  /** Why it was last moved or cancelled. */
  reason: string | null;
  /** iCalendar SEQUENCE: raised at every change that calendars must pick up. */
  sequence: number;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface AppointmentAgendaItemTable {
  organisation_id: string;
  appointment_id: string;
  item_id: string;
}

export interface AppointmentWorkerTable {
  organisation_id: string;
  appointment_id: string;
  user_id: string;
}

/** A private, revocable iCalendar feed: a worker's appointments, or one person's. */
export interface CalendarFeedTable {
  organisation_id: string;
  id: string;
  owner_kind: "worker" | "person";
  user_id: string | null;
  person_id: string | null;
  token_hash: string;
  created_by: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface EncounterLinkTable {
  organisation_id: string;
  id: string;
  encounter_id: string;
  person_id: string;
  consent_method: string;
  consent_note: string | null;
  linked_by: string;
  linked_at: Timestamp;
  unlinked_by: string | null;
  unlinked_at: Timestamp | null;
}

export interface Database {
  organisation: OrganisationTable;
  login_identity: LoginIdentityTable;
  team: TeamTable;
  user_account: UserAccountTable;
  team_membership: TeamMembershipTable;
  invitation: InvitationTable;
  session: SessionTable;
  person: PersonTable;
  involvement: InvolvementTable;
  encounter: EncounterTable;
  encounter_person: EncounterPersonTable;
  encounter_worker: EncounterWorkerTable;
  audit_event: AuditEventTable;
  organisation_counter: OrganisationCounterTable;
  job: JobTable;
  agenda_item: AgendaItemTable;
  agenda_item_version: AgendaItemVersionTable;
  strength: StrengthTable;
  appointment: AppointmentTable;
  appointment_agenda_item: AppointmentAgendaItemTable;
  appointment_worker: AppointmentWorkerTable;
  calendar_feed: CalendarFeedTable;
  encounter_link: EncounterLinkTable;
  person_account: PersonAccountTable;
  portal_login: PortalLoginTable;
  portal_invitation: PortalInvitationTable;
  portal_session: PortalSessionTable;
  consent: ConsentTable;
  appointment_move_request: AppointmentMoveRequestTable;
  life_domain_setting: LifeDomainSettingTable;
  assessment: AssessmentTable;
  assessment_rating: AssessmentRatingTable;
  network_tie: NetworkTieTable;
  socialmap_record: SocialMapRecordTable;
  socialmap_service: SocialMapServiceTable;
  socialmap_facet: SocialMapFacetTable;
  socialmap_fts: SocialMapFtsTable;
  socialmap_contact: SocialMapContactTable;
  socialmap_place: SocialMapPlaceTable;
  rights_situation: RightsSituationTable;
  rights_check: RightsCheckTable;
  rights_outcome: RightsOutcomeTable;
  rights_take_up: RightsTakeUpTable;
  rights_take_up_event: RightsTakeUpEventTable;
  referral: ReferralTable;
  referral_event: ReferralEventTable;
  life_event: LifeEventTable;
  agreement: AgreementTable;
  agreement_version: AgreementVersionTable;
  evaluation_request: EvaluationRequestTable;
  signal: SignalTable;
  signal_theme: SignalThemeTable;
  signal_domain: SignalDomainTable;
  signal_dossier: SignalDossierTable;
  signal_dossier_change: SignalDossierChangeTable;
  signal_publication: SignalPublicationTable;
  signal_testimony: SignalTestimonyTable;
  public_slug: PublicSlugTable;
  initiative: InitiativeTable;
  initiative_activity: InitiativeActivityTable;
  initiative_participant: InitiativeParticipantTable;
  initiative_link: InitiativeLinkTable;
}

/** A collective initiative (buurtwerk, group work). */
export interface InitiativeTable {
  organisation_id: string;
  id: string;
  title: string;
  kind: string;
  aim: string;
  municipality: string;
  neighbourhood: string | null;
  started_on: string | null;
  ended_on: string | null;
  /** People taking part who are not named in Nabij. */
  head_count: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface InitiativeActivityTable {
  organisation_id: string;
  initiative_id: string;
  id: string;
  activity_date: string;
  place: string;
  what_happened: string;
  head_count: number | null;
  created_by: string;
  created_at: string;
}

/** A person of the organisation taking part, recorded with their consent. */
export interface InitiativeParticipantTable {
  organisation_id: string;
  initiative_id: string;
  person_id: string;
  consent_at: string;
  added_by: string;
}

/** kind: "service" (a social map service id), "organisation" (a name), "dossier" or "signal" (an id). */
export interface InitiativeLinkTable {
  organisation_id: string;
  initiative_id: string;
  kind: string;
  target: string;
}

/** Global: a public page's address → its organisation (the address carries no organisation). */
export interface PublicSlugTable {
  slug: string;
  organisation_id: string;
  /** What the page is: "dossier" (later also the non-take-up figures). */
  kind: string;
}

/**
 * A person's testimony in a dossier, with their consent. The person id lets the person see and
 * withdraw it in their portal; it is never shown with the testimony (only a name they chose).
 */
export interface SignalTestimonyTable {
  organisation_id: string;
  id: string;
  dossier_id: string;
  person_id: string;
  text: string;
  shown_name: string | null;
  /** The person agreed that it may appear on a public page. */
  publishable: number;
  consent_at: string;
  recorded_by: string;
}

/** A dossier published as a public page: the snapshot shown in the preview, until withdrawn. */
export interface SignalPublicationTable {
  organisation_id: string;
  /** The public address is /public/reports/<slug>; public_slug makes it unique. */
  slug: string;
  dossier_id: string;
  content: JsonText;
  published_at: string;
  published_by: string;
  withdrawn_at: string | null;
}

/** A dossier that bundles signals: a trekker, one of eight phases, the team's analysis and position. */
export interface SignalDossierTable {
  organisation_id: string;
  id: string;
  title: string;
  trekker_id: string;
  phase: string;
  analysis: string | null;
  position: string | null;
  actions: string | null;
  decisions: string | null;
  feedback: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One dated change of a dossier (field: title, trekker, phase, analysis, …, signal_added, signal_removed). */
export interface SignalDossierChangeTable {
  organisation_id: string;
  dossier_id: string;
  seq: number;
  field: string;
  value: string | null;
  at: string;
  by: string;
}

/** A structural signal: no person id, only a keyed pseudonym to count distinct people. */
export interface SignalTable {
  organisation_id: string;
  id: string;
  text: string;
  mechanism_type: string;
  themes: JsonText;
  domains: JsonText;
  institution: string | null;
  service_id: string | null;
  municipality: string;
  /** The municipality folded, so "Gent" and "gent " are one place in reports. */
  municipality_key: string;
  people_count: number;
  /** HMAC(key outside the database, organisation:person); null when no person was named. */
  pseudonym: string | null;
  source: string;
  barrier_reason: string | null;
  raised_by: string;
  /** The day only (YYYY-MM-DD): the moment could match the signal to an encounter. */
  raised_on: string;
  dossier_id: string | null;
}

export interface SignalThemeTable {
  organisation_id: string;
  signal_id: string;
  theme: string;
}

export interface SignalDomainTable {
  organisation_id: string;
  signal_id: string;
  domain: string;
}

/** An evaluation moment the person asked for, and what came out of it. */
export interface EvaluationRequestTable {
  organisation_id: string;
  id: string;
  person_id: string;
  note: string | null;
  requested_at: string;
  requested_by: string;
  done_at: string | null;
  done_by: string | null;
  outcome: string | null;
  own_words: string | null;
  /** Who wrote the own words down: a user id, or "person:<id>" in the portal. */
  own_words_by: string | null;
}

/** An expected or unexpected event in the person's life, with the domains it touches. */
export interface LifeEventTable {
  organisation_id: string;
  id: string;
  person_id: string;
  kind: string;
  event_date: string;
  expected: number;
  title: string | null;
  domains: JsonText;
  what_changes: string | null;
  own_words: string | null;
  /** Who wrote the own words down: a user id, or "person:<id>" in the portal. */
  own_words_by: string | null;
  created_by: string;
  created_at: string;
}

/** An agreement (afspraak); its content lives in versions. */
export interface AgreementTable {
  organisation_id: string;
  id: string;
  person_id: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface AgreementVersionTable {
  organisation_id: string;
  agreement_id: string;
  version: number;
  person_id: string;
  what: string;
  who_does_what: string | null;
  due_date: string | null;
  own_words: string | null;
  why: string | null;
  changed_by: string;
  changed_at: string;
  confirmed_at: string | null;
  confirmed_how: string | null;
  confirmed_by: string | null;
}

/** A referral (toeleiding): the person connected to a service or organisation, followed to access. */
export interface ReferralTable {
  organisation_id: string;
  id: string;
  person_id: string;
  service_id: string | null;
  organisation_name: string | null;
  institution_category: string;
  reason: string;
  shared: string | null;
  consent_given: number;
  handover_note: string | null;
  status: string;
  status_changed_at: string;
  outcome_own_words: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One status change of a referral, numbered per referral: the history replays to the status. */
export interface ReferralEventTable {
  organisation_id: string;
  referral_id: string;
  seq: number;
  person_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  own_words: string | null;
  barrier: number;
  /** A BARRIER_REASONS code when the step is a barrier. */
  barrier_reason: string | null;
  at: string;
  by: string;
}

/** One version of a person's situation for the rights check (JSON in the rights package's format). */
export interface RightsSituationTable {
  organisation_id: string;
  person_id: string;
  version: number;
  situation: JsonText;
  recorded_at: string;
  recorded_by: string;
}

/** A check of a situation version at a date: outcomes, reason codes and questions per right (JSON). */
export interface RightsCheckTable {
  organisation_id: string;
  id: string;
  person_id: string;
  situation_version: number;
  check_date: string;
  checked_at: string;
  pack_fingerprint: string;
  trigger: "situation" | "worker" | "recheck";
  results: JsonText;
  checked_by: string | null;
}

/** The latest outcome per person and right: what the radar reads. */
export interface RightsOutcomeTable {
  organisation_id: string;
  person_id: string;
  right_id: string;
  outcome: "entitled" | "not_entitled" | "maybe";
  automatic: number;
  check_id: string;
  checked_at: string;
}

export interface RightsTakeUpTable {
  organisation_id: string;
  person_id: string;
  right_id: string;
  status: string;
  status_date: string;
  note: string | null;
  updated_at: string;
  updated_by: string;
}

export interface RightsTakeUpEventTable {
  organisation_id: string;
  id: string;
  person_id: string;
  right_id: string;
  status: string;
  status_date: string;
  note: string | null;
  recorded_at: string;
  recorded_by: string;
}

/** The name shown for a municipality key of the map's filters (Dutch for bilingual ones). */
export interface SocialMapPlaceTable {
  organisation_id: string;
  key: string;
  name: string;
}

/** One HSDS row as imported (flat, JSON): the source of every export. */
export interface SocialMapRecordTable {
  organisation_id: string;
  table_name: string;
  id: string;
  data: JsonText;
}

/** The search index of one service, rebuilt from the records at every import. */
export interface SocialMapServiceTable {
  organisation_id: string;
  service_id: string;
  organization_id: string | null;
  name: string;
  /** Folded name: the sort key. */
  name_search: string;
  status: string;
  /** Folded words of the service, its organisation, places, taxonomy terms and languages. */
  search_text: string;
  /** JSON {name, organization, place, terms, description}: folded, to tell why a result matched. */
  match_fields: JsonText;
  /** JSON array of weekly opening rules (see socialmap/opening-hours.ts). */
  opening: JsonText;
  free: Bool;
  modified_at: Timestamp | null;
  /** The service in HSDS's nested form (organisation, places, phones, schedules …), as the API serves it. */
  document: JsonText;
}

/** A filter value of a service: domain, target_group, language, municipality, postcode, taxonomy_term, organization. */
export interface SocialMapFacetTable {
  organisation_id: string;
  facet: string;
  value: string;
  service_id: string;
}

/** SQLite only: the FTS5 table over search_text. (PostgreSQL: socialmap_service.search_vector.) */
export interface SocialMapFtsTable {
  name_text: string;
  search_text: string;
  organisation_id: string;
  service_id: string;
}

/** A worker's contact person at a service ("ask for Sara"): for the team, never in the HSDS API. */
export interface SocialMapContactTable {
  organisation_id: string;
  id: string;
  service_id: string | null;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  /** The team that sees it; null: only the worker who made it. */
  team_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  removed_at: Timestamp | null;
  version: number;
}

/** An organisation's choice for one life domain: its own names, hidden or not, its place. */
export interface LifeDomainSettingTable {
  organisation_id: string;
  key: string;
  /** JSON {"nl-BE","fr-BE","en"}; null keeps the built-in translated name. */
  labels: JsonText | null;
  hidden: Bool;
  position: number;
}

export interface AssessmentTable {
  organisation_id: string;
  id: string;
  person_id: string;
  assessed_at: Timestamp;
  person_took_part: Bool;
  /** JSON array of the workers who took part. */
  worker_ids: JsonText;
  others: string | null;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface AssessmentRatingTable {
  organisation_id: string;
  assessment_id: string;
  domain: string;
  person_rating: number | null;
  worker_rating: number | null;
  note: string | null;
}

export interface NetworkTieTable {
  organisation_id: string;
  id: string;
  person_id: string;
  name: string;
  kind: string;
  relation: string | null;
  closeness: string;
  /** JSON array of support kinds. */
  support: JsonText;
  stress: Bool;
  note: string | null;
  service_id: string | null;
  contact_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  removed_at: Timestamp | null;
  version: number;
}

/** A person's own login to the portal. */
export interface PersonAccountTable {
  organisation_id: string;
  id: string;
  person_id: string;
  /** Lower case, as typed at activation. */
  login: string;
  password_hash: string;
  language: string;
  failed_logins: number;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: Timestamp;
  ended_at: Timestamp | null;
  /** "worker" or "person": who ended the access. */
  ended_by: string | null;
  version: number;
}

/** Global: a portal login name leads to its organisation and account. */
export interface PortalLoginTable {
  login: string;
  organisation_id: string;
  account_id: string;
}

/** Global by the hash of the code; a code works once, until it expires or is revoked. */
export interface PortalInvitationTable {
  code_hash: string;
  organisation_id: string;
  id: string;
  person_id: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  /** Refused activation tries (taken login name, weak password); the fifth revokes the code. */
  failed_attempts: number;
  created_by: string;
  created_at: Timestamp;
}

export interface PortalSessionTable {
  organisation_id: string;
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
  ended_reason: string | null;
}

/**
 * A person's consent that a recipient (an organisation, a worker, or a worker of an
 * organisation) may see some parts of their file, for a purpose, for a time. Kept after
 * withdrawal, for the record.
 */
export interface ConsentTable {
  organisation_id: string;
  id: string;
  person_id: string;
  recipient_organisation_id: string | null;
  recipient_user_id: string | null;
  /** JSON array of consent scopes. */
  scopes: JsonText;
  purpose: string;
  given_how: string;
  /** "user" (a worker recorded it) or "person" (given in the portal). */
  recorded_by_kind: string;
  recorded_by: string;
  valid_from: Timestamp;
  valid_until: Timestamp | null;
  withdrawn_at: Timestamp | null;
  withdrawn_by_kind: string | null;
  withdrawn_by: string | null;
  created_at: Timestamp;
}

export interface AppointmentMoveRequestTable {
  organisation_id: string;
  id: string;
  appointment_id: string;
  message: string;
  requested_at: Timestamp;
  closed_at: Timestamp | null;
}

