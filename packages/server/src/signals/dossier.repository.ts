import type { Transaction } from "kysely";
import { AppError, DOSSIER_TEXT_FIELDS, notFound, suggestForDossier, type DossierChange, type DossierCreate, type SignalPhase, type SuggestionReason } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { requireScope } from "../access/scope.ts";
import { forUpdate } from "../db/dialect.ts";
import type { Database, SignalDossierTable } from "../db/schema.ts";
import { newId } from "../ids.ts";
import { userNames } from "../users/user.repository.ts";
import { PublicationRepository, type PublicationView } from "./publication.repository.ts";
import { SignalRepository, type SignalView } from "./signal.repository.ts";
import { TestimonyRepository, type TestimonyView } from "./testimony.repository.ts";

/**
 * Signal dossiers: coordinators bundle signals, name a trekker, move the dossier through the
 * eight phases and write the analysis, the team's position, actions, decisions and feedback.
 * Every change is kept dated. Signals hold no identity, so neither does a dossier.
 */

export interface DossierSummary {
  id: string;
  title: string;
  phase: SignalPhase;
  trekker: { id: string; displayName: string };
  signalCount: number;
  updatedAt: string;
  version: number;
}

export interface DossierChangeView {
  seq: number;
  field: string;
  value: string | null;
  at: string;
  by: { id: string; displayName: string };
}

export interface DossierView extends DossierSummary {
  analysis: string | null;
  position: string | null;
  actions: string | null;
  decisions: string | null;
  feedback: string | null;
  createdAt: string;
  signals: SignalView[];
  history: DossierChangeView[];
  /** Its public pages, withdrawn ones too. */
  publications: PublicationView[];
  /** Testimonies of persons, in their own words, without who gave them. */
  testimonies: TestimonyView[];
}

export interface SuggestedSignal {
  signal: SignalView;
  score: number;
  reasons: SuggestionReason[];
}

type Trx = Transaction<Database>;

export class DossierRepository {
  constructor(private readonly ctx: RequestContext) {}

  private get organisationId(): string {
    return this.ctx.user.organisationId;
  }

