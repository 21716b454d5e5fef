import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { UI_LANGUAGES, type UiLanguage } from "@nabij/domain";
import { useSession } from "../session/SessionContext.tsx";
import { ErrorAlert } from "./Alert.tsx";

/**
 * One button per language, each named in its own language (so a person who does not read the
 * current one still finds theirs) and marked with its lang for screen readers.
 */
export function LanguageSwitcher(): ReactNode {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const [failed, setFailed] = useState(false);

  const choose = async (language: UiLanguage): Promise<void> => {
    setFailed(false);
    try {
      await changeLanguage(language);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="language-switcher" role="group" aria-label={t("layout.language")}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button-quiet"
          aria-pressed={i18n.language === language}
          onClick={() => void choose(language)}
        >
          {t("languageName", { ns: "person", lng: language })}
        </button>
      ))}
      <ErrorAlert message={failed ? t("layout.languageSaveFailed") : null} />
    </div>
  );
}
