import { isExpectedLifeEvent, notFound, type LifeEventCreate, type LifeEventKind } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { LifeEventTable } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";
import { newId } from "../ids.ts";
import { checkDomainKeys } from "../life-domains/life-domain.repository.ts";
import { userNames } from "../users/user.repository.ts";

export interface LifeEventView {
  id: string;
  personId: string;
  kind: LifeEventKind;
  date: string;
  expected: boolean;
  title: string | null;
  domains: string[];
  whatChanges: string | null;
  ownWords: string | null;
  /** Who wrote the person's words down: the person in the portal, or the worker with them. */
  ownWordsBy: "person" | "worker" | null;
  createdBy: { id: string; displayName: string };
  createdAt: string;
  /** An unexpected event: the worker is asked to revisit the agenda with the person. */
  revisitAgenda: boolean;
}

/** Life events of a person (part "agenda": they shape the shared agenda). */
export class LifeEventRepository {
  constructor(private readonly ctx: RequestContext) {}

  async create(personId: string, input: LifeEventCreate): Promise<{ event: LifeEventView; created: boolean }> {
    const grant = await this.ctx.access.require(personId, "agenda");
    const { organisationId } = grant;
    await checkDomainKeys(this.ctx.db, organisationId, input.domains ?? [], "body.domains");
    const id = input.id ?? newId(this.ctx.clock);
    const existing = await this.ctx.db.selectFrom("life_event").selectAll().where("organisation_id", "=", organisationId).where("id", "=", id).executeTakeFirst();
    if (existing && existing.person_id === personId && existing.created_by === this.ctx.authorId) return { event: (await this.views(organisationId, [existing]))[0] as LifeEventView, created: false };
    const row: LifeEventTable = {
      organisation_id: organisationId,
      id,
      person_id: personId,
      kind: input.kind,
      event_date: input.date,
      expected: input.expected ?? false ? 1 : 0,
      title: input.title || null,
      domains: toJson(input.domains ?? []),
      what_changes: input.whatChanges || null,
      own_words: input.ownWords || null,
      own_words_by: input.ownWords ? this.ctx.authorId : null,
      created_by: this.ctx.authorId,
      created_at: this.ctx.now(),
    };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("life_event").values(row).execute();
      await this.ctx.auditWrite(trx, { action: "life_event.create", entityType: "life_event", entityId: id, personId, basis: grant.basis });
    });
    return { event: (await this.views(organisationId, [row]))[0] as LifeEventView, created: true };
  }

  async list(personId: string): Promise<LifeEventView[]> {
    const grant = await this.ctx.access.requireRead(personId, "agenda");
    const rows = await this.ctx.db.selectFrom("life_event").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).orderBy("event_date", "desc").orderBy("id", "desc").limit(500).execute();
    this.ctx.auditRead({ action: "life_event.list", entityType: "life_event", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return this.views(grant.organisationId, rows);
  }

  /** The person's own words on the event, written by the person in the portal or by the worker with them; empty clears them. */
  async writeOwnWords(id: string, ownWords: string): Promise<LifeEventView> {
    const found = await this.ctx.db.selectFrom("life_event").select("person_id").where("organisation_id", "=", this.ctx.organisationId).where("id", "=", id).executeTakeFirst();
    if (!found) throw notFound("Life event not found");
    const grant = await this.ctx.access.require(found.person_id, "agenda");
    await this.ctx.transaction(async (trx) => {
      await trx.updateTable("life_event").set({ own_words: ownWords || null, own_words_by: ownWords ? this.ctx.authorId : null }).where("organisation_id", "=", grant.organisationId).where("id", "=", id).execute();
      await this.ctx.auditWrite(trx, { action: "life_event.own_words", entityType: "life_event", entityId: id, personId: found.person_id, basis: grant.basis });
    });
    const row = await this.ctx.db.selectFrom("life_event").selectAll().where("organisation_id", "=", grant.organisationId).where("id", "=", id).executeTakeFirstOrThrow();
    return (await this.views(grant.organisationId, [row]))[0] as LifeEventView;
  }

  private async views(organisationId: string, rows: LifeEventTable[]): Promise<LifeEventView[]> {
    const names = await userNames(this.ctx.db, organisationId, rows.map((r) => r.created_by));
    return rows.map((r) => {
      const kind = r.kind as LifeEventKind;
      return {
        id: r.id,
        personId: r.person_id,
        kind,
        date: r.event_date,
        expected: r.expected === 1,
        title: r.title,
        domains: fromJson<string[]>(r.domains, []),
        whatChanges: r.what_changes,
        ownWords: r.own_words,
        ownWordsBy: ownWordsAuthor(r.own_words_by),
        createdBy: { id: r.created_by, displayName: names.get(r.created_by) ?? "—" },
        createdAt: r.created_at,
        revisitAgenda: !isExpectedLifeEvent(kind),
      };
    });
  }
}

/** Who wrote own words down, from the author id kept beside them. */
export function ownWordsAuthor(by: string | null): "person" | "worker" | null {
  if (by === null) return null;
  return by.startsWith("person:") ? "person" : "worker";
}
