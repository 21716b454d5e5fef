import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PORTAL_LANGUAGES } from "@nabij/domain";
import { LanguageButtons } from "../components/LanguageSwitcher.tsx";
import { usePortalSession } from "./PortalSessionContext.tsx";

/** The portal's languages, Arabic right to left among them; saved to the account when logged in. */
export function PortalLanguageSwitcher({ labelledBy }: { labelledBy?: string }): ReactNode {
  const { t, i18n } = useTranslation("portal");
  const { changeLanguage } = usePortalSession();
  return (
    <LanguageButtons
      languages={PORTAL_LANGUAGES}
      current={i18n.language}
      nameOf={(language) => t("languageName", { lng: language })}
      label={labelledBy ? { "aria-labelledby": labelledBy } : { "aria-label": t("layout.language") }}
      failedText={t("layout.languageSaveFailed")}
      onChange={changeLanguage}
    />
  );
}
