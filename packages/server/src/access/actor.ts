import type { Role } from "@nabij/domain";

/** Who is asking. Later issues add `person` (the portal) as a kind of actor. */
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
    };

export type UserActor = Extract<Actor, { kind: "user" }>;
