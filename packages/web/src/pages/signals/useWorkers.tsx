// A .tsx module: it reads the session (SessionContext.tsx), which the Node-side type check (no JSX) cannot follow.
import { listDirectoryWorkers } from "../../api/consents.ts";
import type { NamedRef } from "../../api/types.ts";
import { useLoad, type Loaded } from "../../hooks/useLoad.ts";
import { useUser } from "../../session/SessionContext.tsx";

/** The organisation's active workers: who can be a dossier's trekker, and the names in its history. */
export function useWorkers(): Loaded<NamedRef[]> {
  const { organisationId } = useUser();
  return useLoad(() => listDirectoryWorkers(organisationId), [organisationId]);
}
