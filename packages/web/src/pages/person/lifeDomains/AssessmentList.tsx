import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../../api/types.ts";
import type { LifeDomainsState } from "../../../hooks/useLifeDomains.tsx";
import { useFormat } from "../../../i18n/format.ts";
import { RatingValue } from "./DomainTable.tsx";

/** Who took part, in one line: the person, colleagues, others. */
function useTookPart(personName: string): (assessment: Assessment) => string {
  return (a) => [a.participants.person ? personName : null, ...a.participants.workers.map((w) => w.displayName), a.participants.others].filter(Boolean).join(", ");
}

/** Past assessments, newest first, one line each; opened for the ratings and notes. */
export function AssessmentList({ items, personName, domains }: { items: readonly Assessment[]; personName: string; domains: LifeDomainsState }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const tookPart = useTookPart(personName);
  if (items.length === 0) return <p className="muted">{t("lifeDomains.historyEmpty")}</p>;
  return (
    <ol className="plain-list assessment-list">
      {items.map((a) => {
        const who = tookPart(a);
        return (
          <li key={a.id}>
            <details className="disclosure">
              <summary>
                <time dateTime={a.assessedAt}>{format.date(a.assessedAt)}</time>{" "}
                <span className="field-optional">{t("lifeDomains.domainsRated", { n: format.number(a.ratings.length) })}</span>
              </summary>
              {who ? <p className="meta">{t("lifeDomains.tookPart", { names: who })}</p> : null}
              <dl className="details">
                {domains.ordered(a.ratings.map((r) => r.domain)).map((key) => {
                  const r = a.ratings.find((x) => x.domain === key);
                  if (!r) return null;
                  return (
                    <div key={key}>
                      <dt>{domains.name(key)}</dt>
                      <dd>
                        {personName}: <RatingValue value={r.personRating} /> · {t("lifeDomains.worker")}: <RatingValue value={r.workerRating} />
                        {r.note ? <p className="note">{r.note}</p> : null}
                      </dd>
                    </div>
                  );
                })}
              </dl>
              {a.note ? <p className="note">{a.note}</p> : null}
            </details>
          </li>
        );
      })}
    </ol>
  );
}
