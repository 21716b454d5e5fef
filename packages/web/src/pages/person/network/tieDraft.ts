import { SUPPORT_KINDS, type Closeness, type NetworkTieCreate, type NetworkTiePatch, type SupportKind, type TieKind } from "@nabij/domain";
import type { NetworkTie } from "../../../api/types.ts";

/** What the tie form holds: the words as typed. */
export interface TieValues {
  name: string;
  kind: TieKind;
  relation: string;
  closeness: Closeness;
  support: SupportKind[];
  stress: boolean;
  note: string;
  /** A professional's service on the social map; the name is null when it is not (or no longer) known. */
  service: { id: string; name: string | null } | null;
}

export const NEW_TIE: TieValues = { name: "", kind: "family", relation: "", closeness: "medium", support: [], stress: false, note: "", service: null };

export function tieValues(tie: NetworkTie, serviceName: string | null = null): TieValues {
  return {
    name: tie.name,
    kind: tie.kind,
    relation: tie.relation ?? "",
    closeness: tie.closeness,
    support: [...tie.support],
    stress: tie.stress,
    note: tie.note ?? "",
    service: tie.serviceId ? { id: tie.serviceId, name: serviceName } : null,
  };
}

/** Only a professional is linked to a service on the social map. */
const serviceIdOf = (values: TieValues): string | null => (values.kind === "professional" ? (values.service?.id ?? null) : null);

/** Support kinds in their usual order. */
export const inOrder = (support: readonly SupportKind[]): SupportKind[] => SUPPORT_KINDS.filter((s) => support.includes(s));

export function toTieCreate(values: TieValues): NetworkTieCreate {
  return {
    name: values.name.trim(),
    kind: values.kind,
    closeness: values.closeness,
    support: inOrder(values.support),
    stress: values.stress,
    ...(values.relation.trim() ? { relation: values.relation.trim() } : {}),
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
    ...(serviceIdOf(values) ? { serviceId: serviceIdOf(values) } : {}),
  };
}

/** Only what changed; a cleared relation or note is sent empty (the server clears it). */
export function tiePatch(tie: NetworkTie, values: TieValues): Omit<NetworkTiePatch, "version"> {
  const patch: Omit<NetworkTiePatch, "version"> = {};
  const name = values.name.trim();
  if (name !== tie.name) patch.name = name;
  if (values.kind !== tie.kind) patch.kind = values.kind;
  if (values.relation.trim() !== (tie.relation ?? "")) patch.relation = values.relation.trim();
  if (values.closeness !== tie.closeness) patch.closeness = values.closeness;
  const support = inOrder(values.support);
  if (support.join() !== inOrder(tie.support).join()) patch.support = support;
  if (values.stress !== tie.stress) patch.stress = values.stress;
  if (values.note.trim() !== (tie.note ?? "")) patch.note = values.note.trim();
  const serviceId = serviceIdOf(values);
  if (serviceId !== tie.serviceId) patch.serviceId = serviceId;
  return patch;
}
