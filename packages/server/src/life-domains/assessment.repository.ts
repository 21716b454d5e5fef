import { AppError, ratingChange, type AssessmentCreate } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { createOnce } from "../db/create-once.ts";
import type { AssessmentRatingTable, AssessmentTable } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";
import { newId } from "../ids.ts";
import { existingUserIds } from "../users/user.repository.ts";
import { checkDomainKeys, lifeDomainsOf } from "./life-domain.repository.ts";

export interface RatingView {
  domain: string;
  personRating: number | null;
  workerRating: number | null;
  note: string | null;
}

export interface AssessmentView {
  id: string;
  personId: string;
  assessedAt: string;
  participants: { person: boolean; workers: Array<{ id: string; displayName: string }>; others: string | null };
  ratings: RatingView[];
  note: string | null;
  createdBy: string;
  createdAt: string;
}

/** One domain at a glance: the last two assessments' ratings and what is tagged with it. */
export interface DomainOverview {
  key: string;
  /** The person's organisation's own names for the domain (null: the built-in name), so a reader of another organisation names it right. */
  labels: { "nl-BE": string; "fr-BE": string; en: string } | null;
  latest: { assessedAt: string; personRating: number | null; workerRating: number | null } | null;
  previous: { assessedAt: string; personRating: number | null; workerRating: number | null } | null;
  change: { person: number | null; worker: number | null };
  agendaItems: Array<{ id: string; title: string; status: string }>;
  encounters: Array<{ id: string; startedAt: string; placeType: string }>;
}

/** How many encounters per domain the overview lists (newest first). */
const ENCOUNTERS_PER_DOMAIN = 5;

/**
 * Assessments of a person's life domains, repeated over time, and the overview that puts them
 * next to what is tagged with each domain. Part "life_domains" of the person's file.
 */
export class AssessmentRepository {
  constructor(private readonly ctx: RequestContext) {}

