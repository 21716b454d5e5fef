import type { ExpressionBuilder } from "kysely";
import type { RadarScope, TakeUpStatus } from "@nabij/domain";
import type { Language } from "@nabij/rights";
import type { RequestContext } from "../access/context.ts";
import { requireScope } from "../access/scope.ts";
import type { Database } from "../db/schema.ts";
import { decodeCursor, encodeCursor, type Page } from "../http/cursor.ts";

/**
 * The non-take-up radar: from each person's latest check, who is probably entitled (entitled or
 * maybe) to a right they have not applied for, and which automatic rights are not granted.
 * Counts may cover the whole organisation; the list only ever holds persons the reader works with.
 */

export interface RadarQuery {
  scope: RadarScope;
  right?: string;
  automatic?: boolean;
  cursor?: string;
  limit: number;
}

export interface RadarCount {
  rightId: string;
  name: string;
  entitled: number;
  maybe: number;
  automaticNotGranted: number;
}

export interface RadarItem {
  personId: string;
  displayName: string;
  rightId: string;
  rightName: string;
  outcome: "entitled" | "maybe";
  automatic: boolean;
  takeUp: TakeUpStatus;
  checkedAt: string;
}

const OPEN: readonly TakeUpStatus[] = ["unknown", "to_apply"];
const NOT_GRANTED_AUTOMATIC_EXCLUDES: readonly TakeUpStatus[] = ["granted", "not_wanted"];
const SEP = "\u0001";

type Eb = ExpressionBuilder<Database & { o: Database["rights_outcome"]; t: Database["rights_take_up"]; p: Database["person"] }, "o" | "t" | "p">;

/** Probable non-take-up, or an automatic right not granted. */
function onRadar(eb: Eb, automaticOnly: boolean) {
  const status = eb.fn.coalesce("t.status", eb.val("unknown"));
  const automaticNotGranted = eb.and([eb("o.outcome", "=", "entitled"), eb("o.automatic", "=", 1), eb(status, "not in", NOT_GRANTED_AUTOMATIC_EXCLUDES)]);
  if (automaticOnly) return automaticNotGranted;
  return eb.or([eb.and([eb("o.outcome", "in", ["entitled", "maybe"]), eb(status, "in", OPEN)]), automaticNotGranted]);
}

export class RadarRepository {
  constructor(private readonly ctx: RequestContext) {}

  /** The persons whose rows the list may show for this scope. */
  private listedPersons(scope: RadarScope) {
    return scope === "mine" ? this.ctx.access.involvedPersonIds() : this.ctx.access.visiblePersonIds();
  }

  private base(scope: RadarScope, query: RadarQuery, forCounts: boolean) {
    const { organisationId } = this.ctx.user;
    let q = this.ctx.db
      .selectFrom("rights_outcome as o")
      .innerJoin("person as p", (j) => j.onRef("p.organisation_id", "=", "o.organisation_id").onRef("p.id", "=", "o.person_id"))
      .leftJoin("rights_take_up as t", (j) => j.onRef("t.organisation_id", "=", "o.organisation_id").onRef("t.person_id", "=", "o.person_id").onRef("t.right_id", "=", "o.right_id"))
      .where("o.organisation_id", "=", organisationId)
      .where((eb) => onRadar(eb as unknown as Eb, query.automatic === true));
    if (!(forCounts && scope === "organisation")) q = q.where("o.person_id", "in", this.listedPersons(scope));
    if (query.right) q = q.where("o.right_id", "=", query.right);
    return q;
  }

  private rightName(language: Language): (id: string) => string {
    const names = new Map(this.ctx.services.rights.pack.rights.map((r) => [r.file.id, r.file.names[language]]));
    return (id) => names.get(id) ?? id;
  }

  async counts(query: RadarQuery, language: Language): Promise<RadarCount[]> {
    requireScope(this.ctx.user, query.scope);
    const rows = await this.base(query.scope, query, true)
      .select((eb) => ["o.right_id", "o.outcome", "o.automatic", eb.fn.coalesce("t.status", eb.val("unknown")).as("status"), eb.fn.countAll<string | number>().as("n")])
      .groupBy(["o.right_id", "o.outcome", "o.automatic", "t.status"])
      .execute();
    const name = this.rightName(language);
    const byRight = new Map<string, RadarCount>();
    for (const rightId of this.ctx.services.rights.pack.rights.map((r) => r.file.id)) byRight.set(rightId, { rightId, name: name(rightId), entitled: 0, maybe: 0, automaticNotGranted: 0 });
    for (const row of rows) {
      const count = byRight.get(row.right_id);
      if (!count) continue;
      const n = Number(row.n);
      const status = row.status as TakeUpStatus;
      if (OPEN.includes(status)) {
        if (row.outcome === "entitled") count.entitled += n;
        else if (row.outcome === "maybe") count.maybe += n;
      }
      if (row.outcome === "entitled" && row.automatic === 1 && !NOT_GRANTED_AUTOMATIC_EXCLUDES.includes(status)) count.automaticNotGranted += n;
    }
    return [...byRight.values()].filter((c) => !query.right || c.rightId === query.right);
  }

  /** Every row of the list (for the CSV export), page by page, at most `max`. */
  async allItems(query: Omit<RadarQuery, "cursor" | "limit">, language: Language, max = 10_000): Promise<RadarItem[]> {
    const items: RadarItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.items({ ...query, ...(cursor ? { cursor } : {}), limit: 100 }, language);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && items.length < max);
    return items;
  }

  async items(query: RadarQuery, language: Language): Promise<Page<RadarItem>> {
    requireScope(this.ctx.user, query.scope);
    let q = this.base(query.scope, query, false).select((eb) => ["o.person_id", "p.display_name", "o.right_id", "o.outcome", "o.automatic", "o.checked_at", eb.fn.coalesce("t.status", eb.val("unknown")).as("status")]);
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      const [right = "", name = ""] = cursor.key.split(SEP);
      q = q.where((eb) =>
        eb.or([
          eb("o.right_id", ">", right),
          eb.and([eb("o.right_id", "=", right), eb("p.display_name", ">", name)]),
          eb.and([eb("o.right_id", "=", right), eb("p.display_name", "=", name), eb("o.person_id", ">", cursor.id)]),
        ]),
      );
    }
    const rows = await q.orderBy("o.right_id").orderBy("p.display_name").orderBy("o.person_id").limit(query.limit + 1).execute();
    const page = rows.slice(0, query.limit);
    const name = this.rightName(language);
    const items: RadarItem[] = page.map((r) => ({
      personId: r.person_id,
      displayName: r.display_name,
      rightId: r.right_id,
      rightName: name(r.right_id),
      outcome: r.outcome === "entitled" ? "entitled" : "maybe",
      automatic: r.automatic === 1,
      takeUp: r.status as TakeUpStatus,
      checkedAt: r.checked_at,
    }));
    if (items.length > 0) this.ctx.auditRead({ action: "rights.radar", entityType: "rights_outcome", personIds: [...new Set(items.map((i) => i.personId))], reason: query.scope });
    const last = page[page.length - 1];
    return rows.length > query.limit && last ? { items, nextCursor: encodeCursor({ key: `${last.right_id}${SEP}${last.display_name}`, id: last.person_id }) } : { items };
  }
}
