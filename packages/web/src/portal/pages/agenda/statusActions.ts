import { personMayMoveTo, type AgendaStatus } from "@nabij/domain";

export type StatusAction = { to: AgendaStatus; label: "markDone" | "pause" | "reopen" | "drop" };

/**
 * What the person may do with an item, in the person's own rules (the person judges when
 * something is done): finish, pause, take up again, or let go of it. Letting go is undone by
 * putting it back on the list, so it needs no extra question.
 */
export function statusActions(status: AgendaStatus): StatusAction[] {
  const actions: StatusAction[] = [];
  if (status !== "done" && personMayMoveTo(status, "done")) actions.push({ to: "done", label: "markDone" });
  if (status === "done") actions.push({ to: "in_progress", label: "reopen" });
  if (status === "parked" || status === "dropped") actions.push({ to: "open", label: "reopen" });
  if (status !== "parked" && personMayMoveTo(status, "parked")) actions.push({ to: "parked", label: "pause" });
  if (status !== "dropped" && status !== "done" && personMayMoveTo(status, "dropped")) actions.push({ to: "dropped", label: "drop" });
  return actions;
}
