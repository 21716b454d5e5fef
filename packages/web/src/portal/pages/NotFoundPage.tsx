import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeading } from "../../components/PageHeading.tsx";

export function NotFoundPage(): ReactNode {
  const { t } = useTranslation("portal");
  return (
    <>
      <PageHeading>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/portal">{t("notFound.home")}</Link>
      </p>
    </>
  );
}
