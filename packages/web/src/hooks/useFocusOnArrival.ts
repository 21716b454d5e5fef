import { useEffect, useRef, type RefObject } from "react";
import { useLocation } from "react-router";

/**
 * Arriving with `#id` in the URL (from the radar, from the list of referrals): once the section
 * has loaded, it comes into view and its heading takes focus, so a screen reader says where we are.
 * The heading needs `id` and `tabIndex={-1}`.
 */
export function useFocusOnArrival(id: string, loaded: boolean): RefObject<HTMLHeadingElement | null> {
  const { hash } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!loaded || hash !== `#${id}`) return;
    headingRef.current?.scrollIntoView({ block: "start" });
    headingRef.current?.focus();
  }, [id, loaded, hash]);
  return headingRef;
}
