import { useCallback } from "react";
import { ApiError } from "../../../api/client.ts";
import { changeDossier, getDossier, type Dossier, type DossierPatch } from "../../../api/signals.ts";
import { useLoad } from "../../../hooks/useLoad.ts";

export interface DossierState {
  dossier: Dossier | undefined;
  error: unknown;
  /** Sends a change with the version that was read. Someone else was first: the newest version is loaded, and the error still thrown (the form keeps what was typed). */
  save(patch: Omit<DossierPatch, "version">): Promise<void>;
  /** An answer that is the dossier itself (after adding or removing a signal). */
  replace(dossier: Dossier): void;
}

export const isStale = (caught: unknown): boolean => caught instanceof ApiError && caught.code === "stale_version";

export function useDossier(id: string): DossierState {
  const { data, error, setData, reload } = useLoad(() => getDossier(id), [id]);
  const version = data?.version;
  const save = useCallback(
    async (patch: Omit<DossierPatch, "version">): Promise<void> => {
      if (version === undefined) return;
      try {
        setData(await changeDossier(id, { ...patch, version }));
      } catch (caught) {
        if (isStale(caught)) await reload();
        throw caught;
      }
    },
    [id, version, setData, reload],
  );
  return { dossier: data, error, save, replace: setData };
}
