import { randomUUID } from "node:crypto";
import { AppError, belgianDay, findPersonalData, foldForSearch, forbidden, notFound, unconfirmedFindings, type MechanismType, type PersonalDataFinding, type SignalCreate, type SignalListScope, type SignalPhase, type SignalSource } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { requireScope } from "../access/scope.ts";
import type { SignalTable } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";
import { decodeCursor, encodeCursor, type Page } from "../http/cursor.ts";
import { checkDomainKeys } from "../life-domains/life-domain.repository.ts";
import { userNames } from "../users/user.repository.ts";
import { signalPseudonym } from "./pseudonym.ts";

/**
 * Structural signals (issue 8). A signal holds no identity: the person, when named, only
 * yields the pseudonym; the text is checked for personal data, and what is found must be
 * removed or confirmed by the worker before the signal is kept.
 */

export interface SignalView {
  id: string;
  text: string;
  mechanismType: MechanismType;
  themes: string[];
  domains: string[];
  institution: string | null;
  service: { id: string; name: string | null } | null;
  municipality: string;
  peopleCount: number;
  /** Counted as one distinct person (a person was named); who is never kept. */
  aboutOnePerson: boolean;
  source: SignalSource;
  barrierReason: string | null;
  /** Only for the worker who raised it (null for others). */
  raisedBy: { id: string; displayName: string } | null;
  raisedOn: string;
  /** What became of it: the dossier it was bundled into, with the feedback (closes the loop). */
  dossier: { id: string; title: string; phase: SignalPhase; feedback: string | null; updatedAt: string } | null;
}

export interface SignalListQuery {
  scope: SignalListScope;
  cursor?: string;
  limit: number;
}

export class SignalRepository {
  constructor(private readonly ctx: RequestContext) {}

  /** What in a text could identify someone: the patterns, and the names of the persons the worker sees. */
  async check(text: string): Promise<PersonalDataFinding[]> {
    const rows = await this.ctx.db.selectFrom("person").select(["display_name", "legal_name"]).where("organisation_id", "=", this.ctx.user.organisationId).where("id", "in", this.ctx.access.visiblePersonIds()).execute();
    return findPersonalData(text, { knownNames: rows.flatMap((r) => (r.legal_name ? [r.display_name, r.legal_name] : [r.display_name])) });
  }

