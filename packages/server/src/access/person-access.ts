import type { Kysely } from "kysely";
import { forbidden, notFound, PERSON_PARTS, type AccessBasis, type Clock, type PersonPart } from "@nabij/domain";
import type { Database } from "../db/schema.ts";
import { fromJson } from "../db/values.ts";
import type { PersonActor, UserActor } from "./actor.ts";

/** Why the actor may see one person, and which parts of the file that covers. */
export interface Grant {
  personId: string;
  /** The person's organisation: the actor's own, except when a consent opens another's. */
  organisationId: string;
  basis: AccessBasis;
  parts: readonly PersonPart[];
  /** The consent this access relies on (basis "consent"): audited with every use. */
  consentId?: string;
  /** Involvement, team and the person themself may change the file; a consent only lets read. */
  writable: boolean;
}

/** The consents that hold now for one person and recipient, each with the parts it covers. */
type ConsentGrant = Grant & { consents: Array<{ id: string; parts: readonly PersonPart[] }> };

const ALL_PARTS: readonly PersonPart[] = PERSON_PARTS;

/**
 * The one place that decides which persons an actor may see, and why.
 * - a worker (or admin) sees the persons they are involved with: basis "involvement";
 * - a coordinator also sees the persons their team's workers are involved with: basis "team";
 * - a worker with a consent that holds now (not yet ended, not withdrawn) for them or their
 *   organisation (administrators: only when named) reads the parts it names, read only: basis
 *   "consent", with the consent's id;
 * - a person in their portal sees only themself: basis "self".
 * Emergency (break-the-glass) is added here by a later issue. Repositories only ever call
 * `visiblePersonIds`, `grants`, `require` and `requireRead`, so they pick new bases up unchanged.
 */
export class PersonAccess {
  private readonly cache = new Map<string, ConsentGrant | null>();

  constructor(
    private readonly db: Kysely<Database>,
    readonly actor: UserActor | PersonActor,
    private readonly clock: Clock,
  ) {}

  /** The workers whose involvement counts for this actor, the actor first. */
  private colleaguesQuery(db: Kysely<Database>, actor: UserActor) {
    const { organisationId, userId, role, teamIds } = actor;
    if (role !== "coordinator" || teamIds.length === 0) {
      return db.selectFrom("user_account").select("id as user_id").where("organisation_id", "=", organisationId).where("id", "=", userId);
    }
    return db
      .selectFrom("team_membership")
      .select("user_id")
      .where("organisation_id", "=", organisationId)
      .where("team_id", "in", teamIds);
  }

  /**
   * A subquery of the ids of every person the actor works with; lists (caseload, today) filter
   * on it. Persons seen by consent are not in it: they are listed apart, as shared with the worker.
   */
  visiblePersonIds(db: Kysely<Database> = this.db) {
    const actor = this.actor;
    if (actor.kind === "person") {
      return db.selectFrom("person").select("person.id as person_id").where("person.organisation_id", "=", actor.organisationId).where("person.id", "=", actor.personId);
    }
    return db
      .selectFrom("involvement")
      .select("involvement.person_id")
      .where("involvement.organisation_id", "=", actor.organisationId)
      .where((eb) => eb.or([eb("involvement.user_id", "=", actor.userId), eb("involvement.user_id", "in", this.colleaguesQuery(db, actor))]));
  }

  /** The persons the worker is involved with themself (a subquery; "my caseload", without the team's). */
  involvedPersonIds(db: Kysely<Database> = this.db) {
    const actor = this.actor;
    if (actor.kind === "person") return this.visiblePersonIds(db);
    return db.selectFrom("involvement").select("involvement.person_id").where("involvement.organisation_id", "=", actor.organisationId).where("involvement.user_id", "=", actor.userId);
  }

  /** Grants for many persons at once (lists); persons the actor may not see are absent. */
  async grants(personIds: readonly string[]): Promise<Map<string, Grant>> {
    const missing = [...new Set(personIds)].filter((id) => !this.cache.has(id));
    if (missing.length > 0) {
      for (const id of missing) this.cache.set(id, null);
      const actor = this.actor;
      if (actor.kind === "person") {
        if (missing.includes(actor.personId)) {
          this.cache.set(actor.personId, { personId: actor.personId, organisationId: actor.organisationId, basis: "self", parts: ALL_PARTS, writable: true, consents: [] });
        }
      } else {
        await this.loadInvolvement(actor, missing);
        await this.loadConsents(actor, missing.filter((id) => this.cache.get(id) === null));
      }
    }
    const result = new Map<string, Grant>();
    for (const id of personIds) {
      const grant = this.cache.get(id);
      if (grant) result.set(id, grant);
    }
    return result;
  }

