import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

/**
 * After a save that failed on some fields, focus goes to the first field marked invalid, so a
 * keyboard or screen reader user lands on what to fix. Call the returned function when the
 * errors are set; focus moves once they are on screen.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  const handled = useRef(0);
  useEffect(() => {
    if (request === handled.current) return;
    handled.current = request;
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, container]);
  return useCallback(() => setRequest((n) => n + 1), []);
}
