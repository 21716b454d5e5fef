import { AppError, notFound, type AgreementChange, type AgreementCreate } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { forUpdate } from "../db/dialect.ts";
import type { AgreementVersionTable } from "../db/schema.ts";
import { newId } from "../ids.ts";
import { userNames } from "../users/user.repository.ts";

export interface AgreementVersionView {
  version: number;
  what: string;
  whoDoesWhat: string | null;
  dueDate: string | null;
  ownWords: string | null;
  why: string | null;
  changedBy: { id: string; displayName: string };
  /** A version the person wrote in the portal (their own words). */
  byPerson: boolean;
  changedAt: string;
  confirmed: { at: string; how: string; by: { id: string; displayName: string } } | null;
}

export interface AgreementView extends AgreementVersionView {
  id: string;
  personId: string;
  createdAt: string;
  /** Every version, newest first. */
  versions: AgreementVersionView[];
}

interface VersionContent {
  what: string;
  whoDoesWhat: string | null;
  dueDate: string | null;
  ownWords: string | null;
  why: string | null;
}

/**
 * Agreements (afspraken) between person and worker (part "agenda"): what, who does what, by when.
 * A change is a new version with who, when and why; the person's confirmation belongs to a version.
 */
export class AgreementRepository {
  constructor(private readonly ctx: RequestContext) {}

