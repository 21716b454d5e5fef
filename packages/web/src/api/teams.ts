import { api, query } from "./client.ts";
import type { TeamRelationships } from "./types.ts";

/** For a coordinator's own team: per worker, counts only (no person's name). 404 for another team. */
export function getTeamRelationships(teamId: string, weeks = 8): Promise<TeamRelationships> {
  return api.get(`/api/teams/${encodeURIComponent(teamId)}/relationships${query({ weeks })}`);
}
