import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Route, Routes } from "react-router";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useUser } from "../../session/SessionContext.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { AccountsSection } from "./AccountsSection.tsx";
import { InvolvementsSection } from "./InvolvementsSection.tsx";
import { LifeDomainsAdmin } from "./LifeDomainsAdmin.tsx";
import { OrganisationSection } from "./OrganisationSection.tsx";
import { TeamsSection } from "./TeamsSection.tsx";

/** Each section's address and the key of its title (admin.<key>.title). */
const SECTIONS = [
  { path: "organisation", key: "organisation" },
  { path: "teams", key: "teams" },
  { path: "accounts", key: "accounts" },
  { path: "involvements", key: "involvements" },
  { path: "life-domains", key: "lifeDomains" },
] as const;

/** Each section has its own address, so a section can be linked to and the back button works. */
export function AdminPage(): ReactNode {
  const { t } = useTranslation();
  const user = useUser();
  if (user.role !== "admin") {
    return (
      <>
        <PageHeading>{t("admin.title")}</PageHeading>
        <p role="alert" className="alert alert-error">
          {t("admin.notAllowed")}
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t("admin.title")}</PageHeading>
      <nav aria-label={t("admin.sections")} className="tabs">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <NavLink to={`/admin/${section.path}`}>{t(`admin.${section.key}.title`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to="organisation" replace />} />
        <Route path="organisation" element={<OrganisationSection />} />
        <Route path="teams" element={<TeamsSection />} />
        <Route path="accounts" element={<AccountsSection />} />
        <Route path="involvements" element={<InvolvementsSection />} />
        <Route path="life-domains" element={<LifeDomainsAdmin />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
