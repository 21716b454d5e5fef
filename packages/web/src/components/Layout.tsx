import { Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { Header } from "./Header.tsx";
import { Loading } from "./Loading.tsx";

/** Skip link, header and the one main landmark that every page renders into. */
export function Layout(): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipLink")}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {/* Some pages load when first opened: the header stays, the page says it is loading. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
