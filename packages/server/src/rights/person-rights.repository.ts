import type { Kysely, Transaction } from "kysely";
import { AppError, belgianDay, type FieldError, type TakeUpStatus } from "@nabij/domain";
import { parseSituation, type CheckReport, type Language, type Situation } from "@nabij/rights";
import type { RequestContext, Services } from "../access/context.ts";
import type { AuditActor } from "../audit/audit-log.ts";
import type { Database, RightsCheckTable } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";
import { forUpdate } from "../db/dialect.ts";
import { newId } from "../ids.ts";
import { userNames } from "../users/user.repository.ts";
import { latestParameterChange, type RightsCatalogue } from "./rights-catalogue.ts";
import { runCheck, type CheckRun } from "./rights-check.ts";
import { scheduleRecheck } from "./recheck-schedule.ts";

/**
 * A person's rights: the situation (every save a new version, with its date), the checks run on
 * it and the take-up per right. Part "rights" of the person's file.
 */

export interface TakeUpView {
  rightId: string;
  status: TakeUpStatus;
  date: string;
  note: string | null;
  updatedAt: string;
  updatedBy: { id: string; displayName: string };
}

export interface PersonRightsView {
  /**
   * `problems` is set when the stored situation no longer fits the situation format (after a
   * change of the format): it is shown as stored and not checked until someone corrects it.
   */
  situation: { version: number; situation: Situation; recordedAt: string; recordedBy: { id: string; displayName: string }; problems?: FieldError[] } | null;
  check: (CheckReport & { id: string; checkedAt: string; trigger: RightsCheckTable["trigger"]; stale: boolean }) | null;
  takeUp: TakeUpView[];
}

interface StoredResults {
  outcomes: CheckRun["outcomes"];
  reports: CheckRun["reports"];
}

type Db = Kysely<Database> | Transaction<Database>;

/** Today in Belgium: figures change at midnight Brussels time, not UTC. */
export const today = (services: Pick<Services, "clock">): string => belgianDay(services.clock.now()).date;

/** Facts that move with the date (ages, full months of leefloon, "last year's" income, days since a delivery) are re-read at least this often. */
const RECHECK_AFTER_DAYS = 7;

/**
 * A check is stale when the packs changed, a parameter took a new value after the check's date,
 * the month changed since (last year's income, full months, ages), or it is a week old.
 */
export function isStale(catalogue: RightsCatalogue, check: Pick<RightsCheckTable, "pack_fingerprint" | "check_date">, on: string): boolean {
  if (check.pack_fingerprint !== catalogue.fingerprint || latestParameterChange(catalogue.pack, on) > check.check_date) return true;
  if (check.check_date.slice(0, 7) !== on.slice(0, 7)) return true;
  return Date.parse(on) - Date.parse(check.check_date) >= RECHECK_AFTER_DAYS * 86_400_000;
}

/** Serialises changes to one person's rights (PostgreSQL: a row lock; SQLite runs one writer at a time). */
async function lockPerson(trx: Transaction<Database>, services: Pick<Services, "dialect">, organisationId: string, personId: string): Promise<void> {
  await forUpdate(services.dialect, trx.selectFrom("person").select("id").where("organisation_id", "=", organisationId).where("id", "=", personId)).execute();
}

async function latestSituation(db: Db, organisationId: string, personId: string) {
  return db.selectFrom("rights_situation").selectAll().where("organisation_id", "=", organisationId).where("person_id", "=", personId).orderBy("version", "desc").limit(1).executeTakeFirst();
}

/** The person's latest check: the one their outcomes point to (times can tie; this cannot). */
async function latestCheck(db: Db, organisationId: string, personId: string) {
  const pointer = db.selectFrom("rights_outcome").select("check_id").where("organisation_id", "=", organisationId).where("person_id", "=", personId).limit(1);
  return db.selectFrom("rights_check").selectAll().where("organisation_id", "=", organisationId).where("id", "in", pointer).executeTakeFirst();
}

