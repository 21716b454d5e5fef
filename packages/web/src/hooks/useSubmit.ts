import { useState } from "react";

export interface Submit {
  busy: boolean;
  /** The one sentence above the form; null when there is nothing to say. */
  error: string | null;
  setError(message: string | null): void;
  /**
   * Sends once: busy meanwhile, the old error gone. A failure frees the form and shows the
   * sentence `failed` makes of it; a success stays busy, as the page moves on.
   */
  run(send: () => Promise<void>, failed: (caught: unknown) => string): Promise<void>;
}

/** The submit wiring of the forms that sign a person or a worker in (login, activation, invitation). */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (send: () => Promise<void>, failed: (caught: unknown) => string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (caught) {
      setError(failed(caught));
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
