import { seedDemoProcess } from "./demo-process.ts";
import { seedDemoRights } from "./demo-rights.ts";
import type { Kysely } from "kysely";
import { DAY, foldForSearch, LIFE_DOMAINS, makeInsz, PLACE_TYPES, type Clock } from "@nabij/domain";
import { createOrganisation, createTeam, createUser } from "../admin/provisioning.ts";
import type { Database } from "../db/schema.ts";
import { AuditLog } from "../audit/audit-log.ts";
import { newId } from "../ids.ts";
import { demoSocialMap } from "../socialmap/demo-map.ts";
import { importSocialMap, type SocialMapStore } from "../socialmap/socialmap-import.ts";
import { DEMO2_PERSON_NAMES, DEMO_AGENDA, DEMO_ANONYMOUS, DEMO_NOTES, DEMO_PERSON_NAMES, DEMO_STRENGTHS } from "./demo-data.ts";

export const DEMO_PASSWORD = "nabij-demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "worker@demo.nabij.be", role: "worker", organisation: "Sociaal Huis Demostad" },
  { email: "coordinator@demo.nabij.be", role: "coordinator", organisation: "Sociaal Huis Demostad" },
  { email: "admin@demo.nabij.be", role: "admin", organisation: "Sociaal Huis Demostad" },
  { email: "worker@demo2.nabij.be", role: "worker", organisation: "CAW Voorbeeldregio" },
] as const;

/**
 * The fictional generated social map, imported into every organisation of the demo (an
 * installation's organisations that want the same map import the same HSDS data).
 */
export async function seedDemoMap(store: SocialMapStore, clock: Clock): Promise<void> {
  const organisations = await store.db.selectFrom("organisation").select("id").orderBy("id").execute();
  const map = demoSocialMap();
  const audit = new AuditLog(store.db, clock, (error) => console.error(error));
  for (const { id } of organisations) await importSocialMap(store, { organisationId: id, clock, audit }, map);
}

/** The first person of the demo worker has their own portal account (password DEMO_PASSWORD). */
export const DEMO_PERSON_LOGIN = "demo-persoon";