/** Stores a check and makes it the person's latest outcome per right (what the radar reads). */
export async function storeCheck(
  trx: Transaction<Database>,
  services: Pick<Services, "clock" | "rights">,
  target: { organisationId: string; personId: string; situationVersion: number; situation: Situation },
  trigger: RightsCheckTable["trigger"],
  checkedBy: string | null,
): Promise<string> {
  const date = today(services);
  const run = runCheck(services.rights.pack, target.situation, date);
  const id = newId(services.clock);
  const now = services.clock.now().toISOString();
  const results: StoredResults = { outcomes: run.outcomes, reports: run.reports };
  await trx
    .insertInto("rights_check")
    .values({ organisation_id: target.organisationId, id, person_id: target.personId, situation_version: target.situationVersion, check_date: date, checked_at: now, pack_fingerprint: services.rights.fingerprint, trigger, results: toJson(results), checked_by: checkedBy })
    .execute();
  await trx.deleteFrom("rights_outcome").where("organisation_id", "=", target.organisationId).where("person_id", "=", target.personId).execute();
  if (run.outcomes.length > 0) {
    await trx
      .insertInto("rights_outcome")
      .values(run.outcomes.map((o) => ({ organisation_id: target.organisationId, person_id: target.personId, right_id: o.id, outcome: o.outcome, automatic: o.automatic ? 1 : 0, check_id: id, checked_at: now })))
      .execute();
  }
  return id;
}

export class PersonRightsRepository {
  constructor(private readonly ctx: RequestContext) {}

