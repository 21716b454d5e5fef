import type { Role, UiLanguage } from "@nabij/domain";
import { api, query } from "./client.ts";
import type { Account, AccountStatus, Invitation, Involvement, Organisation, Team } from "./types.ts";

export function getOrganisation(): Promise<Organisation> {
  return api.get("/api/admin/organisation");
}

export interface OrganisationPatch {
  name?: string;
  lapseDays?: number;
  referralFollowUpDays?: number;
  languages?: UiLanguage[];
  calendarFullNames?: boolean;
  portalShowsPrivateNotes?: boolean;
  socialMapPublic?: boolean;
  version: number;
}

export function patchOrganisation(input: OrganisationPatch): Promise<Organisation> {
  return api.patch("/api/admin/organisation", input);
}

export async function listTeams(): Promise<Team[]> {
  return (await api.get<{ items: Team[] }>("/api/admin/teams")).items;
}

export function createTeam(name: string): Promise<Team> {
  return api.post("/api/admin/teams", { name });
}

export function renameTeam(team: Team, name: string): Promise<Team> {
  return api.patch(`/api/admin/teams/${encodeURIComponent(team.id)}`, { name, version: team.version });
}

export async function listAccounts(): Promise<Account[]> {
  return (await api.get<{ items: Account[] }>("/api/admin/users")).items;
}

export interface InviteInput {
  email: string;
  displayName: string;
  role: Role;
  teamIds: string[];
  language: UiLanguage;
}

export function inviteAccount(input: InviteInput): Promise<Invitation> {
  return api.post("/api/admin/users", input);
}

export interface AccountPatch {
  displayName?: string;
  role?: Role;
  teamIds?: string[];
  status?: Exclude<AccountStatus, "invited">;
  language?: UiLanguage;
}

export function patchAccount(account: Account, patch: AccountPatch): Promise<Account> {
  return api.patch(`/api/admin/users/${encodeURIComponent(account.id)}`, { ...patch, version: account.version });
}

export async function listInvolvements(filter: { userId?: string; personId?: string }): Promise<Involvement[]> {
  return (await api.get<{ items: Involvement[] }>(`/api/admin/involvements${query(filter)}`)).items;
}

export function addInvolvement(personId: string, userId: string): Promise<unknown> {
  return api.post("/api/admin/involvements", { personId, userId });
}

export function removeInvolvement(personId: string, userId: string): Promise<void> {
  return api.delete(`/api/admin/involvements/${encodeURIComponent(personId)}/${encodeURIComponent(userId)}`);
}
