import { sql, type ExpressionBuilder } from "kysely";
import type { Database } from "../db/schema.ts";
import type { RequestContext } from "../access/context.ts";
import { decodeCursor, DIGITS, encodeCursor, type Page } from "../http/cursor.ts";

/** One line of "who looked at my file", in words the portal can print. */
export interface AccessEntryView {
  at: string;
  who: { kind: "worker" | "you"; name: string | null; organisationName: string | null; role: string | null };
  access: "looked" | "changed";
  /** "calendar": through a calendar app that fetched a private feed. */
  via: "calendar" | null;
  /** The part of the file, from the action: agenda, appointments, encounters, details, … */
  what: string;
  basis: string | null;
  reason: string | null;
  consentPurpose: string | null;
}

export interface AccessLogPage extends Page<AccessEntryView> {
  /** Nabij's own background work (jobs, anonymous requests): counted, not listed. */
  system: { count: number; lastAt: string | null };
  /** The person's own looks at their pages in the portal: counted, not listed. */
  ownReads: { count: number; lastAt: string | null };
}

/** Actions whose first word does not already name the part in the portal's words. */
const PART_OF: Record<string, string> = {
  person: "details",
  involvement: "workers",
  strength: "agenda",
  agenda: "agenda",
  appointment: "appointments",
  calendar_feed: "appointments",
  encounter: "encounters",
  audit: "access_log",
  consent: "consents",
  portal: "portal",
  today: "overview",
  relationship: "encounters",
  life_domains: "life_domains",
  assessment: "life_domains",
  network: "network",
  rights: "rights",
  referral: "referrals",
  life_event: "agenda",
  agreement: "agenda",
  evaluation: "agenda",
  fhir: "referrals",
  signal: "signals",
  testimony: "testimonies",
  initiative: "initiatives",
};

/** Timeline reads are named by the kind they showed (timeline.<kind>). */
const TIMELINE_PART: Record<string, string> = { encounter: "encounters", agenda: "agenda", appointment: "appointments", assessment: "life_domains", referral: "referrals", rights: "rights", take_up: "rights", consent: "consents", life_event: "agenda", agreement: "agenda", evaluation: "agenda" };

const whatOf = (action: string): string => {
  const [first = "", second = ""] = action.split(".");
  return (first === "timeline" ? TIMELINE_PART[second] : PART_OF[first]) ?? "other";
};

/** Write actions recorded before access_kind existed are recognised by their verb. */
const READ_VERBS = new Set(["list", "read", "history", "status", "session", "received", "list_anonymous", "fetch"]);
const accessOf = (kind: string | null, action: string): "looked" | "changed" => (kind === "write" ? "changed" : kind === "read" ? "looked" : READ_VERBS.has(action.split(".")[1] ?? "") ? "looked" : "changed");

/**
 * The person's own view of the audit log: every event about them (lists that named them too),
 * newest first, with the worker's name, organisation and role, or "you"; a calendar feed fetched
 * counts as its owner's access (via: "calendar"). Nabij's own work (jobs) and the person's own
 * looks at their pages are counted, not listed; what the person changed is listed.
 */
export async function personAccessLog(ctx: RequestContext, query: { cursor?: string | undefined; limit: number }): Promise<AccessLogPage> {
  const { organisationId, personId } = ctx.person;
  await ctx.services.audit.flush();
  const aboutMe = ctx.db
    .selectFrom("audit_event")
    .where("audit_event.organisation_id", "=", organisationId)
    .where((eb) => eb.or([eb("audit_event.person_id", "=", personId), eb("audit_event.person_ids", "like", `%"${personId}"%`)]));
  // A calendar feed fetched is its owner's access: the worker's calendar, or the person's own phone.
  const ownReads = (eb: ExpressionBuilder<Database, "audit_event">) => eb.and([eb("audit_event.actor_kind", "=", "person"), eb("audit_event.access_kind", "=", "read")]);
  // The person's own looks at their pages are counted, not listed: they would bury the others.
  const people = aboutMe.where("audit_event.actor_kind", "in", ["user", "person", "feed"]).where((eb) => eb.not(ownReads(eb)));
  const before = query.cursor ? decodeCursor(query.cursor, DIGITS) : undefined;
  let select = people
    .leftJoin("calendar_feed", (j) => j.onRef("calendar_feed.organisation_id", "=", "audit_event.organisation_id").onRef("calendar_feed.id", "=", "audit_event.actor_id").on("audit_event.actor_kind", "=", "feed"))
    .leftJoin("user_account", (j) =>
      j
        .on((eb) => eb(sql.ref("user_account.organisation_id"), "=", eb.fn.coalesce("audit_event.actor_organisation_id", "audit_event.organisation_id")))
        .on((eb) => eb(sql.ref("user_account.id"), "=", eb.fn.coalesce("calendar_feed.user_id", "audit_event.actor_id"))),
    )
    .leftJoin("organisation", (j) => j.on((eb) => eb(sql.ref("organisation.id"), "=", eb.fn.coalesce("audit_event.actor_organisation_id", "audit_event.organisation_id"))))
    .leftJoin("consent", (j) => j.onRef("consent.organisation_id", "=", "audit_event.organisation_id").onRef("consent.id", "=", "audit_event.consent_id"))
    .select(["audit_event.seq", "audit_event.occurred_at", "audit_event.actor_kind", "audit_event.action", "audit_event.access_kind", "audit_event.basis", "audit_event.reason"])
    .select(["user_account.display_name", "user_account.role", "organisation.name as organisation_name", "consent.purpose", "calendar_feed.owner_kind as feed_owner"]);
  if (before) {
    const seq = Number(before.id);
    select = select.where((eb) => eb.or([eb("audit_event.occurred_at", "<", before.key), eb.and([eb("audit_event.occurred_at", "=", before.key), eb("audit_event.seq", "<", seq)])]));
  }
  const rows = await select.orderBy("audit_event.occurred_at", "desc").orderBy("audit_event.seq", "desc").limit(query.limit + 1).execute();
  const system = await aboutMe
    .where("audit_event.actor_kind", "not in", ["user", "person", "feed"])
    .select((eb) => [eb.fn.countAll().as("count"), eb.fn.max("audit_event.occurred_at").as("last_at")])
    .executeTakeFirst();
  const own = await aboutMe
    .where((eb) => ownReads(eb))
    .select((eb) => [eb.fn.countAll().as("count"), eb.fn.max("audit_event.occurred_at").as("last_at")])
    .executeTakeFirst();
  ctx.auditRead({ action: "audit.read", entityType: "person", entityId: personId, personId, basis: "self" });
  const page = rows.slice(0, query.limit);
  const items: AccessEntryView[] = page.map((r) => ({
    at: r.occurred_at,
    who:
      r.actor_kind === "person" || r.feed_owner === "person"
        ? { kind: "you", name: null, organisationName: null, role: null }
        : { kind: "worker", name: r.display_name, organisationName: r.organisation_name, role: r.role },
    via: r.actor_kind === "feed" ? "calendar" : null,
    access: accessOf(r.access_kind, r.action),
    what: whatOf(r.action),
    basis: r.basis,
    reason: r.reason,
    consentPurpose: r.purpose,
  }));
  const last = page.at(-1);
  return {
    items,
    ...(rows.length > query.limit && last ? { nextCursor: encodeCursor({ key: last.occurred_at, id: String(last.seq) }) } : {}),
    system: { count: Number(system?.count ?? 0), lastAt: system?.last_at ?? null },
    ownReads: { count: Number(own?.count ?? 0), lastAt: own?.last_at ?? null },
  };
}
