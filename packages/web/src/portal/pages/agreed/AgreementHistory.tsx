import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementVersion } from "../../api.ts";
import { usePortalFormat } from "../../format.ts";
import { LabelledText } from "../../LabelledText.tsx";
import { changedParts, confirmationOf } from "./agreements.ts";
import { ConfirmationText } from "./ConfirmationText.tsx";

/** Every version, newest first: who wrote it, when, what changed and why. Closed until the person opens it. */
export function AgreementHistory({ versions }: { versions: readonly AgreementVersion[] }): ReactNode {
  const { t } = useTranslation("portal");
  const format = usePortalFormat();
  if (versions.length < 2) return null;
  return (
    <details className="disclosure agreement-history">
      <summary>{t("agreements.history", { number: format.number(versions.length) })}</summary>
      <ol className="portal-versions">
        {versions.map((version, index) => {
          const parts = changedParts(versions, index);
          const values = { version: format.number(version.version), date: format.day(version.changedAt), name: version.changedBy.displayName };
          return (
            <li key={version.version}>
              <p className="meta">{version.byPerson ? t("agreements.versionByYou", values) : t("agreements.versionBy", values)}</p>
              {index === versions.length - 1 ? <p>{t("agreements.firstVersion")}</p> : null}
              {parts.length > 0 ? <p>{t("agreements.changed", { parts: format.list(parts.map((part) => t(`agreements.part.${part}`))) })}</p> : null}
              {version.why ? <LabelledText label={t("agreements.why")} text={version.why} /> : null}
              <p dir="auto" className="portal-version-what">
                {version.what}
              </p>
              {version.whoDoesWhat ? <LabelledText label={t("agreements.versionWhoDoesWhat")} text={version.whoDoesWhat} /> : null}
              {version.dueDate ? <p>{t("agreements.due", { date: format.day(version.dueDate) })}</p> : null}
              {version.ownWords ? <LabelledText label={t("agreements.versionOwnWords")} text={version.ownWords} /> : null}
              <p className="meta">
                <ConfirmationText confirmation={confirmationOf(version)} />
              </p>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