  async get(personId: string, language: Language): Promise<PersonRightsView> {
    const grant = await this.ctx.access.requireRead(personId, "rights");
    const view = await this.view(grant.organisationId, personId, language);
    this.ctx.auditRead({ action: "rights.read", entityType: "rights_check", entityId: view.check?.id ?? null, personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return view;
  }

  /** Stores a new version of the situation and checks it at once. */
  async saveSituation(personId: string, situation: Situation, expectedVersion: number | null, language: Language): Promise<PersonRightsView> {
    const grant = await this.ctx.access.require(personId, "rights");
    const { organisationId } = grant;
    await this.ctx.transaction(async (trx) => {
      await lockPerson(trx, this.ctx.services, organisationId, personId);
      const current = await latestSituation(trx, organisationId, personId);
      if ((current?.version ?? null) !== expectedVersion) throw new AppError("stale_version", "Someone changed this situation in the meantime; load it again");
      const version = (current?.version ?? 0) + 1;
      await trx.insertInto("rights_situation").values({ organisation_id: organisationId, person_id: personId, version, situation: toJson(situation), recorded_at: this.ctx.now(), recorded_by: this.ctx.authorId }).execute();
      const checkId = await storeCheck(trx, this.ctx.services, { organisationId, personId, situationVersion: version, situation }, "situation", this.ctx.authorId);
      await this.ctx.auditWrite(trx, { action: "rights.situation.save", entityType: "rights_situation", entityId: String(version), personId, basis: grant.basis });
      await this.ctx.auditWrite(trx, { action: "rights.check", entityType: "rights_check", entityId: checkId, personId, basis: grant.basis });
    });
    // The organisation's first situation starts its daily re-check.
    await scheduleRecheck(this.ctx.services, organisationId, new Date(this.ctx.clock.now().getTime() + 24 * 3600_000));
    return this.get(personId, language);
  }

  /** Checks the stored situation again, today. */
  async recheck(personId: string, language: Language): Promise<PersonRightsView> {
    const grant = await this.ctx.access.require(personId, "rights");
    const { organisationId } = grant;
    await this.ctx.transaction(async (trx) => {
      await lockPerson(trx, this.ctx.services, organisationId, personId);
      const current = await latestSituation(trx, organisationId, personId);
      if (!current) throw new AppError("rule_violation", "There is no situation to check yet", [{ path: "body", code: "no_situation", message: "Enter the situation first" }]);
      const stored = storedSituation(current.situation);
      if (!stored.ok) throw new AppError("rule_violation", "The stored situation no longer fits the situation format; correct it first", stored.errors.map((e) => ({ path: `situation.${e.path}`, code: "stored_situation_invalid", message: e.message })));
      const situation = stored.situation;
      const checkId = await storeCheck(trx, this.ctx.services, { organisationId, personId, situationVersion: current.version, situation }, "worker", this.ctx.authorId);
      await this.ctx.auditWrite(trx, { action: "rights.check", entityType: "rights_check", entityId: checkId, personId, basis: grant.basis });
    });
    return this.get(personId, language);
  }

  private async view(organisationId: string, personId: string, language: Language): Promise<PersonRightsView> {
    const db = this.ctx.db;
    const situation = await latestSituation(db, organisationId, personId);
    const check = await latestCheck(db, organisationId, personId);
    const takeUps = await db.selectFrom("rights_take_up").selectAll().where("organisation_id", "=", organisationId).where("person_id", "=", personId).orderBy("right_id").execute();
    const names = await userNames(db, organisationId, [...(situation ? [situation.recorded_by] : []), ...takeUps.map((t) => t.updated_by)]);
    const who = (id: string) => ({ id, displayName: names.get(id) ?? (id.startsWith("person:") ? "—" : id) });
    const results = check ? fromJson<StoredResults | null>(check.results, null) : null;
    const stored = situation ? storedSituation(situation.situation) : undefined;
    return {
      situation:
        situation && stored
          ? {
              version: situation.version,
              situation: stored.ok ? stored.situation : (fromJson<Situation>(situation.situation, {}) ?? {}),
              recordedAt: situation.recorded_at,
              recordedBy: who(situation.recorded_by),
              ...(stored.ok ? {} : { problems: stored.errors.map((e) => ({ path: `situation.${e.path}`, code: "stored_situation_invalid", message: e.message })) }),
            }
          : null,
      check:
        check && results
          ? { ...results.reports[language], id: check.id, checkedAt: check.checked_at, trigger: check.trigger, stale: isStale(this.ctx.services.rights, check, today(this.ctx.services)) }
          : null,
      takeUp: takeUps.map((t) => ({ rightId: t.right_id, status: t.status as TakeUpStatus, date: t.status_date, note: t.note, updatedAt: t.updated_at, updatedBy: who(t.updated_by) })),
    };
  }
}

/** A stored situation, read back through the schema (it fitted when stored; a later format may refuse it). */
export function storedSituation(json: string): ReturnType<typeof parseSituation> {
  return parseSituation(fromJson<unknown>(json, {}));
}

/**
 * Re-checks every person of an organisation whose latest check is stale (the packs or a
 * parameter changed). Runs as a job; audited as the system.
 */
export async function recheckStale(services: Services, organisationId: string): Promise<number> {
  const on = today(services);
  // The latest check of each person is the one their outcomes point to.
  const latest = await services.db
    .selectFrom("rights_check as c")
    .select(["c.person_id", "c.pack_fingerprint", "c.check_date"])
    .where("c.organisation_id", "=", organisationId)
    .where("c.id", "in", (eb) => eb.selectFrom("rights_outcome").select("check_id").distinct().where("organisation_id", "=", organisationId))
    .execute();
  const actor: AuditActor = { organisationId, actorKind: "system", actorId: null, requestId: null };
  let count = 0;
  for (const row of latest) {
    if (!isStale(services.rights, row, on)) continue;
    const done = await services.db.transaction().execute(async (trx) => {
      await lockPerson(trx, services, organisationId, row.person_id);
      // Read again under the lock: a worker may have saved a newer situation (and checked it) meanwhile.
      const check = await latestCheck(trx, organisationId, row.person_id);
      const current = await latestSituation(trx, organisationId, row.person_id);
      if (!current || (check && check.situation_version === current.version && !isStale(services.rights, check, on))) return false;
      const stored = storedSituation(current.situation);
      if (!stored.ok) return false; // never check what no longer parses; the person's page shows the problems
      const checkId = await storeCheck(trx, services, { organisationId, personId: row.person_id, situationVersion: current.version, situation: stored.situation }, "recheck", null);
      await services.audit.write(trx, actor, { action: "rights.check", entityType: "rights_check", entityId: checkId, personId: row.person_id, reason: "recheck" });
      return true;
    });
    if (done) count += 1;
  }
  return count;
}
