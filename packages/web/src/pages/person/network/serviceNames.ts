import { useEffect, useSyncExternalStore } from "react";
import { ApiError } from "../../../api/client.ts";
import { getService } from "../../../api/socialMap.ts";

/** Service names by id, asked once per page load; null: not on this organisation's map. */
const names = new Map<string, string | null>();
const asking = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getVersion = (): number => version;

/** A service just picked on the map: its name is known without asking. */
export function rememberServiceName(id: string, name: string): void {
  names.set(id, name);
  changed();
}

function ask(id: string): void {
  if (names.has(id) || asking.has(id)) return;
  asking.add(id);
  getService(id)
    .then(
      (service) => names.set(id, typeof service.name === "string" && service.name.trim() ? service.name : null),
      (caught: unknown) => {
        // Only "not there" is remembered; after a lost connection it is asked again next time.
        if (caught instanceof ApiError && (caught.code === "not_found" || caught.code === "validation_failed")) names.set(id, null);
      },
    )
    .finally(() => {
      asking.delete(id);
      changed();
    });
}

/**
 * The names of the social map services that ties link to (a tie holds only the id). Unknown
 * ids (a service gone from the map, or a tie read from another organisation) come back as null;
 * ids still being asked are absent.
 */
export function useServiceNames(ids: readonly string[]): ReadonlyMap<string, string | null> {
  useSyncExternalStore(subscribe, getVersion);
  const key = [...new Set(ids)].sort().join(",");
  useEffect(() => {
    for (const id of key.split(",")) if (id !== "") ask(id);
  }, [key]);
  return names;
}
