import type { ReactNode } from "react";

/**
 * "Why: …", "You wrote: …": a label in the page's language and words someone typed, kept apart
 * with <bdi>, so Dutch words on an Arabic page (or the other way round) keep their own direction
 * and their full stop at their own end.
 */
export function LabelledText({ label, text }: { label: string; text: string }): ReactNode {
  return (
    <p>
      {label} <bdi>{text}</bdi>
    </p>
  );
}
