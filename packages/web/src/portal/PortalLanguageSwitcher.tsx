import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PORTAL_LANGUAGES, type PortalLanguage } from "@nabij/domain";
import { ErrorAlert } from "../components/Alert.tsx";
import { directionOf } from "../i18n/language.ts";
import { usePortalSession } from "./PortalSessionContext.tsx";

/**
 * One button per language, each named in its own language and script, so a person who cannot
 * read the current one still finds theirs. Saved to the account when logged in.
 */
export function PortalLanguageSwitcher({ labelledBy }: { labelledBy?: string }): ReactNode {
  const { t, i18n } = useTranslation("portal");
  const { changeLanguage } = usePortalSession();
  const [failed, setFailed] = useState(false);

  const choose = async (language: PortalLanguage): Promise<void> => {
    setFailed(false);
    try {
      await changeLanguage(language);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="language-switcher" role="group" {...(labelledBy ? { "aria-labelledby": labelledBy } : { "aria-label": t("layout.language") })}>
      {PORTAL_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir={directionOf(language)}
          className="button-quiet"
          aria-pressed={i18n.language === language}
          onClick={() => void choose(language)}
        >
          {t("languageName", { lng: language })}
        </button>
      ))}
      <ErrorAlert message={failed ? t("layout.languageSaveFailed") : null} />
    </div>
  );
}
