import type { Kysely, Transaction } from "kysely";
import type { Clock } from "@nabij/domain";
import type { Database, AuditEventTable } from "../db/schema.ts";
import { toJson } from "../db/values.ts";

/** What happened, in ids and codes only: never names, notes or other personal data. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  personId?: string | null;
  /** A list read names every person it returned. */
  personIds?: string[];
  basis?: string | null;
  consentId?: string | null;
  reason?: string | null;
  outcome?: AuditEventTable["outcome"];
  /**
   * The person's organisation when it is not the actor's (a worker of another organisation
   * reading by consent): the event goes to the person's organisation, where the person sees it.
   */
  organisationId?: string;
}

export interface AuditActor {
  organisationId: string;
  actorKind: AuditEventTable["actor_kind"];
  actorId: string | null;
  requestId: string | null;
}

type Pending = { actor: AuditActor; entry: AuditEntry; at: string; kind: "read" | "write" };

/** The organisation whose log holds the event: the person's. */
const eventOrganisation = (p: Pending): string => p.entry.organisationId ?? p.actor.organisationId;
type Db = Kysely<Database> | Transaction<Database>;

/** Hands out the next `count` numbers of an organisation's audit sequence. */
async function nextSequence(db: Db, organisationId: string, count: number): Promise<number> {
  const row = await db
    .updateTable("organisation_counter")
    .set((eb) => ({ value: eb("value", "+", count) }))
    .where("organisation_id", "=", organisationId)
    .where("name", "=", "audit")
    .returning("value")
    .executeTakeFirst();
  if (row) return Number(row.value) - count + 1;
  await db.insertInto("organisation_counter").values({ organisation_id: organisationId, name: "audit", value: count }).execute();
  return 1;
}

function toRow(pending: Pending, seq: number): AuditEventTable {
  const { actor, entry } = pending;
  const organisationId = eventOrganisation(pending);
  return {
    organisation_id: organisationId,
    seq,
    occurred_at: pending.at,
    actor_kind: actor.actorKind,
    actor_id: actor.actorId,
    actor_organisation_id: actor.organisationId === organisationId ? null : actor.organisationId,
    access_kind: pending.kind,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId ?? null,
    person_id: entry.personId ?? null,
    person_ids: entry.personIds ? toJson(entry.personIds) : null,
    basis: entry.basis ?? null,
    consent_id: entry.consentId ?? null,
    reason: entry.reason ?? null,
    outcome: entry.outcome ?? "success",
    request_id: actor.requestId,
    prev_hash: null,
    hash: null,
  };
}

async function insertAll(db: Db, batch: Pending[]): Promise<void> {
  const byOrganisation = new Map<string, Pending[]>();
  for (const p of batch) byOrganisation.set(eventOrganisation(p), [...(byOrganisation.get(eventOrganisation(p)) ?? []), p]);
  // Always lock organisation counters in the same order, so two processes never deadlock.
  for (const [organisationId, events] of [...byOrganisation].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const first = await nextSequence(db, organisationId, events.length);
    await db.insertInto("audit_event").values(events.map((p, i) => toRow(p, first + i))).execute();
  }
}

/**
 * The audit log. Writes are recorded in the caller's transaction (they commit or roll back
 * with the change). Reads are queued and committed in batches within 100 ms, so reading stays
 * fast. The application never updates or deletes audit events.
 */
export class AuditLog {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private static readonly BATCH_MS = 50;
  private static readonly RETRY_MS = 1000;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly onError: (error: unknown) => void,
  ) {}

  async write(trx: Transaction<Database>, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await insertAll(trx, [{ actor, entry, at: this.clock.now().toISOString(), kind: "write" }]);
  }

  read(actor: AuditActor, entry: AuditEntry): void {
    this.queue.push({ actor, entry, at: this.clock.now().toISOString(), kind: "read" });
    this.timer ??= setTimeout(() => void this.flush(), AuditLog.BATCH_MS);
  }

  /**
   * Commits every queued read event; callers that show the log flush first. A batch that fails
   * (the database away for a moment) goes back to the front of the queue and is tried again.
   */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    const run = this.flushing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.db.transaction().execute((trx) => insertAll(trx, batch));
      } catch (error) {
        this.onError(error);
        this.queue = [...batch, ...this.queue];
        this.timer ??= setTimeout(() => void this.flush(), AuditLog.RETRY_MS);
      }
    });
    this.flushing = run;
    await run;
  }

  /** Stops retrying (at shutdown, after a last flush); what is still queued is reported. */
  close(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    return this.queue.length;
  }
}