  async create(input: SignalCreate): Promise<SignalView> {
    const organisationId = this.ctx.user.organisationId;
    const left = unconfirmedFindings(await this.check(input.text), input.confirmations ?? []);
    if (left.length > 0) {
      throw new AppError(
        "rule_violation",
        "The text may identify someone: remove or confirm each finding",
        left.map((f) => ({ path: "body.text", code: `personal_data_${f.kind}`, message: `"${f.text}" (${f.start}–${f.end}) may identify someone` })),
        { findings: left },
      );
    }
    await checkDomainKeys(this.ctx.db, organisationId, input.domains ?? [], "body.domains");
    const service = input.serviceId ? await this.service(organisationId, input.serviceId) : null;
    const grant = input.personId ? await this.ctx.access.require(input.personId, "identity") : null;
    const row: SignalTable = {
      organisation_id: organisationId,
      // Random, not time-ordered: a v7 id would carry the moment the day leaves out.
      id: randomUUID(),
      text: input.text,
      mechanism_type: input.mechanismType,
      themes: toJson([...new Set(input.themes)]),
      domains: toJson(input.domains ?? []),
      institution: input.institution ?? service?.name ?? null,
      service_id: service?.service_id ?? null,
      municipality: input.municipality,
      municipality_key: foldForSearch(input.municipality),
      people_count: input.personId ? 1 : (input.peopleCount ?? 1),
      pseudonym: input.personId ? signalPseudonym(this.ctx.services.signalKey, organisationId, input.personId) : null,
      source: input.source ?? "own",
      barrier_reason: input.barrierReason ?? null,
      dossier_id: null,
      raised_by: this.ctx.user.userId,
      raised_on: belgianDay(this.ctx.clock.now()).date,
    };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("signal").values(row).execute();
      await trx.insertInto("signal_theme").values(fromJson<string[]>(row.themes, []).map((theme) => ({ organisation_id: organisationId, signal_id: row.id, theme }))).execute();
      const domains = fromJson<string[]>(row.domains, []);
      if (domains.length > 0) await trx.insertInto("signal_domain").values([...new Set(domains)].map((domain) => ({ organisation_id: organisationId, signal_id: row.id, domain }))).execute();
      // The person sees that they were counted in a signal; the log does not say which one.
      if (grant && input.personId) await this.ctx.auditWrite(trx, { action: "signal.count_person", entityType: "person", personId: input.personId, basis: grant.basis });
    });
    return (await this.views([row]))[0] as SignalView;
  }

  /** The worker's own signals, or (coordinators and administrators) the organisation's; newest first. */
  async list(query: SignalListQuery): Promise<Page<SignalView>> {
    const user = this.ctx.user;
    if (query.scope === "organisation") requireScope(user, "organisation");
    let q = this.ctx.db.selectFrom("signal").selectAll().where("organisation_id", "=", user.organisationId);
    if (query.scope === "mine") q = q.where("raised_by", "=", user.userId);
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      q = q.where((eb) => eb.or([eb("raised_on", "<", cursor.key), eb.and([eb("raised_on", "=", cursor.key), eb("id", "<", cursor.id)])]));
    }
    const rows = await q.orderBy("raised_on", "desc").orderBy("id", "desc").limit(query.limit + 1).execute();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const items = await this.views(page);
    return rows.length > query.limit && last ? { items, nextCursor: encodeCursor({ key: last.raised_on, id: last.id }) } : { items };
  }

  /** One signal: for the worker who raised it, and for coordinators and administrators. */
  async get(id: string): Promise<SignalView> {
    const user = this.ctx.user;
    const row = await this.ctx.db.selectFrom("signal").selectAll().where("organisation_id", "=", user.organisationId).where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Signal not found");
    if (row.raised_by !== user.userId && user.role === "worker") throw forbidden("A signal is for the worker who raised it and for coordinators");
    return (await this.views([row]))[0] as SignalView;
  }

  /** The signals of a dossier (for the dossier's readers: coordinators and administrators). */
  async inDossier(dossierId: string): Promise<SignalView[]> {
    const rows = await this.ctx.db.selectFrom("signal").selectAll().where("organisation_id", "=", this.ctx.user.organisationId).where("dossier_id", "=", dossierId).orderBy("raised_on", "desc").orderBy("id", "desc").execute();
    return this.views(rows);
  }

  /** Signals not yet bundled, newest first (candidates for a dossier). */
  async withoutDossier(limit: number): Promise<SignalView[]> {
    requireScope(this.ctx.user, "organisation");
    const rows = await this.ctx.db.selectFrom("signal").selectAll().where("organisation_id", "=", this.ctx.user.organisationId).where("dossier_id", "is", null).orderBy("raised_on", "desc").orderBy("id", "desc").limit(limit).execute();
    return this.views(rows);
  }

  private async service(organisationId: string, serviceId: string): Promise<{ service_id: string; name: string | null }> {
    const found = await this.ctx.db.selectFrom("socialmap_service").select(["service_id", "name"]).where("organisation_id", "=", organisationId).where("service_id", "=", serviceId).executeTakeFirst();
    if (!found) throw new AppError("validation_failed", "The input is not valid", [{ path: "body.serviceId", code: "unknown_service", message: "No service with this id on your organisation's social map" }]);
    return found;
  }

  private async views(rows: SignalTable[]): Promise<SignalView[]> {
    if (rows.length === 0) return [];
    const organisationId = this.ctx.user.organisationId;
    const names = await userNames(this.ctx.db, organisationId, rows.map((r) => r.raised_by));
    const serviceIds = [...new Set(rows.flatMap((r) => (r.service_id ? [r.service_id] : [])))];
    const services = serviceIds.length ? await this.ctx.db.selectFrom("socialmap_service").select(["service_id", "name"]).where("organisation_id", "=", organisationId).where("service_id", "in", serviceIds).execute() : [];
    const serviceName = new Map(services.map((s) => [s.service_id, s.name]));
    const dossierIds = [...new Set(rows.flatMap((r) => (r.dossier_id ? [r.dossier_id] : [])))];
    const dossiers = dossierIds.length ? await this.ctx.db.selectFrom("signal_dossier").select(["id", "title", "phase", "feedback", "updated_at"]).where("organisation_id", "=", organisationId).where("id", "in", dossierIds).execute() : [];
    const dossier = new Map(dossiers.map((d) => [d.id, { id: d.id, title: d.title, phase: d.phase as SignalPhase, feedback: d.feedback, updatedAt: d.updated_at }]));
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      mechanismType: r.mechanism_type as MechanismType,
      themes: fromJson<string[]>(r.themes, []),
      domains: fromJson<string[]>(r.domains, []),
      institution: r.institution,
      service: r.service_id ? { id: r.service_id, name: serviceName.get(r.service_id) ?? null } : null,
      municipality: r.municipality,
      peopleCount: r.people_count,
      // Who raised it and whether it is about one person, with the person's audit trail, could
      // point to the person: others than the worker who raised it see neither.
      aboutOnePerson: r.raised_by === this.ctx.user.userId && r.pseudonym !== null,
      source: r.source as SignalSource,
      barrierReason: r.barrier_reason,
      raisedBy: r.raised_by === this.ctx.user.userId ? { id: r.raised_by, displayName: names.get(r.raised_by) ?? "—" } : null,
      raisedOn: r.raised_on,
      dossier: r.dossier_id ? (dossier.get(r.dossier_id) ?? null) : null,
    }));
  }
}
