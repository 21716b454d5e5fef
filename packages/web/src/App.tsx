import type { ReactNode } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { RequireAuth } from "./components/RequireAuth.tsx";
import { AdminPage } from "./pages/admin/AdminPage.tsx";
import { CaseloadPage } from "./pages/CaseloadPage.tsx";
import { EncounterFormPage } from "./pages/encounter/EncounterFormPage.tsx";
import { InvitationPage } from "./pages/InvitationPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PersonEditPage } from "./pages/person/PersonEditPage.tsx";
import { PersonPage } from "./pages/person/PersonPage.tsx";
import { SessionProvider } from "./session/SessionContext.tsx";

export function App(): ReactNode {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="invitation" element={<InvitationPage />} />
            <Route element={<RequireAuth />}>
              <Route index element={<CaseloadPage />} />
              <Route path="persons/:id" element={<PersonPage />} />
              <Route path="persons/:id/edit" element={<PersonEditPage />} />
              <Route path="encounters/new" element={<EncounterFormPage />} />
              <Route path="admin/*" element={<AdminPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
