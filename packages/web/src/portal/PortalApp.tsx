/**
 * The person's own Nabij, under /portal: loaded only when opened, with its own language, session
 * and layout. Nothing of the worker app (its navigation, session or outbox) shows here.
 */
import { useEffect, useState, type ReactNode } from "react";
import i18next from "i18next";
import { I18nextProvider } from "react-i18next";
import { Route, Routes } from "react-router";
import { applyLanguageToDocument, createPortalI18n } from "./i18n.ts";
import { PortalLayout, RequirePortalAuth } from "./PortalLayout.tsx";
import { PortalSessionProvider } from "./PortalSessionContext.tsx";
import { AccessLogPage } from "./pages/AccessLogPage.tsx";
import { AccountPage } from "./pages/AccountPage.tsx";
import { ActivatePage } from "./pages/ActivatePage.tsx";
import { AgendaPage } from "./pages/agenda/AgendaPage.tsx";
import { AgreedPage } from "./pages/agreed/AgreedPage.tsx";
import { AppointmentsPage } from "./pages/appointments/AppointmentsPage.tsx";
import { ConsentsPage } from "./pages/consents/ConsentsPage.tsx";
import { LifeEventsPage } from "./pages/life/LifeEventsPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import "./portal.css";

export default function PortalApp(): ReactNode {
  const [i18n] = useState(createPortalI18n);

  // The page speaks the person's language, also when the worker app (a worker logged in on this
  // device) changes its own language meanwhile; back in the worker app, the worker's again.
  useEffect(() => {
    const keep = (): void => applyLanguageToDocument(i18n.language);
    keep();
    i18next.on("languageChanged", keep);
    return () => {
      i18next.off("languageChanged", keep);
      applyLanguageToDocument(i18next.language);
    };
  }, [i18n]);

  return (
    <I18nextProvider i18n={i18n} defaultNS="portal">
      <PortalSessionProvider>
        <Routes>
          <Route element={<PortalLayout />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="activate" element={<ActivatePage />} />
            <Route element={<RequirePortalAuth />}>
              <Route index element={<AgendaPage />} />
              <Route path="appointments" element={<AppointmentsPage />} />
              <Route path="agreed" element={<AgreedPage />} />
              <Route path="life" element={<LifeEventsPage />} />
              <Route path="access-log" element={<AccessLogPage />} />
              <Route path="consents" element={<ConsentsPage />} />
              <Route path="account" element={<AccountPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </PortalSessionProvider>
    </I18nextProvider>
  );
}