  private async loadInvolvement(actor: UserActor, ids: string[]): Promise<void> {
    const rows = await this.db
      .selectFrom("involvement")
      .select(["person_id", "user_id"])
      .where("organisation_id", "=", actor.organisationId)
      .where("person_id", "in", ids)
      .where((eb) => eb.or([eb("user_id", "=", actor.userId), eb("user_id", "in", this.colleaguesQuery(this.db, actor))]))
      .execute();
    for (const row of rows) {
      const own = row.user_id === actor.userId;
      if (own || !this.cache.get(row.person_id)) {
        this.cache.set(row.person_id, { personId: row.person_id, organisationId: actor.organisationId, basis: own ? "involvement" : "team", parts: ALL_PARTS, writable: true, consents: [] });
      }
    }
  }

  /** Consents that hold now, for the worker or for the worker's whole organisation. */
  private async loadConsents(actor: UserActor, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const now = this.clock.now().toISOString();
    const rows = await this.db
      .selectFrom("consent")
      .select(["organisation_id", "id", "person_id", "scopes"])
      .where("recipient_organisation_id", "=", actor.organisationId)
      .where("person_id", "in", ids)
      // An administrator sees person data only when named: an organisation-wide consent is for its workers.
      .where((eb) => (actor.role === "admin" ? eb("recipient_user_id", "=", actor.userId) : eb.or([eb("recipient_user_id", "is", null), eb("recipient_user_id", "=", actor.userId)])))
      .where("withdrawn_at", "is", null)
      .where("valid_from", "<=", now)
      .where((eb) => eb.or([eb("valid_until", "is", null), eb("valid_until", ">", now)]))
      .orderBy("valid_from")
      .orderBy("id")
      .execute();
    for (const row of rows) {
      const parts = fromJson<PersonPart[]>(row.scopes, []).filter((p) => ALL_PARTS.includes(p));
      const current = this.cache.get(row.person_id);
      const consents = [...(current?.consents ?? []), { id: row.id, parts }];
      this.cache.set(row.person_id, {
        personId: row.person_id,
        organisationId: row.organisation_id,
        basis: "consent",
        parts: [...new Set(consents.flatMap((c) => c.parts))],
        consentId: consents[0]?.id,
        writable: false,
        consents,
      });
    }
  }

  async grant(personId: string): Promise<Grant | undefined> {
    return (await this.grants([personId])).get(personId);
  }

  /** A grant to read one part, with the consent that covers that part; or a 404. */
  async requireRead(personId: string, part: PersonPart): Promise<Grant> {
    await this.grants([personId]);
    const grant = this.cache.get(personId);
    if (!grant || !grant.parts.includes(part)) throw notFound("Person not found");
    const { consents, ...rest } = grant;
    const consent = consents.find((c) => c.parts.includes(part));
    return consent ? { ...rest, consentId: consent.id } : rest;
  }

  /**
   * A grant to change (or to see everything of) one part: involvement, team or self. A person
   * the actor may not see, or sees only by consent, does not exist for this purpose: 404.
   */
  async require(personId: string, part: PersonPart): Promise<Grant> {
    const grant = await this.requireRead(personId, part);
    if (!grant.writable) throw notFound("Person not found");
    return grant;
  }

  /**
   * Who may change the workers involved with a person: anyone who works with the person, and an
   * admin of the organisation (basis "administration": the admin manages who works with
   * whom, and sees only the person's id and display name for it).
   */
  async manageInvolvement(personId: string): Promise<{ basis: string; consentId?: string }> {
    if (this.actor.kind === "user" && this.actor.role === "admin") {
      const person = await this.db.selectFrom("person").select("id").where("organisation_id", "=", this.actor.organisationId).where("id", "=", personId).executeTakeFirst();
      if (!person) throw notFound("Person not found");
      return { basis: "administration" };
    }
    return this.require(personId, "identity");
  }

  /** The audit trail of a person: for involved workers and for coordinators, not for consent holders (403). */
  async requireAuditTrail(personId: string): Promise<Grant> {
    return this.requireInvolvedOrCoordinator(personId, "Only a coordinator or an involved worker sees the audit trail");
  }

  /** The whole file leaving Nabij (a FHIR export): an involved worker or the team's coordinator (403 for others who see the person). */
  async requireExport(personId: string): Promise<Grant> {
    return this.requireInvolvedOrCoordinator(personId, "Only a coordinator or an involved worker exports the person's referrals and goals");
  }

  private async requireInvolvedOrCoordinator(personId: string, refusal: string): Promise<Grant> {
    const grant = await this.require(personId, "identity");
    const coordinator = this.actor.kind === "user" && this.actor.role === "coordinator";
    const allowed = grant.basis === "involvement" || (grant.basis === "team" && coordinator);
    if (!allowed) throw forbidden(refusal);
    return grant;
  }

  /** Forget cached grants after a change of involvement or consent within the same request. */
  forget(personId: string): void {
    this.cache.delete(personId);
  }
}
