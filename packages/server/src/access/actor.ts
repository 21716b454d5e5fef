import type { Role } from "@nabij/domain";

/**
 * Who is asking: nobody, a worker (user), or a person in their own portal. Workers and persons
 * log in in separate realms (cookies, sessions, routes), so one request is never both.
 */
export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      organisationId: string;
      userId: string;
      role: Role;
      /** The teams the user belongs to. */
      teamIds: string[];
      sessionId: string;
    }
  | {
      kind: "person";
      organisationId: string;
      /** The person whose portal this is: the only person this actor can ever reach. */
      personId: string;
      accountId: string;
      sessionId: string;
    };

export type UserActor = Extract<Actor, { kind: "user" }>;
export type PersonActor = Extract<Actor, { kind: "person" }>;