  async list(personId: string): Promise<AssessmentView[]> {
    const grant = await this.ctx.access.requireRead(personId, "life_domains");
    const rows = await this.ctx.db.selectFrom("assessment").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).orderBy("assessed_at", "desc").orderBy("id", "desc").limit(200).execute();
    this.ctx.auditRead({ action: "assessment.list", entityType: "assessment", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return this.views(grant.organisationId, rows);
  }

  async create(personId: string, input: AssessmentCreate): Promise<{ assessment: AssessmentView; created: boolean }> {
    const grant = await this.ctx.access.require(personId, "life_domains");
    const { organisationId } = grant;
    await checkDomainKeys(this.ctx.db, organisationId, input.ratings.map((r) => r.domain), "body.ratings");
    const empty = input.ratings.findIndex((r) => (r.personRating ?? null) === null && (r.workerRating ?? null) === null && !r.note);
    if (empty >= 0) throw new AppError("validation_failed", "The input is not valid", [{ path: `body.ratings.${empty}`, code: "rating_empty", message: "Give a rating or a note, or leave the domain out" }]);
    const workerIds = [...new Set(input.participants.workerIds ?? [])];
    const known = await existingUserIds(this.ctx.db, organisationId, workerIds);
    const unknown = workerIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw new AppError("validation_failed", "The input is not valid", [{ path: `body.participants.workerIds.${unknown}`, code: "unknown_user", message: "No active account with this id in your organisation" }]);
    const id = input.id ?? newId(this.ctx.clock);
    const { value, created } = await createOnce({
      find: () => this.ctx.db.selectFrom("assessment").selectAll().where("organisation_id", "=", organisationId).where("id", "=", id).executeTakeFirst(),
      mine: (row) => row.person_id === personId && row.created_by === this.ctx.authorId,
      present: async (row) => (await this.views(organisationId, [row]))[0] as AssessmentView,
      insert: async () => {
        const now = this.ctx.now();
        const row: AssessmentTable = {
          organisation_id: organisationId,
          id,
          person_id: personId,
          assessed_at: new Date(input.assessedAt).toISOString(),
          person_took_part: input.participants.person ? 1 : 0,
          worker_ids: toJson(workerIds),
          others: input.participants.others || null,
          note: input.note || null,
          created_by: this.ctx.authorId,
          created_at: now,
        };
        const ratings: AssessmentRatingTable[] = input.ratings.map((r) => ({ organisation_id: organisationId, assessment_id: id, domain: r.domain, person_rating: r.personRating ?? null, worker_rating: r.workerRating ?? null, note: r.note || null }));
        await this.ctx.transaction(async (trx) => {
          await trx.insertInto("assessment").values(row).execute();
          await trx.insertInto("assessment_rating").values(ratings).execute();
          await this.ctx.auditWrite(trx, { action: "assessment.create", entityType: "assessment", entityId: id, personId, basis: grant.basis });
        });
        return (await this.views(organisationId, [row]))[0] as AssessmentView;
      },
    });
    return { assessment: value, created };
  }

  /** Every domain of the organisation (hidden ones only when they hold something), at a glance. */
  async overview(personId: string): Promise<DomainOverview[]> {
    const grant = await this.ctx.access.requireRead(personId, "life_domains");
    const { organisationId } = grant;
    const { domains } = await lifeDomainsOf(this.ctx.db, organisationId);
    const recent = await this.ctx.db.selectFrom("assessment").select(["id", "assessed_at"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).orderBy("assessed_at", "desc").orderBy("id", "desc").limit(200).execute();
    const ratings = recent.length
      ? await this.ctx.db.selectFrom("assessment_rating").selectAll().where("organisation_id", "=", organisationId).where("assessment_id", "in", recent.map((a) => a.id)).execute()
      : [];
    const at = new Map(recent.map((a, index) => [a.id, { assessedAt: a.assessed_at, index }]));
    // Items and encounters are shown per domain only to those who may see them, each read audited
    // with the grant (and consent) that covers it: a life-domains consent alone shows neither.
    const agendaGrant = grant.parts.includes("agenda") ? await this.ctx.access.requireRead(personId, "agenda") : undefined;
    const encounterGrant = grant.parts.includes("encounters") ? await this.ctx.access.requireRead(personId, "encounters") : undefined;
    const canSeeAgenda = agendaGrant !== undefined;
    const canSeeEncounters = encounterGrant !== undefined;
    const items = canSeeAgenda ? await this.ctx.db.selectFrom("agenda_item").select(["id", "title", "status", "domains"]).where("organisation_id", "=", organisationId).where("person_id", "=", personId).orderBy("position").execute() : [];
    const encounters = canSeeEncounters
      ? await this.ctx.db
          .selectFrom("encounter_person")
          .innerJoin("encounter", (j) => j.onRef("encounter.organisation_id", "=", "encounter_person.organisation_id").onRef("encounter.id", "=", "encounter_person.encounter_id"))
          .select(["encounter.id", "encounter.started_at", "encounter.place_type", "encounter.domains"])
          .where("encounter_person.organisation_id", "=", organisationId)
          .where("encounter_person.person_id", "=", personId)
          .where("encounter.domains", "!=", "[]")
          .orderBy("encounter.started_at", "desc")
          .limit(500)
          .execute()
      : [];
    this.ctx.auditRead({ action: "life_domains.overview", entityType: "assessment", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId });
    if (agendaGrant) this.ctx.auditRead({ action: "agenda.list", entityType: "agenda_item", personId, basis: agendaGrant.basis, consentId: agendaGrant.consentId ?? null, organisationId });
    if (encounterGrant) this.ctx.auditRead({ action: "encounter.list", entityType: "encounter", personId, basis: encounterGrant.basis, consentId: encounterGrant.consentId ?? null, organisationId });
    return domains.flatMap((domain) => {
      const mine = ratings
        .filter((r) => r.domain === domain.key && (r.person_rating !== null || r.worker_rating !== null))
        .map((r) => ({ ...r, ...(at.get(r.assessment_id) ?? { assessedAt: "", index: Number.MAX_SAFE_INTEGER }) }))
        .sort((a, b) => a.index - b.index);
      const point = (r: (typeof mine)[number] | undefined) => (r ? { assessedAt: r.assessedAt, personRating: r.person_rating, workerRating: r.worker_rating } : null);
      const [latest, previous] = [point(mine[0]), point(mine[1])];
      const taggedItems = items.filter((i) => fromJson<string[]>(i.domains, []).includes(domain.key)).map((i) => ({ id: i.id, title: i.title, status: i.status }));
      const taggedEncounters = encounters.filter((e) => fromJson<string[]>(e.domains, []).includes(domain.key)).slice(0, ENCOUNTERS_PER_DOMAIN).map((e) => ({ id: e.id, startedAt: e.started_at, placeType: e.place_type }));
      if (domain.hidden && !latest && taggedItems.length === 0 && taggedEncounters.length === 0) return [];
      return [
        {
          key: domain.key,
          labels: domain.labels,
          latest,
          previous,
          change: { person: ratingChange(previous?.personRating, latest?.personRating), worker: ratingChange(previous?.workerRating, latest?.workerRating) },
          agendaItems: taggedItems,
          encounters: taggedEncounters,
        },
      ];
    });
  }

  private async views(organisationId: string, rows: AssessmentTable[]): Promise<AssessmentView[]> {
    if (rows.length === 0) return [];
    const ratings = await this.ctx.db.selectFrom("assessment_rating").selectAll().where("organisation_id", "=", organisationId).where("assessment_id", "in", rows.map((r) => r.id)).execute();
    const workerIds = [...new Set(rows.flatMap((r) => fromJson<string[]>(r.worker_ids, [])))];
    const workers = workerIds.length ? await this.ctx.db.selectFrom("user_account").select(["id", "display_name"]).where("organisation_id", "=", organisationId).where("id", "in", workerIds).execute() : [];
    const name = new Map(workers.map((w) => [w.id, w.display_name]));
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      assessedAt: r.assessed_at,
      participants: { person: r.person_took_part === 1, workers: fromJson<string[]>(r.worker_ids, []).map((id) => ({ id, displayName: name.get(id) ?? "" })), others: r.others },
      ratings: ratings.filter((x) => x.assessment_id === r.id).map((x) => ({ domain: x.domain, personRating: x.person_rating, workerRating: x.worker_rating, note: x.note })),
      note: r.note,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }
}