/** A small deterministic generator, so the demo is the same on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("organisation").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

interface PersonSeed {
  organisationId: string;
  names: readonly string[];
  workers: string[];
  random: () => number;
}

async function seedPersons(db: Kysely<Database>, clock: Clock, seed: PersonSeed): Promise<void> {
  const now = clock.now().getTime();
  for (const [index, name] of seed.names.entries()) {
    const personId = newId(clock);
    const worker = seed.workers[index % seed.workers.length] ?? "";
    const createdAt = new Date(now - (200 + index) * DAY).toISOString();
    const year = 1950 + Math.floor(seed.random() * 55);
    const withInsz = index % 3 === 0;
    await db
      .insertInto("person")
      .values({
        organisation_id: seed.organisationId,
        id: personId,
        display_name: name,
        display_name_search: foldForSearch(name),
        legal_name: null,
        legal_name_search: null,
        birth_date: withInsz ? `${year}-0${1 + (index % 9)}-1${index % 9}` : null,
        insz: withInsz ? makeInsz({ year, month: 1 + (index % 9), day: 10 + (index % 9) }, 100 + index) : null,
        phone: index % 2 === 0 ? `0470 00 ${String(10 + index).padStart(2, "0")} ${String(20 + index).padStart(2, "0")}` : null,
        email: null,
        languages: JSON.stringify(index % 4 === 1 ? ["nl", "ar"] : index % 4 === 3 ? ["fr"] : ["nl"]),
        contact_preference: index % 5 === 0 ? "via_worker" : null,
        created_by: worker,
        created_at: createdAt,
        updated_at: createdAt,
        version: 1,
      })
      .execute();
    await db.insertInto("involvement").values({ organisation_id: seed.organisationId, person_id: personId, user_id: worker, created_by: worker, created_at: createdAt }).execute();
    const encounters = 1 + Math.floor(seed.random() * 5);
    for (let e = 0; e < encounters; e++) {
      await seedEncounter(db, clock, seed, { personId, worker, daysAgo: Math.floor(seed.random() * 120) });
    }
  }
}

async function seedEncounter(db: Kysely<Database>, clock: Clock, seed: PersonSeed, at: { personId: string | null; worker: string; daysAgo: number; anonymous?: (typeof DEMO_ANONYMOUS)[number] }): Promise<void> {
  const id = newId(clock);
  const started = new Date(clock.now().getTime() - at.daysAgo * DAY - Math.floor(seed.random() * 8) * 3_600_000).toISOString();
  await db
    .insertInto("encounter")
    .values({
      organisation_id: seed.organisationId,
      id,
      started_at: started,
      duration_minutes: [10, 15, 30, 45, 60][Math.floor(seed.random() * 5)] ?? 30,
      place_type: at.anonymous ? "street" : (PLACE_TYPES[Math.floor(seed.random() * PLACE_TYPES.length)] ?? "home"),
      note: at.anonymous ? null : (DEMO_NOTES[Math.floor(seed.random() * DEMO_NOTES.length)] ?? null),
      anonymous_nickname: at.anonymous?.nickname ?? null,
      anonymous_description: at.anonymous?.description ?? null,
      anonymous_head_count: at.anonymous?.headCount ?? null,
      // About one note in four is shared with the person, so "what we agreed" has something to show.
      note_shared: !at.anonymous && seed.random() < 0.25 ? 1 : 0,
      domains: at.anonymous ? "[]" : JSON.stringify([LIFE_DOMAINS[Math.floor(seed.random() * LIFE_DOMAINS.length)]]),
      created_by: at.worker,
      created_at: started,
      updated_at: started,
      version: 1,
    })
    .execute();
  await db.insertInto("encounter_worker").values({ organisation_id: seed.organisationId, encounter_id: id, user_id: at.worker }).execute();
  if (at.personId) await db.insertInto("encounter_person").values({ organisation_id: seed.organisationId, encounter_id: id, person_id: at.personId }).execute();
}

/** Agenda items, strengths and an appointment tomorrow for the demo worker's first persons. */
async function seedAgendas(db: Kysely<Database>, clock: Clock, organisationId: string, worker: string): Promise<void> {
  const persons = await db.selectFrom("involvement").innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "involvement.organisation_id").onRef("person.id", "=", "involvement.person_id")).select("person.id").where("involvement.organisation_id", "=", organisationId).where("involvement.user_id", "=", worker).orderBy("person.display_name_search").limit(DEMO_AGENDA.length).execute();
  const now = clock.now().toISOString();
  for (const [index, person] of persons.entries()) {
    for (const [position, item] of (DEMO_AGENDA[index] ?? []).entries()) {
      const id = newId(clock);
      const row = { organisation_id: organisationId, id, person_id: person.id, title: item.title, own_words: item.ownWords, raised_by: item.raisedBy, domains: JSON.stringify(item.domains), status: item.status, dropped_by: null, drop_reason: null, position, created_by: worker, created_at: now, updated_at: now, version: 1 };
      await db.insertInto("agenda_item").values(row).execute();
      await db.insertInto("agenda_item_version").values({ organisation_id: organisationId, item_id: id, version: 1, changed_by: worker, changed_at: now, changes: JSON.stringify({ title: { from: null, to: item.title }, status: { from: null, to: item.status } }) }).execute();
    }
  }
  const first = persons[0];
  if (!first) return;
  for (const strength of DEMO_STRENGTHS) {
    await db.insertInto("strength").values({ organisation_id: organisationId, id: newId(clock), person_id: first.id, kind: strength.kind, text: strength.text, created_by: worker, created_at: now, updated_at: now, removed_at: null, version: 1 }).execute();
  }
  const appointment = newId(clock);
  const tomorrow = new Date(clock.now().getTime() + DAY);
  tomorrow.setUTCHours(9, 0, 0, 0);
  await db.insertInto("appointment").values({ organisation_id: organisationId, id: appointment, person_id: first.id, starts_at: tomorrow.toISOString(), duration_minutes: 60, place: null, status: "planned", reason: null, sequence: 0, created_by: worker, created_at: now, updated_at: now, version: 1 }).execute();
  await db.insertInto("appointment_worker").values({ organisation_id: organisationId, appointment_id: appointment, user_id: worker }).execute();
}

