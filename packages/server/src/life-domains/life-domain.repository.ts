import type { Kysely } from "kysely";
import { AppError, isBuiltInDomain, LIFE_DOMAINS, type DomainSettings } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { Database } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";

export interface LifeDomainView {
  key: string;
  /** The organisation's own names; null: the built-in translated name. */
  labels: { "nl-BE": string; "fr-BE": string; en: string } | null;
  hidden: boolean;
  builtIn: boolean;
}

export interface LifeDomainsView {
  domains: LifeDomainView[];
  version: number;
}

/**
 * An organisation's life domains: the 14 built-in ones in their default order until the
 * organisation chooses otherwise, then its own order, names, hidden ones and own domains.
 */
export async function lifeDomainsOf(db: Kysely<Database>, organisationId: string): Promise<LifeDomainsView> {
  const organisation = await db.selectFrom("organisation").select("life_domains_version").where("id", "=", organisationId).executeTakeFirstOrThrow();
  const rows = await db.selectFrom("life_domain_setting").selectAll().where("organisation_id", "=", organisationId).orderBy("position").execute();
  const domains: LifeDomainView[] =
    rows.length > 0
      ? rows.map((r) => ({ key: r.key, labels: r.labels ? fromJson<LifeDomainView["labels"]>(r.labels, null) : null, hidden: r.hidden === 1, builtIn: isBuiltInDomain(r.key) }))
      : LIFE_DOMAINS.map((key) => ({ key, labels: null, hidden: false, builtIn: true }));
  return { domains, version: organisation.life_domains_version };
}

/**
 * Refuses domain keys the organisation does not have (a field error at `path`). Hidden domains
 * stay valid: what was tagged before keeps its meaning.
 */
export async function checkDomainKeys(db: Kysely<Database>, organisationId: string, keys: readonly string[], path: string): Promise<void> {
  if (keys.length === 0) return;
  const known = new Set((await lifeDomainsOf(db, organisationId)).domains.map((d) => d.key));
  const index = keys.findIndex((key) => !known.has(key));
  if (index >= 0) throw new AppError("validation_failed", "The input is not valid", [{ path: `${path}.${index}`, code: "unknown_domain", message: "Not a life domain of this organisation" }]);
}

export class LifeDomainRepository {
  constructor(private readonly ctx: RequestContext) {}

  list(): Promise<LifeDomainsView> {
    return lifeDomainsOf(this.ctx.db, this.ctx.organisationId);
  }

  /** Replaces the configuration at once; a stale version changes nothing (409). */
  async update(input: DomainSettings): Promise<LifeDomainsView> {
    const { organisationId } = this.ctx.user;
    await this.ctx.transaction(async (trx) => {
      const bumped = await trx
        .updateTable("organisation")
        .set({ life_domains_version: input.version + 1 })
        .where("id", "=", organisationId)
        .where("life_domains_version", "=", input.version)
        .executeTakeFirst();
      if (Number(bumped.numUpdatedRows) !== 1) throw new AppError("stale_version", "The life domains were changed by someone else; reload and try again");
      await trx.deleteFrom("life_domain_setting").where("organisation_id", "=", organisationId).execute();
      await trx
        .insertInto("life_domain_setting")
        .values(input.domains.map((d, position) => ({ organisation_id: organisationId, key: d.key, labels: d.labels ? toJson(d.labels) : null, hidden: d.hidden ? 1 : 0, position })))
        .execute();
      await this.ctx.auditWrite(trx, { action: "life_domains.update", entityType: "organisation", entityId: organisationId });
    });
    return this.list();
  }
}
