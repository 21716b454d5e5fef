import type { Kysely } from "kysely";
import { forbidden, notFound, PERSON_PARTS, type AccessBasis, type PersonPart } from "@nabij/domain";
import type { Database } from "../db/schema.ts";
import type { UserActor } from "./actor.ts";

/** Why the actor may see one person, and which parts of the file that covers. */
export interface Grant {
  personId: string;
  basis: AccessBasis;
  parts: readonly PersonPart[];
  consentId?: string;
}

const ALL_PARTS: readonly PersonPart[] = PERSON_PARTS;

/**
 * The one place that decides which persons an actor may see, and why.
 * - a worker (or admin) sees the persons they are involved with: basis "involvement";
 * - a coordinator also sees the persons their team's workers are involved with: basis "team".
 * Consent and emergency (break-the-glass) are added here by later issues; repositories only
 * ever call `visiblePersonIds` and `grant`, so they pick those up without change.
 */
export class PersonAccess {
  private readonly cache = new Map<string, Grant | null>();

  constructor(
    private readonly db: Kysely<Database>,
    readonly actor: UserActor,
  ) {}

  /** The workers whose involvement counts for this actor, the actor first. */
  private colleaguesQuery(db: Kysely<Database>) {
    const { organisationId, userId, role, teamIds } = this.actor;
    if (role !== "coordinator" || teamIds.length === 0) {
      return db.selectFrom("user_account").select("id as user_id").where("organisation_id", "=", organisationId).where("id", "=", userId);
    }
    return db
      .selectFrom("team_membership")
      .select("user_id")
      .where("organisation_id", "=", organisationId)
      .where("team_id", "in", teamIds);
  }

  /** A subquery of the ids of every person the actor may see; repositories filter on it. */
  visiblePersonIds(db: Kysely<Database> = this.db) {
    const { organisationId, userId } = this.actor;
    return db
      .selectFrom("involvement")
      .select("involvement.person_id")
      .where("involvement.organisation_id", "=", organisationId)
      .where((eb) => eb.or([eb("involvement.user_id", "=", userId), eb("involvement.user_id", "in", this.colleaguesQuery(db))]));
  }

  /** Grants for many persons at once (lists); persons the actor may not see are absent. */
  async grants(personIds: readonly string[]): Promise<Map<string, Grant>> {
    const missing = [...new Set(personIds)].filter((id) => !this.cache.has(id));
    if (missing.length > 0) {
      const rows = await this.db
        .selectFrom("involvement")
        .select(["person_id", "user_id"])
        .where("organisation_id", "=", this.actor.organisationId)
        .where("person_id", "in", missing)
        .where((eb) => eb.or([eb("user_id", "=", this.actor.userId), eb("user_id", "in", this.colleaguesQuery(this.db))]))
        .execute();
      for (const id of missing) this.cache.set(id, null);
      for (const row of rows) {
        const own = row.user_id === this.actor.userId;
        const current = this.cache.get(row.person_id);
        if (own || !current) {
          this.cache.set(row.person_id, { personId: row.person_id, basis: own ? "involvement" : "team", parts: ALL_PARTS });
        }
      }
    }
    const result = new Map<string, Grant>();
    for (const id of personIds) {
      const grant = this.cache.get(id);
      if (grant) result.set(id, grant);
    }
    return result;
  }

  async grant(personId: string): Promise<Grant | undefined> {
    return (await this.grants([personId])).get(personId);
  }

  /** The grant, or a 404: a person the actor may not see does not exist for them. */
  async require(personId: string, part: PersonPart): Promise<Grant> {
    const grant = await this.grant(personId);
    if (!grant || !grant.parts.includes(part)) throw notFound("Person not found");
    return grant;
  }

  /**
   * Who may change the workers involved with a person: anyone who sees the person, and an
   * admin of the organisation (basis "administration": the admin manages who works with
   * whom, and sees only the person's id and display name for it).
   */
  async manageInvolvement(personId: string): Promise<{ basis: string; consentId?: string }> {
    if (this.actor.role === "admin") {
      const person = await this.db.selectFrom("person").select("id").where("organisation_id", "=", this.actor.organisationId).where("id", "=", personId).executeTakeFirst();
      if (!person) throw notFound("Person not found");
      return { basis: "administration" };
    }
    return this.require(personId, "identity");
  }

  /** The audit trail of a person: for involved workers and for coordinators, not for consent holders (403). */
  async requireAuditTrail(personId: string): Promise<Grant> {
    const grant = await this.require(personId, "identity");
    const allowed = grant.basis === "involvement" || (grant.basis === "team" && this.actor.role === "coordinator");
    if (!allowed) throw forbidden("Only a coordinator or an involved worker sees the audit trail");
    return grant;
  }

  /** Forget cached grants after a change of involvement within the same request. */
  forget(personId: string): void {
    this.cache.delete(personId);
  }
}
