import type { ReactNode } from "react";

/** An error that screen readers announce at once. Renders nothing without a message. */
export function ErrorAlert({ message, id }: { message: string | null | undefined; id?: string }): ReactNode {
  if (!message) return null;
  return (
    <p className="alert alert-error" role="alert" id={id}>
      {message}
    </p>
  );
}

/**
 * A polite status message (saved, copied, found N). The live region stays in the DOM so that
 * changes to its text are announced.
 */
export function StatusMessage({ message }: { message: string | null | undefined }): ReactNode {
  return (
    <p className={message ? "alert alert-status" : "visually-hidden"} role="status">
      {message ?? ""}
    </p>
  );
}
