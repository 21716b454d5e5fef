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

/** One source's window: rows at the cursor's moment (`=`), or strictly before it (`<`), or up to it (`<=`). */
type Cmp = "<" | "<=" | "=";

interface SourceArgs {
  organisationId: string;
  personId: string;
  until: string;
  cmp: Cmp;
  limit: number;
  /** Only entries touching one of these life domains (kinds that carry none give nothing then). */
  domains: readonly string[] | undefined;
}

type Source = (args: SourceArgs) => Promise<TimelineEntry[]>;

/** Step and version numbers padded, so entry ids sort as the numbers do. */
const pad = (n: number): string => String(n).padStart(10, "0");

/** A date (YYYY-MM-DD) as the start of that day, so it sorts among date-times. */
const dayStart = (date: string): string => `${date}T00:00:00.000Z`;

/** The like-patterns of life domain keys in a JSON array column (keys are [a-z0-9_]: the quoted key is exact). */
const domainPatterns = (domains: readonly string[]): string[] => domains.map((d) => `%"${d}"%`);

export class TimelineRepository {
  constructor(private readonly ctx: RequestContext) {}

  private sources(): Record<TimelineKind, Source> {
    const db = this.ctx.db;
    // Kinds that carry no life domains give nothing under a domain filter.
    const none = async (): Promise<TimelineEntry[]> => [];
    const noDomains = (source: Source): Source => (args) => (args.domains ? none() : source(args));
    return {
      encounter: async ({ organisationId, personId, until, cmp, limit, domains }) => {
        let q = db
          .selectFrom("encounter_person")
          .innerJoin("encounter", (j) => j.onRef("encounter.organisation_id", "=", "encounter_person.organisation_id").onRef("encounter.id", "=", "encounter_person.encounter_id"))
          .select(["encounter.id", "encounter.started_at", "encounter.place_type", "encounter.duration_minutes", "encounter.domains"])
          .where("encounter_person.organisation_id", "=", organisationId)
          .where("encounter_person.person_id", "=", personId)
          .where("encounter.started_at", cmp, until);
        if (domains) q = q.where((eb) => eb.or(domainPatterns(domains).map((d) => eb("encounter.domains", "like", d))));
        const rows = await q.orderBy("encounter.started_at", "desc").orderBy("encounter.id", "desc").limit(limit).execute();
        return rows.map((r) => ({ id: `encounter:${r.id}`, kind: "encounter", at: r.started_at, domains: fromJson<string[]>(r.domains, []), data: { encounterId: r.id, placeType: r.place_type, durationMinutes: r.duration_minutes } }));
      },
      agenda: async ({ organisationId, personId, until, cmp, limit, domains }) => {
        let q = db
          .selectFrom("agenda_item_version as v")
          .innerJoin("agenda_item as i", (j) => j.onRef("i.organisation_id", "=", "v.organisation_id").onRef("i.id", "=", "v.item_id"))
          .select(["v.item_id", "v.version", "v.changed_at", "v.changes", "i.title", "i.domains"])
          .where("v.organisation_id", "=", organisationId)
          .where("i.person_id", "=", personId)
          .where("v.changed_at", cmp, until);
        if (domains) q = q.where((eb) => eb.or(domainPatterns(domains).map((d) => eb("i.domains", "like", d))));
        const rows = await q.orderBy("v.changed_at", "desc").orderBy("v.item_id", "desc").orderBy("v.version", "desc").limit(limit).execute();
        return rows.map((r) => ({ id: `agenda:${r.item_id}:${pad(r.version)}`, kind: "agenda", at: r.changed_at, domains: fromJson<string[]>(r.domains, []), data: { itemId: r.item_id, version: r.version, title: r.title, changes: fromJson<Record<string, unknown>>(r.changes, {}) } }));
      },
      appointment: noDomains(async ({ organisationId, personId, until, cmp, limit }) =>
        (
          await db.selectFrom("appointment").select(["id", "starts_at", "duration_minutes", "status"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("starts_at", cmp, until).orderBy("starts_at", "desc").orderBy("id", "desc").limit(limit).execute()
        ).map((r) => ({ id: `appointment:${r.id}`, kind: "appointment", at: r.starts_at, domains: [], data: { appointmentId: r.id, durationMinutes: r.duration_minutes, status: r.status } })),
      ),
      assessment: async ({ organisationId, personId, until, cmp, limit, domains }) => {
        let q = db.selectFrom("assessment").select(["id", "assessed_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("assessed_at", cmp, until);
        if (domains) q = q.where("id", "in", db.selectFrom("assessment_rating").select("assessment_id").where("organisation_id", "=", organisationId).where("domain", "in", [...domains]));
        const rows = await q.orderBy("assessed_at", "desc").orderBy("id", "desc").limit(limit).execute();
        const ratings = rows.length ? await db.selectFrom("assessment_rating").select(["assessment_id", "domain"]).where("organisation_id", "=", organisationId).where("assessment_id", "in", rows.map((r) => r.id)).execute() : [];
        return rows.map((r) => {
          const rated = ratings.filter((x) => x.assessment_id === r.id).map((x) => x.domain);
          return { id: `assessment:${r.id}`, kind: "assessment", at: r.assessed_at, domains: rated, data: { assessmentId: r.id, domainCount: rated.length } };
        });
      },
      referral: noDomains(async ({ organisationId, personId, until, cmp, limit }) =>
        (
          await db
            .selectFrom("referral_event as e")
            .innerJoin("referral as r", (j) => j.onRef("r.organisation_id", "=", "e.organisation_id").onRef("r.id", "=", "e.referral_id"))
            .leftJoin("socialmap_service as s", (j) => j.onRef("s.organisation_id", "=", "r.organisation_id").onRef("s.service_id", "=", "r.service_id"))
            .select(["e.referral_id", "e.seq", "e.at", "e.from_status", "e.to_status", "e.reason", "e.barrier", "e.barrier_reason", "r.institution_category", "r.organisation_name", "s.name as service_name"])
            .where("e.organisation_id", "=", organisationId)
            .where("e.person_id", "=", personId)
            .where("e.at", cmp, until)
            .orderBy("e.at", "desc")
            .orderBy("e.referral_id", "desc")
            .orderBy("e.seq", "desc")
            .limit(limit)
            .execute()
        ).map((r) => ({
          id: `referral:${r.referral_id}:${pad(r.seq)}`,
          kind: "referral",
          at: r.at,
          domains: [],
          data: { referralId: r.referral_id, step: r.from_status !== null && r.from_status === r.to_status ? "note" : "status", from: r.from_status, to: r.to_status, reason: r.reason, barrier: r.barrier === 1, barrierReason: r.barrier_reason, institutionCategory: r.institution_category, toName: r.service_name ?? r.organisation_name },
        })),
      ),
      rights: noDomains(async ({ organisationId, personId, until, cmp, limit }) =>
        (
          await db.selectFrom("rights_check").select(["id", "checked_at", "trigger", "results"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("checked_at", cmp, until).orderBy("checked_at", "desc").orderBy("id", "desc").limit(limit).execute()
        ).map((r) => {
          const outcomes = fromJson<{ outcomes?: Array<{ id: string; outcome: string }> }>(r.results, {}).outcomes ?? [];
          return { id: `rights:${r.id}`, kind: "rights", at: r.checked_at, domains: [], data: { checkId: r.id, trigger: r.trigger, entitled: outcomes.filter((o) => o.outcome === "entitled").map((o) => o.id), maybe: outcomes.filter((o) => o.outcome === "maybe").length } };
        }),
      ),
      take_up: noDomains(async ({ organisationId, personId, until, cmp, limit }) =>
        (
          await db.selectFrom("rights_take_up_event").select(["id", "right_id", "status", "status_date", "recorded_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("recorded_at", cmp, until).orderBy("recorded_at", "desc").orderBy("id", "desc").limit(limit).execute()
        ).map((r) => ({ id: `take_up:${r.id}`, kind: "take_up", at: r.recorded_at, domains: [], data: { rightId: r.right_id, status: r.status, date: r.status_date } })),
      ),
      consent: noDomains(async ({ organisationId, personId, until, cmp, limit }) =>
        (
          await db.selectFrom("consent").select(["id", "valid_from", "scopes", "withdrawn_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("valid_from", cmp, until).orderBy("valid_from", "desc").orderBy("id", "desc").limit(limit).execute()
        ).map((r) => ({ id: `consent:${r.id}`, kind: "consent", at: r.valid_from, domains: [], data: { consentId: r.id, scopes: fromJson<string[]>(r.scopes, []), withdrawn: r.withdrawn_at !== null } })),
      ),
      life_event: async ({ organisationId, personId, until, cmp, limit, domains }) => {
        // Dates sort among date-times as the start of their day: compare on the day, then exactly below.
        const day = until.slice(0, 10);
        let q = db.selectFrom("life_event").select(["id", "kind", "event_date", "expected", "title", "domains"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId);
        q = cmp === "=" ? q.where("event_date", "=", day) : q.where("event_date", "<=", day);
        if (domains) q = q.where((eb) => eb.or(domainPatterns(domains).map((d) => eb("domains", "like", d))));
        const rows = await q.orderBy("event_date", "desc").orderBy("id", "desc").limit(limit + 1000).execute();
        return rows
          .map((r): TimelineEntry => ({ id: `life_event:${r.id}`, kind: "life_event", at: dayStart(r.event_date), domains: fromJson<string[]>(r.domains, []), data: { lifeEventId: r.id, eventKind: r.kind, expected: r.expected === 1, title: r.title } }))
          .filter((e) => (cmp === "=" ? e.at === until : cmp === "<" ? e.at < until : e.at <= until))
          .slice(0, cmp === "=" ? undefined : limit);
      },
      agreement: noDomains(async ({ organisationId, personId, until, cmp, limit }) =>
        (
          await db.selectFrom("agreement_version").select(["agreement_id", "version", "changed_at", "what", "why", "confirmed_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("changed_at", cmp, until).orderBy("changed_at", "desc").orderBy("agreement_id", "desc").orderBy("version", "desc").limit(limit).execute()
        ).map((r) => ({ id: `agreement:${r.agreement_id}:${pad(r.version)}`, kind: "agreement", at: r.changed_at, domains: [], data: { agreementId: r.agreement_id, version: r.version, what: r.what, why: r.why, confirmed: r.confirmed_at !== null } })),
      ),
      evaluation: noDomains(async ({ organisationId, personId, until, cmp, limit }) =>
        (
          await db.selectFrom("evaluation_request").select(["id", "requested_at", "requested_by", "note", "done_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("requested_at", cmp, until).orderBy("requested_at", "desc").orderBy("id", "desc").limit(limit).execute()
        ).map((r) => ({ id: `evaluation:${r.id}`, kind: "evaluation", at: r.requested_at, domains: [], data: { evaluationId: r.id, askedByPerson: r.requested_by.startsWith("person:"), note: r.note, done: r.done_at !== null } })),
      ),
    };
  }

  async list(personId: string, query: TimelineQuery): Promise<Page<TimelineEntry>> {
    // Any basis to see the person (a consent for one part included); each kind then needs its own part.
    const base = await this.ctx.access.grant(personId);
    if (!base) throw notFound("Person not found");
    const wanted = [...new Set(query.kinds?.length ? query.kinds : (Object.keys(PART_OF) as TimelineKind[]))].filter((k) => this.mayRead(base, PART_OF[k]));
    const cursor = query.before ? decodeCursor(query.before, /^[a-z_]+:[0-9a-zA-Z:-]+$/) : undefined;
    const domains = query.domains?.length ? query.domains : undefined;
    const sources = this.sources();
    const args = { organisationId: base.organisationId, personId, domains };
    const fetched = await Promise.all(
      wanted.map(async (kind) => {
        if (!cursor) return sources[kind]({ ...args, until: "9999-12-31T23:59:59.999Z", cmp: "<=", limit: query.limit + 1 });
        // Keyset on (at, id): everything at the cursor's moment with a smaller id, then the next page strictly before it.
        const [same, before] = await Promise.all([
          sources[kind]({ ...args, until: cursor.key, cmp: "=", limit: 10_000 }),
          sources[kind]({ ...args, until: cursor.key, cmp: "<", limit: query.limit + 1 }),
        ]);
        return [...same.filter((e) => e.id < cursor.id), ...before];
      }),
    );
    // What an agenda item said before is for those who work with the person (the item's history is too).
    if (!base.writable) for (const e of fetched.flat()) if (e.kind === "agenda") e.data = { ...e.data, changes: {} };
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
