import { lazy, type ReactNode } from "react";
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

export function App(): ReactNode {
  return (
    <BrowserRouter>
      <SessionProvider>
        <OutboxProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="invitation" element={<InvitationPage />} />
            <Route element={<RequireAuth />}>
              <Route index element={<CaseloadPage />} />
              <Route path="today" element={<TodayPage />} />
              <Route path="persons/:id" element={<PersonPage />} />
              <Route path="persons/:id/edit" element={<PersonEditPage />} />
              <Route path="encounters/new" element={<EncounterFormPage />} />
              <Route path="encounters/anonymous" element={<AnonymousEncountersPage />} />
              <Route path="team" element={<TeamPage />} />
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
