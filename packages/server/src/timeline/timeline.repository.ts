import { notFound, type PersonPart, type TimelineKind } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { Grant } from "../access/person-access.ts";
import { fromJson } from "../db/values.ts";
import { decodeCursor, encodeCursor, type Page } from "../http/cursor.ts";

/**
 * One chronological view of everything about a person, newest first. Each kind comes from the
 * part of the file it belongs to, and only when the reader may see that part; every read is
 * audited per part. Each source reads at most one page after the cursor (by its own index), and
 * the pages are merged, so a deep page costs what a first page costs.
 */

export interface TimelineEntry {
  /** Unique in the timeline: kind, row and step. */
  id: string;
  kind: TimelineKind;
  at: string;
  domains: string[];
  /** What the entry is about, in ids and short fields the app puts into words. */
  data: Record<string, unknown>;
}

export interface TimelineQuery {
  kinds?: readonly TimelineKind[];
  domains?: readonly string[];
  before?: string;
  limit: number;
}

const PART_OF: Record<TimelineKind, PersonPart | "file"> = {
  encounter: "encounters",
  agenda: "agenda",
  appointment: "appointments",
  assessment: "life_domains",
  referral: "referrals",
  rights: "rights",
  take_up: "rights",
  consent: "file",
  life_event: "agenda",
  agreement: "agenda",
  evaluation: "agenda",
};

interface Source {
  (args: { organisationId: string; personId: string; until: string; limit: number }): Promise<TimelineEntry[]>;
}

/** A date (YYYY-MM-DD) as the start of that day, so it sorts among date-times. */
const dayStart = (date: string): string => `${date}T00:00:00.000Z`;

export class TimelineRepository {
  constructor(private readonly ctx: RequestContext) {}

