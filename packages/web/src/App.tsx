import { lazy, Suspense, type ReactNode } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { RequireAuth } from "./components/RequireAuth.tsx";
import { CaseloadPage } from "./pages/CaseloadPage.tsx";
import { InvitationPage } from "./pages/InvitationPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PersonPage } from "./pages/person/PersonPage.tsx";
import { TodayPage } from "./pages/today/TodayPage.tsx";
import { OutboxProvider } from "./offline/OutboxContext.tsx";
import { SessionProvider } from "./session/SessionContext.tsx";

// Loaded when first opened, so the first page comes quickly (and the bundle stays small).
const AdminPage = lazy(async () => ({ default: (await import("./pages/admin/AdminPage.tsx")).AdminPage }));
const EncounterFormPage = lazy(async () => ({ default: (await import("./pages/encounter/EncounterFormPage.tsx")).EncounterFormPage }));
const AnonymousEncountersPage = lazy(async () => ({ default: (await import("./pages/anonymous/AnonymousEncountersPage.tsx")).AnonymousEncountersPage }));
const TeamPage = lazy(async () => ({ default: (await import("./pages/team/TeamPage.tsx")).TeamPage }));
const PersonEditPage = lazy(async () => ({ default: (await import("./pages/person/PersonEditPage.tsx")).PersonEditPage }));
// The person's own portal: its own layout, session and languages, in a chunk of its own.
const PortalApp = lazy(() => import("./portal/PortalApp.tsx"));
const SharedPage = lazy(async () => ({ default: (await import("./pages/shared/SharedPage.tsx")).SharedPage }));
const SocialMapPage = lazy(async () => ({ default: (await import("./pages/socialmap/SocialMapPage.tsx")).SocialMapPage }));
const ServicePage = lazy(async () => ({ default: (await import("./pages/socialmap/ServicePage.tsx")).ServicePage }));
const RightsExplorerPage = lazy(async () => ({ default: (await import("./pages/rights/RightsExplorerPage.tsx")).RightsExplorerPage }));
const AnonymousCheckPage = lazy(async () => ({ default: (await import("./pages/rights/AnonymousCheckPage.tsx")).AnonymousCheckPage }));
const PersonCheckPage = lazy(async () => ({ default: (await import("./pages/rights/PersonCheckPage.tsx")).PersonCheckPage }));
const RadarPage = lazy(async () => ({ default: (await import("./pages/rights/RadarPage.tsx")).RadarPage }));
const ReferralsPage = lazy(async () => ({ default: (await import("./pages/referrals/ReferralsPage.tsx")).ReferralsPage }));
const TimelinePage = lazy(async () => ({ default: (await import("./pages/timeline/TimelinePage.tsx")).TimelinePage }));
const SignalsPage = lazy(async () => ({ default: (await import("./pages/signals/SignalsPage.tsx")).SignalsPage }));
const SignalFormPage = lazy(async () => ({ default: (await import("./pages/signals/SignalFormPage.tsx")).SignalFormPage }));
const DossierPage = lazy(async () => ({ default: (await import("./pages/signals/dossier/DossierPage.tsx")).DossierPage }));
const SharedPersonPage = lazy(async () => ({ default: (await import("./pages/shared/SharedPersonPage.tsx")).SharedPersonPage }));

export function App(): ReactNode {
  return (
    <BrowserRouter>
      <SessionProvider>
        <OutboxProvider>
        <Routes>
          <Route path="portal/*" element={<Suspense><PortalApp /></Suspense>} />
          <Route element={<Layout />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="invitation" element={<InvitationPage />} />
            <Route element={<RequireAuth />}>
              <Route index element={<CaseloadPage />} />
              <Route path="today" element={<TodayPage />} />
              <Route path="persons/:id" element={<PersonPage />} />
              <Route path="persons/:id/edit" element={<PersonEditPage />} />
              <Route path="persons/:id/rights/check" element={<PersonCheckPage />} />
              <Route path="persons/:id/timeline" element={<TimelinePage />} />
              <Route path="encounters/new" element={<EncounterFormPage />} />
              <Route path="encounters/anonymous" element={<AnonymousEncountersPage />} />
              <Route path="map" element={<SocialMapPage />} />
              <Route path="map/services/:id" element={<ServicePage />} />
              <Route path="rights" element={<RightsExplorerPage />} />
              <Route path="rights/check" element={<AnonymousCheckPage />} />
              <Route path="rights/radar" element={<RadarPage />} />
              <Route path="referrals" element={<ReferralsPage />} />
              <Route path="signals" element={<SignalsPage />} />
              <Route path="signals/new" element={<SignalFormPage />} />
              <Route path="signals/dossiers/:id" element={<DossierPage />} />
              <Route path="team" element={<TeamPage />} />
              <Route path="shared" element={<SharedPage />} />
              <Route path="shared/:personId" element={<SharedPersonPage />} />
              <Route path="admin/*" element={<AdminPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
        </OutboxProvider>
      </SessionProvider>
    </BrowserRouter>
  );
}
