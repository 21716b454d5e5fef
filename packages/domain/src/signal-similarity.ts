import { foldForSearch } from "./fold.ts";

/**
 * Which signals may belong in a dossier: shared themes, life domains and institution, and words
 * the texts share. Pure, so the ranking can be tested on its own and explained to the user.
 */

export interface ComparableSignal {
  themes: readonly string[];
  domains: readonly string[];
  institution: string | null;
  serviceId: string | null;
  text: string;
}

export type SuggestionReason = "themes" | "domains" | "institution" | "text";

export interface Suggestion {
  score: number;
  reasons: SuggestionReason[];
}

/** Overlap of two sets: shared / all (0 when both are empty). */
function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Words of four letters or more, folded: short words ("de", "het", "une") say little about a topic. */
export function significantWords(text: string): Set<string> {
  return new Set(
    foldForSearch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );
}

const WEIGHTS: Record<SuggestionReason, number> = { themes: 0.4, institution: 0.25, domains: 0.15, text: 0.2 };

/** How well a candidate signal fits a dossier, judged against the signals already in it (0–1). */
export function suggestForDossier(candidate: ComparableSignal, inDossier: readonly ComparableSignal[]): Suggestion {
  const themes = new Set(inDossier.flatMap((s) => s.themes));
  const domains = new Set(inDossier.flatMap((s) => s.domains));
  const institutions = new Set(inDossier.flatMap((s) => (s.institution ? [foldForSearch(s.institution)] : [])));
  const services = new Set(inDossier.flatMap((s) => (s.serviceId ? [s.serviceId] : [])));
  const words = new Set(inDossier.flatMap((s) => [...significantWords(s.text)]));
  const parts: Record<SuggestionReason, number> = {
    themes: jaccard(new Set(candidate.themes), themes),
    domains: jaccard(new Set(candidate.domains), domains),
    institution: (candidate.serviceId !== null && services.has(candidate.serviceId)) || (candidate.institution !== null && institutions.has(foldForSearch(candidate.institution))) ? 1 : 0,
    text: jaccard(significantWords(candidate.text), words),
  };
  const reasons = (Object.keys(parts) as SuggestionReason[]).filter((r) => parts[r] > (r === "text" ? 0.1 : 0));
  const score = (Object.keys(parts) as SuggestionReason[]).reduce((sum, r) => sum + WEIGHTS[r] * parts[r], 0);
  return { score: Math.round(score * 1000) / 1000, reasons };
}