  private sources(): Record<TimelineKind, Source> {
    const db = this.ctx.db;
    return {
      encounter: async ({ organisationId, personId, until, limit }) =>
        (
          await db
            .selectFrom("encounter_person")
            .innerJoin("encounter", (j) => j.onRef("encounter.organisation_id", "=", "encounter_person.organisation_id").onRef("encounter.id", "=", "encounter_person.encounter_id"))
            .select(["encounter.id", "encounter.started_at", "encounter.place_type", "encounter.duration_minutes", "encounter.domains"])
            .where("encounter_person.organisation_id", "=", organisationId)
            .where("encounter_person.person_id", "=", personId)
            .where("encounter.started_at", "<=", until)
            .orderBy("encounter.started_at", "desc")
            .limit(limit)
            .execute()
        ).map((r) => ({ id: `encounter:${r.id}`, kind: "encounter", at: r.started_at, domains: fromJson<string[]>(r.domains, []), data: { encounterId: r.id, placeType: r.place_type, durationMinutes: r.duration_minutes } })),
      agenda: async ({ organisationId, personId, until, limit }) =>
        (
          await db
            .selectFrom("agenda_item_version as v")
            .innerJoin("agenda_item as i", (j) => j.onRef("i.organisation_id", "=", "v.organisation_id").onRef("i.id", "=", "v.item_id"))
            .select(["v.item_id", "v.version", "v.changed_at", "v.changes", "i.title", "i.domains"])
            .where("v.organisation_id", "=", organisationId)
            .where("i.person_id", "=", personId)
            .where("v.changed_at", "<=", until)
            .orderBy("v.changed_at", "desc")
            .limit(limit)
            .execute()
        ).map((r) => ({ id: `agenda:${r.item_id}:${r.version}`, kind: "agenda", at: r.changed_at, domains: fromJson<string[]>(r.domains, []), data: { itemId: r.item_id, version: r.version, title: r.title, changes: fromJson<Record<string, unknown>>(r.changes, {}) } })),
      appointment: async ({ organisationId, personId, until, limit }) =>
        (
          await db
            .selectFrom("appointment")
            .select(["id", "starts_at", "duration_minutes", "status"])
            .where("organisation_id", "=", organisationId)
            .where("person_id", "=", personId)
            .where("starts_at", "<=", until)
            .orderBy("starts_at", "desc")
            .limit(limit)
            .execute()
        ).map((r) => ({ id: `appointment:${r.id}`, kind: "appointment", at: r.starts_at, domains: [], data: { appointmentId: r.id, durationMinutes: r.duration_minutes, status: r.status } })),
      assessment: async ({ organisationId, personId, until, limit }) => {
        const rows = await db.selectFrom("assessment").select(["id", "assessed_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("assessed_at", "<=", until).orderBy("assessed_at", "desc").limit(limit).execute();
        const ratings = rows.length ? await db.selectFrom("assessment_rating").select(["assessment_id", "domain"]).where("organisation_id", "=", organisationId).where("assessment_id", "in", rows.map((r) => r.id)).execute() : [];
        return rows.map((r) => {
          const domains = ratings.filter((x) => x.assessment_id === r.id).map((x) => x.domain);
          return { id: `assessment:${r.id}`, kind: "assessment", at: r.assessed_at, domains, data: { assessmentId: r.id, domainCount: domains.length } };
        });
      },
      referral: async ({ organisationId, personId, until, limit }) =>
        (
          await db
            .selectFrom("referral_event as e")
            .innerJoin("referral as r", (j) => j.onRef("r.organisation_id", "=", "e.organisation_id").onRef("r.id", "=", "e.referral_id"))
            .leftJoin("socialmap_service as s", (j) => j.onRef("s.organisation_id", "=", "r.organisation_id").onRef("s.service_id", "=", "r.service_id"))
            .select(["e.referral_id", "e.seq", "e.at", "e.from_status", "e.to_status", "e.reason", "e.barrier", "e.barrier_reason", "r.institution_category", "r.organisation_name", "s.name as service_name"])
            .where("e.organisation_id", "=", organisationId)
            .where("e.person_id", "=", personId)
            .where("e.at", "<=", until)
            .orderBy("e.at", "desc")
            .limit(limit)
            .execute()
        ).map((r) => ({
          id: `referral:${r.referral_id}:${r.seq}`,
          kind: "referral",
          at: r.at,
          domains: [],
          data: { referralId: r.referral_id, from: r.from_status, to: r.to_status, reason: r.reason, barrier: r.barrier === 1, barrierReason: r.barrier_reason, institutionCategory: r.institution_category, toName: r.service_name ?? r.organisation_name },
        })),
      rights: async ({ organisationId, personId, until, limit }) =>
        (
          await db.selectFrom("rights_check").select(["id", "checked_at", "trigger", "results"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("checked_at", "<=", until).orderBy("checked_at", "desc").limit(limit).execute()
        ).map((r) => {
          const outcomes = fromJson<{ outcomes?: Array<{ id: string; outcome: string }> }>(r.results, {}).outcomes ?? [];
          return { id: `rights:${r.id}`, kind: "rights", at: r.checked_at, domains: [], data: { checkId: r.id, trigger: r.trigger, entitled: outcomes.filter((o) => o.outcome === "entitled").map((o) => o.id), maybe: outcomes.filter((o) => o.outcome === "maybe").length } };
        }),
      take_up: async ({ organisationId, personId, until, limit }) =>
        (
          await db.selectFrom("rights_take_up_event").select(["id", "right_id", "status", "status_date", "recorded_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("recorded_at", "<=", until).orderBy("recorded_at", "desc").limit(limit).execute()
        ).map((r) => ({ id: `take_up:${r.id}`, kind: "take_up", at: r.recorded_at, domains: [], data: { rightId: r.right_id, status: r.status, date: r.status_date } })),
      consent: async ({ organisationId, personId, until, limit }) =>
        (
          await db.selectFrom("consent").select(["id", "valid_from", "scopes", "withdrawn_at", "recipient_organisation_id"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("valid_from", "<=", until).orderBy("valid_from", "desc").limit(limit).execute()
        ).map((r) => ({ id: `consent:${r.id}`, kind: "consent", at: r.valid_from, domains: [], data: { consentId: r.id, scopes: fromJson<string[]>(r.scopes, []), withdrawn: r.withdrawn_at !== null } })),
      life_event: async ({ organisationId, personId, until, limit }) =>
        (
          await db.selectFrom("life_event").select(["id", "kind", "event_date", "expected", "title", "domains"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("event_date", "<=", until.slice(0, 10)).orderBy("event_date", "desc").limit(limit).execute()
        ).map((r) => ({ id: `life_event:${r.id}`, kind: "life_event", at: dayStart(r.event_date), domains: fromJson<string[]>(r.domains, []), data: { lifeEventId: r.id, eventKind: r.kind, expected: r.expected === 1, title: r.title } })),
      agreement: async ({ organisationId, personId, until, limit }) =>
        (
          await db.selectFrom("agreement_version").select(["agreement_id", "version", "changed_at", "what", "why", "confirmed_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("changed_at", "<=", until).orderBy("changed_at", "desc").limit(limit).execute()
        ).map((r) => ({ id: `agreement:${r.agreement_id}:${r.version}`, kind: "agreement", at: r.changed_at, domains: [], data: { agreementId: r.agreement_id, version: r.version, what: r.what, why: r.why, confirmed: r.confirmed_at !== null } })),
      evaluation: async ({ organisationId, personId, until, limit }) =>
        (
          await db.selectFrom("evaluation_request").select(["id", "requested_at", "requested_by", "note", "done_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("requested_at", "<=", until).orderBy("requested_at", "desc").limit(limit).execute()
        ).map((r) => ({ id: `evaluation:${r.id}`, kind: "evaluation", at: r.requested_at, domains: [], data: { evaluationId: r.id, askedByPerson: r.requested_by.startsWith("person:"), note: r.note, done: r.done_at !== null } })),
    };
  }

  async list(personId: string, query: TimelineQuery): Promise<Page<TimelineEntry>> {
    // Any basis to see the person (a consent for one part included); each kind then needs its own part.
    const base = await this.ctx.access.grant(personId);
    if (!base) throw notFound("Person not found");
    const wanted = (query.kinds?.length ? query.kinds : (Object.keys(PART_OF) as TimelineKind[])).filter((k) => this.mayRead(base, PART_OF[k]));
    const cursor = query.before ? decodeCursor(query.before, /^[a-z_]+:[0-9a-zA-Z:-]+$/) : undefined;
    const until = cursor?.key ?? "9999-12-31T23:59:59.999Z";
    // Entries on the cursor's moment but at or after its id were on the page before.
    const after = (e: TimelineEntry): boolean => !cursor || e.at < cursor.key || (e.at === cursor.key && e.id < cursor.id);
    const domainFilter = query.domains?.length ? new Set(query.domains) : undefined;
    const sources = this.sources();
    const fetched = await Promise.all(
      wanted.map(async (kind) => {
        // With a domain filter, a source may need to look further than one page; a few pages bound it.
        const limit = domainFilter ? query.limit * 5 : query.limit + 1;
        return (await sources[kind]({ organisationId: base.organisationId, personId, until, limit })).filter(after).filter((e) => !domainFilter || e.domains.some((d) => domainFilter.has(d)));
      }),
    );
    const merged = fetched.flat().sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
    const page = merged.slice(0, query.limit);
    for (const kind of new Set(page.map((e) => e.kind))) {
      const grant = await this.grantFor(personId, PART_OF[kind], base);
      this.ctx.auditRead({ action: `timeline.${kind}`, entityType: "timeline", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    }
    const last = page.at(-1);
    return merged.length > query.limit && last ? { items: page, nextCursor: encodeCursor({ key: last.at, id: last.id }) } : { items: page };
  }

  /** Consents are for those who work with the person (not for readers by consent); other kinds by part. */
  private mayRead(grant: Grant, part: PersonPart | "file"): boolean {
    return part === "file" ? grant.writable : grant.parts.includes(part);
  }

  private async grantFor(personId: string, part: PersonPart | "file", base: Grant): Promise<Grant> {
    return part === "file" ? base : this.ctx.access.requireRead(personId, part);
  }
}
