import type { Kysely, Transaction } from "kysely";
import { AppError, type TakeUpStatus } from "@nabij/domain";
import { parseSituation, type CheckReport, type Language, type Situation } from "@nabij/rights";
import type { RequestContext, Services } from "../access/context.ts";
import type { AuditActor } from "../audit/audit-log.ts";
import type { Database, RightsCheckTable } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";
import { newId } from "../ids.ts";
import { userNames } from "../users/user.repository.ts";
import { latestParameterChange, type RightsCatalogue } from "./rights-catalogue.ts";
import { runCheck, type CheckRun } from "./rights-check.ts";

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
  situation: { version: number; situation: Situation; recordedAt: string; recordedBy: { id: string; displayName: string } } | null;
  check: (CheckReport & { id: string; checkedAt: string; trigger: RightsCheckTable["trigger"]; stale: boolean }) | null;
  takeUp: TakeUpView[];
}

interface StoredResults {
  outcomes: CheckRun["outcomes"];
  reports: CheckRun["reports"];
}

type Db = Kysely<Database> | Transaction<Database>;

export const today = (services: Pick<Services, "clock">): string => services.clock.now().toISOString().slice(0, 10);

/** A check is stale when the packs changed or a parameter took a new value after the check's date. */
export function isStale(catalogue: RightsCatalogue, check: Pick<RightsCheckTable, "pack_fingerprint" | "check_date">, on: string): boolean {
  return check.pack_fingerprint !== catalogue.fingerprint || latestParameterChange(catalogue.pack, on) > check.check_date;
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
      const current = await latestSituation(trx, organisationId, personId);
      if ((current?.version ?? null) !== expectedVersion) throw new AppError("stale_version", "Someone changed this situation in the meantime; load it again");
      const version = (current?.version ?? 0) + 1;
      await trx.insertInto("rights_situation").values({ organisation_id: organisationId, person_id: personId, version, situation: toJson(situation), recorded_at: this.ctx.now(), recorded_by: this.ctx.authorId }).execute();
      const checkId = await storeCheck(trx, this.ctx.services, { organisationId, personId, situationVersion: version, situation }, "situation", this.ctx.authorId);
      await this.ctx.auditWrite(trx, { action: "rights.situation.save", entityType: "rights_situation", entityId: String(version), personId, basis: grant.basis });
      await this.ctx.auditWrite(trx, { action: "rights.check", entityType: "rights_check", entityId: checkId, personId, basis: grant.basis });
    });
    return this.get(personId, language);
  }

  /** Checks the stored situation again, today. */
  async recheck(personId: string, language: Language): Promise<PersonRightsView> {
    const grant = await this.ctx.access.require(personId, "rights");
    const { organisationId } = grant;
    await this.ctx.transaction(async (trx) => {
      const current = await latestSituation(trx, organisationId, personId);
      if (!current) throw new AppError("rule_violation", "There is no situation to check yet", [{ path: "body", code: "no_situation", message: "Enter the situation first" }]);
      const situation = storedSituation(current.situation);
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
    return {
      situation: situation ? { version: situation.version, situation: storedSituation(situation.situation), recordedAt: situation.recorded_at, recordedBy: who(situation.recorded_by) } : null,
      check:
        check && results
          ? { ...results.reports[language], id: check.id, checkedAt: check.checked_at, trigger: check.trigger, stale: isStale(this.ctx.services.rights, check, today(this.ctx.services)) }
          : null,
      takeUp: takeUps.map((t) => ({ rightId: t.right_id, status: t.status as TakeUpStatus, date: t.status_date, note: t.note, updatedAt: t.updated_at, updatedBy: who(t.updated_by) })),
    };
  }
}

/** A stored situation, read back through the schema (it was valid when stored; a newer schema may refuse old fields). */
export function storedSituation(json: string): Situation {
  const parsed = parseSituation(fromJson<unknown>(json, {}));
  return parsed.ok ? parsed.situation : {};
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
    await services.db.transaction().execute(async (trx) => {
      const current = await latestSituation(trx, organisationId, row.person_id);
      if (!current) return;
      const checkId = await storeCheck(trx, services, { organisationId, personId: row.person_id, situationVersion: current.version, situation: storedSituation(current.situation) }, "recheck", null);
      await services.audit.write(trx, actor, { action: "rights.check", entityType: "rights_check", entityId: checkId, personId: row.person_id, reason: "pack_or_parameter_changed" });
    });
    count += 1;
  }
  return count;
}
