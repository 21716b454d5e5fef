import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { UI_LANGUAGES } from "@nabij/domain";
import { directionOf } from "../i18n/language.ts";
import { useSession } from "../session/SessionContext.tsx";
import { ErrorAlert } from "./Alert.tsx";

interface LanguageButtonsProps<L extends string> {
  languages: readonly L[];
  current: string;
  /** The language's name in that language itself. */
  nameOf(language: L): string;
  /** Names the group: a label of its own, or the id of a visible heading. */
  label: { "aria-label": string } | { "aria-labelledby": string };
  /** Shown when the choice could not be saved. */
  failedText: string;
  onChange(language: L): Promise<void>;
}

/**
 * One button per language, each named in its own language and script (so a person who does not
 * read the current one still finds theirs) and marked with its lang for screen readers.
 */
export function LanguageButtons<L extends string>({ languages, current, nameOf, label, failedText, onChange }: LanguageButtonsProps<L>): ReactNode {
  const [failed, setFailed] = useState(false);

  const choose = async (language: L): Promise<void> => {
    setFailed(false);
    try {
      await onChange(language);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="language-switcher" role="group" {...label}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir={directionOf(language)}
          className="button-quiet"
          aria-pressed={current === language}
          onClick={() => void choose(language)}
        >
          {nameOf(language)}
        </button>
      ))}
      <ErrorAlert message={failed ? failedText : null} />
    </div>
  );
}

/** The worker app's languages; the choice is saved to the account when logged in. */
export function LanguageSwitcher(): ReactNode {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  return (
    <LanguageButtons
      languages={UI_LANGUAGES}
      current={i18n.language}
      nameOf={(language) => t("languageName", { ns: "person", lng: language })}
      label={{ "aria-label": t("layout.language") }}
      failedText={t("layout.languageSaveFailed")}
      onChange={changeLanguage}
    />
  );
}
