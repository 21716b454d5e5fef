import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { isSamePage } from "./samePage.ts";

/** The location whose heading last took focus, so a re-render does not steal focus again. */
let focusedFor: string | null = null;

/**
 * The page's h1. After a navigation inside the app it takes focus, so a screen reader announces
 * the new page and keyboard users start at its top; on the first page load focus stays put.
 * It also sets the document title.
 */
export function PageHeading({ children }: { children: string }): ReactNode {
  const { t } = useTranslation();
  const location = useLocation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t("pageTitle", { page: children });
  }, [children, t]);

  const samePage = isSamePage(location.state);
  useEffect(() => {
    // "default" is the key of the location the browser opened; later ones are navigations,
    // except a page's own filters changing the URL (SAME_PAGE).
    if (location.key === "default" || focusedFor === location.key || samePage) return;
    focusedFor = location.key;
    ref.current?.focus();
  }, [location.key, samePage]);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
