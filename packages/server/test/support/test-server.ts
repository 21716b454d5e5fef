import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { ManualClock, type Role } from "@nabij/domain";
import { createOrganisation, createTeam, createUser } from "../../src/admin/provisioning.ts";
import { loadConfig } from "../../src/config.ts";
import type { DialectName } from "../../src/db/connect.ts";
import { startServer, type RunningServer } from "../../src/server.ts";
import { loggedIn, portalClient, type Client } from "./client.ts";
import { openTestStore, type TestStore } from "./databases.ts";

export const PASSWORD = "correct horse battery staple";

export interface TestServer extends RunningServer {
  clock: ManualClock;
  store: TestStore;
  dialect: DialectName;
}

/** A real server on a random loopback port over its own database copy, with a clock tests move. */
export async function startTestServer(dialect: DialectName, env: Record<string, string> = {}): Promise<TestServer> {
  const store = await openTestStore(dialect);
  const clock = new ManualClock();
  const config = loadConfig({ PORT: "8080", NABIJ_PASSWORD_HASHING: "test", NABIJ_KEYS_DIR: inject("keysDir"), NABIJ_LOG_LEVEL: "silent", NABIJ_LOGIN_RATE_LIMIT: "10000", ...env });
  const server = await startServer({ ...config, port: 0, databaseUrl: store.url }, { clock, store, jobs: false });
  return {
    ...server,
    clock,
    store,
    dialect,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

export interface Account {
  id: string;
  email: string;
  role: Role;
}

/** A fresh organisation per test, with random e-mails, so tests never step on each other. */
export interface TestOrganisation {
  id: string;
  teamA: string;
  teamB: string;
  worker: Account;
  colleague: Account;
  otherTeamWorker: Account;
  coordinator: Account;
  otherCoordinator: Account;
  admin: Account;
}

export async function createTestOrganisation(server: TestServer): Promise<TestOrganisation> {
  const { db } = server.services;
  const clock = server.clock;
  const passwordHash = await server.services.hashPassword(PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const id = await createOrganisation(db, clock, { name: `Test organisation ${tag}` });
  const teamA = await createTeam(db, clock, id, "Team A");
  const teamB = await createTeam(db, clock, id, "Team B");
  const account = async (name: string, role: Role, teams: string[]): Promise<Account> => {
    const email = `${name}-${tag}@test.nabij.be`;
    return { id: await createUser(db, clock, id, { email, displayName: `${name} ${tag}`, role, teamIds: teams, passwordHash }), email, role };
  };
  return {
    id,
    teamA,
    teamB,
    worker: await account("worker", "worker", [teamA]),
    colleague: await account("colleague", "worker", [teamA]),
    otherTeamWorker: await account("other", "worker", [teamB]),
    coordinator: await account("coordinator", "coordinator", [teamA]),
    otherCoordinator: await account("othercoordinator", "coordinator", [teamB]),
    admin: await account("admin", "admin", []),
  };
}

export interface WorkerWithPerson {
  org: TestOrganisation;
  worker: Client;
  personId: string;
}

/** The usual start of an API test: a fresh organisation, its worker logged in, one person of theirs. */
export async function workerWithPerson(server: TestServer, displayName: string): Promise<WorkerWithPerson> {
  const org = await createTestOrganisation(server);
  const worker = await loggedIn(server.url, org.worker.email, PASSWORD);
  const created = await worker.post<{ id: string }>("/api/persons", { displayName });
  if (created.status !== 201) throw new Error(`creating the test person failed: ${created.status}`);
  return { org, worker, personId: created.body.id };
}

/** A passphrase that passes the portal's password check. */
export const PERSON_PASSWORD = "blauwe fiets op de brug";

/** The worker invites the person and the person activates: the person's portal client, logged in. */
export async function personInPortal(server: TestServer, worker: Client, personId: string, login = `person-${randomUUID().slice(0, 8)}`): Promise<Client> {
  const invitation = await worker.post<{ code: string }>(`/api/persons/${personId}/portal-invitations`);
  if (invitation.status !== 201) throw new Error(`invitation failed: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  const person = portalClient(server.url);
  const activated = await person.post<{ csrfToken: string }>("/api/portal/activate", { code: invitation.body.code, login, password: PERSON_PASSWORD });
  if (activated.status !== 201) throw new Error(`activation failed: ${activated.status} ${JSON.stringify(activated.body)}`);
  person.csrfToken = activated.body.csrfToken;
  return person;
}
