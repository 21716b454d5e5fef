import type { Kysely, Transaction } from "kysely";
import { AppError, type Clock } from "@nabij/domain";
import type { AuditActor, AuditEntry, AuditLog } from "../audit/audit-log.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/schema.ts";
import type { DialectName } from "../db/connect.ts";
import type { Actor, PersonActor, UserActor } from "./actor.ts";
import { PersonAccess } from "./person-access.ts";
import type { RightsCatalogue } from "../rights/rights-catalogue.ts";

/** The author id of rows a person writes in their portal. */
export const personAuthor = (personId: string): string => `person:${personId}`;

/** What every part of the server shares for the lifetime of the process. */
export interface Services {
  db: Kysely<Database>;
  dialect: DialectName;
  clock: Clock;
  config: Config;
  audit: AuditLog;
  hashPassword(password: string): Promise<string>;
  verifyPassword(hash: string, password: string): Promise<boolean>;
  sessionKey: Buffer;
  /** The key of the signal pseudonyms (kept outside the database, like the session key). */
  signalKey: Buffer;
  /** The rule packs, loaded and compiled once at start. */
  rights: RightsCatalogue;
}

/**
 * Built once per request: who is asking, and (for users) the person access that decides,
 * per person, why they may see them. Repositories take this context, never the bare database.
 */
export class RequestContext {
  private personAccess: PersonAccess | undefined;

  constructor(
    readonly services: Services,
    readonly actor: Actor,
    readonly requestId: string,
  ) {}

  get db(): Kysely<Database> {
    return this.services.db;
  }

  get clock(): Clock {
    return this.services.clock;
  }

  now(): string {
    return this.services.clock.now().toISOString();
  }

  /** The logged-in user, or a 401. */
  get user(): UserActor {
    if (this.actor.kind !== "user") throw new AppError("unauthenticated", "Log in first");
    return this.actor;
  }

  /** The person logged in to their portal, or a 401. */
  get person(): PersonActor {
    if (this.actor.kind !== "person") throw new AppError("unauthenticated", "Log in first");
    return this.actor;
  }

  /** The logged-in actor (worker or person), or a 401. */
  private get loggedIn(): UserActor | PersonActor {
    if (this.actor.kind === "anonymous") throw new AppError("unauthenticated", "Log in first");
    return this.actor;
  }

  /** The actor's own organisation. */
  get organisationId(): string {
    return this.loggedIn.organisationId;
  }

  /**
   * Who wrote a row (created_by, changed_by): a user id, or "person:<personId>" when the
   * person did it in their portal.
   */
  get authorId(): string {
    const actor = this.loggedIn;
    return actor.kind === "user" ? actor.userId : personAuthor(actor.personId);
  }

  get access(): PersonAccess {
    this.personAccess ??= new PersonAccess(this.services.db, this.loggedIn, this.services.clock);
    return this.personAccess;
  }

  private auditActor(): AuditActor {
    const actor = this.loggedIn;
    return actor.kind === "user"
      ? { organisationId: actor.organisationId, actorKind: "user", actorId: actor.userId, requestId: this.requestId }
      : { organisationId: actor.organisationId, actorKind: "person", actorId: actor.accountId, requestId: this.requestId };
  }

  /** Records a write in the same transaction as the change. */
  auditWrite(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
    return this.services.audit.write(trx, this.auditActor(), entry);
  }

  /** Records a read; committed within 100 ms. */
  auditRead(entry: AuditEntry): void {
    this.services.audit.read(this.auditActor(), entry);
  }

  transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.services.db.transaction().execute(work);
  }
}