  async create(personId: string, input: AgreementCreate): Promise<AgreementView> {
    const grant = await this.ctx.access.require(personId, "agenda");
    const { organisationId } = grant;
    const id = input.id ?? newId(this.ctx.clock);
    const now = this.ctx.now();
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("agreement").values({ organisation_id: organisationId, id, person_id: personId, version: 1, created_by: this.ctx.authorId, created_at: now, updated_at: now }).execute();
      await trx.insertInto("agreement_version").values(this.versionRow(organisationId, id, personId, 1, { what: input.what, whoDoesWhat: input.whoDoesWhat ?? null, dueDate: input.dueDate ?? null, ownWords: input.ownWords ?? null, why: null }, now)).execute();
      await this.ctx.auditWrite(trx, { action: "agreement.create", entityType: "agreement", entityId: id, personId, basis: grant.basis });
    });
    return this.get(id);
  }

  /** A change of an agreement: a new version, refused when the version seen is not the current one. */
  async change(id: string, input: AgreementChange): Promise<AgreementView> {
    return this.newVersion(id, input.version, "agreement.change", (current) => ({
      what: input.what ?? current.what,
      whoDoesWhat: input.whoDoesWhat === undefined ? current.who_does_what : input.whoDoesWhat,
      dueDate: input.dueDate === undefined ? current.due_date : input.dueDate,
      ownWords: input.ownWords === undefined ? current.own_words : input.ownWords,
      why: input.why,
    }));
  }

  /**
   * The person's own words on an agreement (in the portal): a version of its own, so what the
   * person wrote is kept apart from the worker's changes; nothing else changes.
   */
  async writeOwnWords(id: string, input: { ownWords: string; version: number }): Promise<AgreementView> {
    return this.newVersion(id, input.version, "agreement.own_words", (current) => ({
      what: current.what,
      whoDoesWhat: current.who_does_what,
      dueDate: current.due_date,
      ownWords: input.ownWords || null,
      why: null,
    }));
  }

  private async newVersion(id: string, seen: number, action: string, next: (current: AgreementVersionTable) => VersionContent): Promise<AgreementView> {
    const personId = await this.personOf(id);
    const grant = await this.ctx.access.require(personId, "agenda");
    const { organisationId } = grant;
    await this.ctx.transaction(async (trx) => {
      const agreement = await forUpdate(this.ctx.services.dialect, trx.selectFrom("agreement").selectAll().where("organisation_id", "=", organisationId).where("id", "=", id)).executeTakeFirst();
      if (!agreement) throw notFound("Agreement not found");
      if (agreement.version !== seen) throw new AppError("stale_version", "Someone changed this agreement in the meantime; load it again");
      const current = await trx.selectFrom("agreement_version").selectAll().where("organisation_id", "=", organisationId).where("agreement_id", "=", id).where("version", "=", agreement.version).executeTakeFirstOrThrow();
      const now = this.ctx.now();
      const version = agreement.version + 1;
      await trx.insertInto("agreement_version").values(this.versionRow(organisationId, id, personId, version, next(current), now)).execute();
      await trx.updateTable("agreement").set({ version, updated_at: now }).where("organisation_id", "=", organisationId).where("id", "=", id).execute();
      await this.ctx.auditWrite(trx, { action, entityType: "agreement", entityId: id, personId, basis: grant.basis });
    });
    return this.get(id);
  }

  /** The person confirmed the current version: in person (the worker records it) or themself in the portal. */
  async confirm(id: string, version: number, how: "in_person" | "portal" = "in_person"): Promise<AgreementView> {
    const personId = await this.personOf(id);
    const grant = await this.ctx.access.require(personId, "agenda");
    const { organisationId } = grant;
    await this.ctx.transaction(async (trx) => {
      const agreement = await forUpdate(this.ctx.services.dialect, trx.selectFrom("agreement").selectAll().where("organisation_id", "=", organisationId).where("id", "=", id)).executeTakeFirst();
      if (!agreement) throw notFound("Agreement not found");
      if (agreement.version !== version) throw new AppError("stale_version", "The agreement changed since; confirm the current version");
      const current = await trx.selectFrom("agreement_version").select("confirmed_at").where("organisation_id", "=", organisationId).where("agreement_id", "=", id).where("version", "=", version).executeTakeFirstOrThrow();
      if (current.confirmed_at !== null) throw new AppError("conflict", "This version is already confirmed");
      await trx
        .updateTable("agreement_version")
        .set({ confirmed_at: this.ctx.now(), confirmed_how: how, confirmed_by: this.ctx.authorId })
        .where("organisation_id", "=", organisationId)
        .where("agreement_id", "=", id)
        .where("version", "=", version)
        .execute();
      await this.ctx.auditWrite(trx, { action: "agreement.confirm", entityType: "agreement", entityId: id, personId, basis: grant.basis });
    });
    return this.get(id);
  }

  async get(id: string): Promise<AgreementView> {
    const personId = await this.personOf(id);
    const grant = await this.ctx.access.requireRead(personId, "agenda");
    const [view] = await this.load(grant.organisationId, personId, [id]);
    if (!view) throw notFound("Agreement not found");
    this.ctx.auditRead({ action: "agreement.read", entityType: "agreement", entityId: id, personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return view;
  }

  async list(personId: string): Promise<AgreementView[]> {
    const grant = await this.ctx.access.requireRead(personId, "agenda");
    const ids = await this.ctx.db.selectFrom("agreement").select("id").where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).orderBy("updated_at", "desc").limit(500).execute();
    this.ctx.auditRead({ action: "agreement.list", entityType: "agreement", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return this.load(grant.organisationId, personId, ids.map((i) => i.id));
  }

  private async personOf(id: string): Promise<string> {
    const row = await this.ctx.db.selectFrom("agreement").select("person_id").where("organisation_id", "=", this.ctx.organisationId).where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Agreement not found");
    return row.person_id;
  }

  private versionRow(organisationId: string, id: string, personId: string, version: number, c: VersionContent, now: string): AgreementVersionTable {
    return { organisation_id: organisationId, agreement_id: id, version, person_id: personId, what: c.what, who_does_what: c.whoDoesWhat || null, due_date: c.dueDate, own_words: c.ownWords || null, why: c.why, changed_by: this.ctx.authorId, changed_at: now, confirmed_at: null, confirmed_how: null, confirmed_by: null };
  }

  private async load(organisationId: string, personId: string, ids: string[]): Promise<AgreementView[]> {
    if (ids.length === 0) return [];
    const agreements = await this.ctx.db.selectFrom("agreement").selectAll().where("organisation_id", "=", organisationId).where("id", "in", ids).execute();
    const versions = await this.ctx.db.selectFrom("agreement_version").selectAll().where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("agreement_id", "in", ids).orderBy("version", "desc").execute();
    const names = await userNames(this.ctx.db, organisationId, versions.flatMap((v) => [v.changed_by, ...(v.confirmed_by ? [v.confirmed_by] : [])]));
    const who = (id: string) => ({ id, displayName: names.get(id) ?? "—" });
    const view = (v: AgreementVersionTable): AgreementVersionView => ({
      version: v.version,
      what: v.what,
      whoDoesWhat: v.who_does_what,
      dueDate: v.due_date,
      ownWords: v.own_words,
      why: v.why,
      changedBy: who(v.changed_by),
      byPerson: v.changed_by.startsWith("person:"),
      changedAt: v.changed_at,
      confirmed: v.confirmed_at && v.confirmed_how && v.confirmed_by ? { at: v.confirmed_at, how: v.confirmed_how, by: who(v.confirmed_by) } : null,
    });
    const order = new Map(ids.map((id, i) => [id, i]));
    return agreements
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .flatMap((a) => {
        const mine = versions.filter((v) => v.agreement_id === a.id).map(view);
        const [current] = mine;
        return current ? [{ ...current, id: a.id, personId: a.person_id, createdAt: a.created_at, versions: mine }] : [];
      });
  }
}
