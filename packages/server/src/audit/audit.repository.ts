import { sql } from "kysely";
import type { RequestContext } from "../access/context.ts";
import { decodeCursor, DIGITS, encodeCursor, type Page } from "../http/cursor.ts";

export interface AuditEventView {
  seq: number;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  /** The actor's organisation when it is not the person's (a worker reading by consent). */
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

/**
 * The events about one person, newest first. List reads that named the person are found by
 * their person_ids too. Queued reads are flushed first so the trail is complete; reading the
 * trail is itself audited.
 */
export async function listAuditForPerson(ctx: RequestContext, personId: string, query: { cursor?: string | undefined; limit: number }): Promise<Page<AuditEventView>> {
  const grant = await ctx.access.requireAuditTrail(personId);
  await ctx.services.audit.flush();
  const { organisationId } = ctx.user;
  const before = query.cursor ? decodeCursor(query.cursor, DIGITS) : undefined;
  let select = ctx.db
    .selectFrom("audit_event")
    .leftJoin("user_account", (j) =>
      j.on((eb) => eb(sql.ref("user_account.organisation_id"), "=", eb.fn.coalesce("audit_event.actor_organisation_id", "audit_event.organisation_id"))).onRef("user_account.id", "=", "audit_event.actor_id"),
    )
    .leftJoin("organisation", "organisation.id", "audit_event.actor_organisation_id")
    .selectAll("audit_event")
    .select(["user_account.display_name as actor_name", "organisation.name as actor_organisation_name"])
    .where("audit_event.organisation_id", "=", organisationId)
    .where((eb) => eb.or([eb("audit_event.person_id", "=", personId), eb("audit_event.person_ids", "like", `%"${personId}"%`)]));
  if (before) {
    const seq = Number(before.id);
    select = select.where((eb) => eb.or([eb("audit_event.occurred_at", "<", before.key), eb.and([eb("audit_event.occurred_at", "=", before.key), eb("audit_event.seq", "<", seq)])]));
  }
  // Newest first by the time of the event: batched reads get their sequence number when
  // their batch commits, up to 100 ms after they happened.
  const rows = await select.orderBy("audit_event.occurred_at", "desc").orderBy("audit_event.seq", "desc").limit(query.limit + 1).execute();
  const page = rows.slice(0, query.limit);
  ctx.auditRead({ action: "audit.read", entityType: "person", entityId: personId, personId, basis: grant.basis, consentId: grant.consentId ?? null });
  const items = page.map((r) => ({
    seq: Number(r.seq),
    occurredAt: r.occurred_at,
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorOrganisationName: r.actor_organisation_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    personId: r.person_id ?? personId,
    basis: r.basis,
    consentId: r.consent_id,
    reason: r.reason,
    outcome: r.outcome,
    requestId: r.request_id,
  }));
  const last = page.at(-1);
  return { items, ...(rows.length > query.limit && last ? { nextCursor: encodeCursor({ key: last.occurred_at, id: String(last.seq) }) } : {}) };
}
