import { SIGNAL_PHASES, type SignalPhase } from "@nabij/domain";

/** Where a phase stands against the dossier's own: behind it, the one now, or still to come. */
export type PhaseState = "done" | "current" | "coming";

export function phaseState(phase: SignalPhase, current: SignalPhase): PhaseState {
  const at = SIGNAL_PHASES.indexOf(phase);
  const now = SIGNAL_PHASES.indexOf(current);
  return at < now ? "done" : at === now ? "current" : "coming";
}

/** 1 for notice … 8 for feedback. */
export const phaseNumber = (phase: SignalPhase): number => SIGNAL_PHASES.indexOf(phase) + 1;