/**
 * The first person with an agenda gets a portal account (DEMO_PERSON_LOGIN) and has given the
 * other organisation's worker consent to see their agenda, so the portal and "shared with me"
 * have something to show.
 */
async function seedPortal(db: Kysely<Database>, clock: Clock, passwordHash: string, at: { organisationId: string; worker: string; otherOrganisationId: string; otherWorker: string }): Promise<void> {
  const first = await db.selectFrom("agenda_item").innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "agenda_item.organisation_id").onRef("person.id", "=", "agenda_item.person_id")).select("person.id").where("agenda_item.organisation_id", "=", at.organisationId).orderBy("person.display_name_search").executeTakeFirst();
  if (!first) return;
  const now = clock.now().toISOString();
  const accountId = newId(clock);
  await db.insertInto("person_account").values({ organisation_id: at.organisationId, id: accountId, person_id: first.id, login: DEMO_PERSON_LOGIN, password_hash: passwordHash, language: "nl-BE", failed_logins: 0, locked_until: null, last_login_at: null, created_at: now, ended_at: null, ended_by: null, version: 1 }).execute();
  await db.insertInto("portal_login").values({ login: DEMO_PERSON_LOGIN, organisation_id: at.organisationId, account_id: accountId }).execute();
  await db
    .insertInto("consent")
    .values({ organisation_id: at.organisationId, id: newId(clock), person_id: first.id, recipient_organisation_id: at.otherOrganisationId, recipient_user_id: at.otherWorker, scopes: JSON.stringify(["agenda"]), purpose: "Samen zoeken naar een betaalbare woning", given_how: "in_person", recorded_by_kind: "user", recorded_by: at.worker, valid_from: now, valid_until: new Date(clock.now().getTime() + 90 * DAY).toISOString(), withdrawn_at: null, withdrawn_by_kind: null, withdrawn_by: null, created_at: now })
    .execute();
}

/**
 * Fills an empty database with two fictional organisations, their teams and accounts, about
 * 40 persons with encounters, and a few anonymous street encounters.
 */
export async function seedDemo(db: Kysely<Database>, clock: Clock, hashPassword: (p: string) => Promise<string>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const org = await createOrganisation(trx, clock, { name: "Sociaal Huis Demostad", lapseDays: 30 });
    const north = await createTeam(trx, clock, org, "Team Noord");
    const south = await createTeam(trx, clock, org, "Team Zuid");
    const account = (email: string, displayName: string, role: "worker" | "coordinator" | "admin", teamIds: string[]) => createUser(trx, clock, org, { email, displayName, role, teamIds, passwordHash });
    const worker = await account("worker@demo.nabij.be", "Sam Demeester", "worker", [north]);
    const colleague = await account("an.peeters@demo.nabij.be", "An Peeters", "worker", [north]);
    const southWorker = await account("karim.zuid@demo.nabij.be", "Karim Benhaddou", "worker", [south]);
    await account("coordinator@demo.nabij.be", "Griet Van Acker", "coordinator", [north]);
    await account("admin@demo.nabij.be", "Pieter Admin", "admin", []);
    const random = prng(2026);
    const seed = { organisationId: org, names: DEMO_PERSON_NAMES, workers: [worker, worker, colleague, southWorker], random };
    await seedPersons(trx, clock, seed);
    await seedAgendas(trx, clock, org, worker);
    await seedDemoRights(trx, clock, org, worker);
    await seedDemoProcess(trx, clock, org, worker);
    for (const [i, anonymous] of DEMO_ANONYMOUS.entries()) await seedEncounter(trx, clock, seed, { personId: null, worker, daysAgo: i * 3, anonymous });

    const org2 = await createOrganisation(trx, clock, { name: "CAW Voorbeeldregio", lapseDays: 45 });
    const team2 = await createTeam(trx, clock, org2, "Onthaal");
    const worker2 = await createUser(trx, clock, org2, { email: "worker@demo2.nabij.be", displayName: "Lien Verhoeven", role: "worker", teamIds: [team2], passwordHash });
    await seedPersons(trx, clock, { organisationId: org2, names: DEMO2_PERSON_NAMES, workers: [worker2], random });
    await seedPortal(trx, clock, passwordHash, { organisationId: org, worker, otherOrganisationId: org2, otherWorker: worker2 });
  });
}