  async create(input: DossierCreate): Promise<DossierView> {
    await this.requireTrekker(input.trekkerId);
    const now = this.ctx.now();
    const row: SignalDossierTable = { organisation_id: this.organisationId, id: newId(this.ctx.clock), title: input.title, trekker_id: input.trekkerId, phase: input.phase ?? "bundle", analysis: null, position: null, actions: null, decisions: null, feedback: null, created_by: this.ctx.user.userId, created_at: now, updated_at: now, version: 1 };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("signal_dossier").values(row).execute();
      await this.record(trx, row.id, [
        ["title", row.title],
        ["trekker", row.trekker_id],
        ["phase", row.phase],
      ]);
      if (input.signalIds?.length) await this.attach(trx, row.id, input.signalIds);
    });
    return this.get(row.id);
  }

  /** A change of the dossier; a stale version is refused, and only what differs is recorded. */
  async change(id: string, input: DossierChange): Promise<DossierView> {
    if (input.trekkerId) await this.requireTrekker(input.trekkerId);
    await this.ctx.transaction(async (trx) => {
      const row = await this.lock(trx, id);
      if (row.version !== input.version) throw new AppError("stale_version", "Someone changed this dossier in the meantime; load it again");
      const { set, changes } = dossierDiff(row, input);
      if (changes.length === 0) return;
      await trx.updateTable("signal_dossier").set({ ...set, updated_at: this.ctx.now(), version: row.version + 1 }).where("organisation_id", "=", this.organisationId).where("id", "=", id).execute();
      await this.record(trx, id, changes);
    });
    return this.get(id);
  }

  async addSignals(id: string, signalIds: readonly string[]): Promise<DossierView> {
    await this.ctx.transaction(async (trx) => {
      await this.lock(trx, id);
      await this.attach(trx, id, signalIds);
      await this.touch(trx, id);
    });
    return this.get(id);
  }

  async removeSignal(id: string, signalId: string): Promise<DossierView> {
    await this.ctx.transaction(async (trx) => {
      await this.lock(trx, id);
      const removed = await trx.updateTable("signal").set({ dossier_id: null }).where("organisation_id", "=", this.organisationId).where("id", "=", signalId).where("dossier_id", "=", id).executeTakeFirst();
      if (Number(removed.numUpdatedRows) === 0) throw notFound("This signal is not in the dossier");
      await this.record(trx, id, [["signal_removed", signalId]]);
      await this.touch(trx, id);
    });
    return this.get(id);
  }

  async list(): Promise<DossierSummary[]> {
    requireScope(this.ctx.user, "organisation");
    const rows = await this.ctx.db.selectFrom("signal_dossier").selectAll().where("organisation_id", "=", this.organisationId).orderBy("updated_at", "desc").limit(500).execute();
    return this.summaries(rows);
  }

  async get(id: string): Promise<DossierView> {
    requireScope(this.ctx.user, "organisation");
    const row = await this.ctx.db.selectFrom("signal_dossier").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Dossier not found");
    const signals = await new SignalRepository(this.ctx).inDossier(id);
    const changes = await this.ctx.db.selectFrom("signal_dossier_change").selectAll().where("organisation_id", "=", this.organisationId).where("dossier_id", "=", id).orderBy("seq").execute();
    const names = await userNames(this.ctx.db, this.organisationId, changes.map((c) => c.by));
    const [summary] = await this.summaries([row]);
    return {
      ...(summary as DossierSummary),
      analysis: row.analysis,
      position: row.position,
      actions: row.actions,
      decisions: row.decisions,
      feedback: row.feedback,
      createdAt: row.created_at,
      signals,
      history: changes.map((c) => ({ seq: c.seq, field: c.field, value: c.value, at: c.at, by: { id: c.by, displayName: names.get(c.by) ?? "—" } })),
      publications: await new PublicationRepository(this.ctx).list(id),
      testimonies: await new TestimonyRepository(this.ctx).ofDossier(id),
    };
  }

  /** Signals not yet in a dossier that share themes, domains, institution or words with this one's, best first. */
  async suggestions(id: string, limit = 20): Promise<SuggestedSignal[]> {
    const dossier = await this.get(id);
    const comparable = (s: SignalView) => ({ themes: s.themes, domains: s.domains, institution: s.institution, serviceId: s.service?.id ?? null, text: s.text });
    if (dossier.signals.length === 0) return [];
    const candidates = await new SignalRepository(this.ctx).withoutDossier(2000);
    return candidates
      .map((signal) => ({ signal, ...suggestForDossier(comparable(signal), dossier.signals.map(comparable)) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || (a.signal.raisedOn < b.signal.raisedOn ? 1 : -1))
      .slice(0, limit);
  }

  private async requireTrekker(userId: string): Promise<void> {
    const found = await this.ctx.db.selectFrom("user_account").select("id").where("organisation_id", "=", this.organisationId).where("id", "=", userId).where("status", "=", "active").executeTakeFirst();
    if (!found) throw new AppError("validation_failed", "The input is not valid", [{ path: "body.trekkerId", code: "unknown_user", message: "No active worker with this id in your organisation" }]);
  }

  private async lock(trx: Trx, id: string): Promise<SignalDossierTable> {
    const row = await forUpdate(this.ctx.services.dialect, trx.selectFrom("signal_dossier").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", id)).executeTakeFirst();
    if (!row) throw notFound("Dossier not found");
    return row;
  }

  /** Puts signals in the dossier; a signal in another dossier is refused (move it out there first). */
  private async attach(trx: Trx, id: string, signalIds: readonly string[]): Promise<void> {
    const wanted = [...new Set(signalIds)];
    const rows = await trx.selectFrom("signal").select(["id", "dossier_id"]).where("organisation_id", "=", this.organisationId).where("id", "in", wanted).execute();
    const found = new Map(rows.map((r) => [r.id, r.dossier_id]));
    const problems = wanted.flatMap((signalId, i) => {
      if (!found.has(signalId)) return [{ path: `body.signalIds.${i}`, code: "unknown_signal", message: "No signal with this id in your organisation" }];
      const other = found.get(signalId);
      return other && other !== id ? [{ path: `body.signalIds.${i}`, code: "in_another_dossier", message: "This signal is already in another dossier" }] : [];
    });
    if (problems.length > 0) throw new AppError("validation_failed", "Some signals cannot be added", problems);
    const added = wanted.filter((signalId) => found.get(signalId) !== id);
    if (added.length === 0) return;
    // Only signals still free: another dossier may have taken one since they were read.
    const moved = await trx.updateTable("signal").set({ dossier_id: id }).where("organisation_id", "=", this.organisationId).where("id", "in", added).where("dossier_id", "is", null).executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== added.length) throw new AppError("conflict", "A signal was just put in another dossier; load the signals again");
    await this.record(trx, id, added.map((signalId) => ["signal_added", signalId]));
  }

  private async touch(trx: Trx, id: string): Promise<void> {
    await trx.updateTable("signal_dossier").set((eb) => ({ updated_at: this.ctx.now(), version: eb("version", "+", 1) })).where("organisation_id", "=", this.organisationId).where("id", "=", id).execute();
  }

  private async record(trx: Trx, id: string, changes: ReadonlyArray<readonly [string, string | null]>): Promise<void> {
    const last = await trx.selectFrom("signal_dossier_change").select((eb) => eb.fn.max("seq").as("seq")).where("organisation_id", "=", this.organisationId).where("dossier_id", "=", id).executeTakeFirst();
    const first = Number(last?.seq ?? 0) + 1;
    const at = this.ctx.now();
    await trx
      .insertInto("signal_dossier_change")
      .values(changes.map(([field, value], i) => ({ organisation_id: this.organisationId, dossier_id: id, seq: first + i, field, value, at, by: this.ctx.user.userId })))
      .execute();
  }

  private async summaries(rows: SignalDossierTable[]): Promise<DossierSummary[]> {
    if (rows.length === 0) return [];
    const names = await userNames(this.ctx.db, this.organisationId, rows.map((r) => r.trekker_id));
    const counts = await this.ctx.db
      .selectFrom("signal")
      .select((eb) => ["dossier_id", eb.fn.countAll<number>().as("n")])
      .where("organisation_id", "=", this.organisationId)
      .where("dossier_id", "in", rows.map((r) => r.id))
      .groupBy("dossier_id")
      .execute();
    const count = new Map(counts.map((c) => [c.dossier_id, Number(c.n)]));
    return rows.map((r) => ({ id: r.id, title: r.title, phase: r.phase as SignalPhase, trekker: { id: r.trekker_id, displayName: names.get(r.trekker_id) ?? "—" }, signalCount: count.get(r.id) ?? 0, updatedAt: r.updated_at, version: r.version }));
  }
}

/** What a change alters: the columns to set, and the dated changes to record (only what differs). */
function dossierDiff(row: SignalDossierTable, input: DossierChange): { set: Partial<SignalDossierTable>; changes: Array<[string, string | null]> } {
  const set: Partial<SignalDossierTable> = {};
  const changes: Array<[string, string | null]> = [];
  const wanted: Array<[keyof SignalDossierTable, string, string | null | undefined]> = [
    ["title", "title", input.title],
    ["trekker_id", "trekker", input.trekkerId],
    ["phase", "phase", input.phase],
    ...DOSSIER_TEXT_FIELDS.map((field): [keyof SignalDossierTable, string, string | null | undefined] => [field, field, input[field] === undefined ? undefined : input[field] || null]),
  ];
  for (const [column, field, value] of wanted) {
    if (value === undefined || value === row[column]) continue;
    Object.assign(set, { [column]: value });
    changes.push([field, value]);
  }
  return { set, changes };
}
