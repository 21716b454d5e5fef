import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Signal } from "../../api/signals.ts";
import { DomainNames } from "../../components/DomainNames.tsx";
import { useFormat } from "../../i18n/format.ts";
import { isBarrierReason } from "../person/referrals/referralNoteDraft.ts";

interface Props {
  signal: Signal;
  /** What became of it: as text (the worker's own), as a link to the dossier (its readers), or not at all (on the dossier's page). */
  outcome?: "text" | "link" | "none";
  /** Something to do with the signal (choose it, take it out, add it), at the end of the card. */
  children?: ReactNode;
}

/** What became of it: the dossier it went into, its phase, and the feedback — the loop back to the worker. */
function SignalOutcome({ signal, linked }: { signal: Signal; linked: boolean }): ReactNode {
  const { t } = useTranslation();
  const dossier = signal.dossier;
  return (
    <div className="signal-outcome">
      <p>
        <strong>{t("signals.outcome")}: </strong>
        {dossier ? (
          linked ? (
            <Link to={`/signals/dossiers/${encodeURIComponent(dossier.id)}`}>{t("signals.inDossier", { title: dossier.title, phase: t(`signalPhase.${dossier.phase}`) })}</Link>
          ) : (
            t("signals.inDossier", { title: dossier.title, phase: t(`signalPhase.${dossier.phase}`) })
          )
        ) : (
          t("signals.notBundled")
        )}
      </p>
      {dossier ? (
        dossier.feedback ? (
          <figure className="own-words signal-feedback">
            <figcaption>{t("signals.feedback")}</figcaption>
            <blockquote>
              <p>{dossier.feedback}</p>
            </blockquote>
          </figure>
        ) : (
          <p className="meta">{t("signals.noFeedback")}</p>
        )
      ) : null}
    </div>
  );
}

/** One signal: what happens, its themes, what is behind it, where, how many people, and what became of it (never who raised it: see the API contract). */
export function SignalCard({ signal, outcome = "text", children }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `signal-${signal.id}`;
  return (
    <li className="card signal" data-signal={signal.id}>
      <h3 id={headingId}>{t("signals.cardTitle", { date: format.date(signal.raisedOn) })}</h3>
      <p className="signal-text">{signal.text}</p>
      <ul className="tag-list" aria-label={t("signals.themes")}>
        {signal.themes.map((theme) => (
          <li key={theme} className="tag">
            {theme}
          </li>
        ))}
      </ul>
      <dl className="inline-details">
        <div>
          <dt>{t("signals.mechanism")}</dt>
          <dd>{t(`mechanismType.${signal.mechanismType}`)}</dd>
        </div>
        {signal.institution ? (
          <div>
            <dt>{t("signals.institution")}</dt>
            <dd>{signal.institution}</dd>
          </div>
        ) : null}
        {isBarrierReason(signal.barrierReason) ? (
          <div>
            <dt>{t("signals.barrier")}</dt>
            <dd>{t(`barrierReason.${signal.barrierReason}`)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("signals.municipality")}</dt>
          <dd>{signal.municipality}</dd>
        </div>
        <div>
          <dt>{t("signals.people")}</dt>
          <dd>{signal.aboutOnePerson ? t("signals.onePerson") : format.number(signal.peopleCount)}</dd>
        </div>
        {signal.domains.length > 0 ? (
          <div>
            <dt>{t("signals.domains")}</dt>
            <dd>
              <DomainNames keys={signal.domains} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("signals.source")}</dt>
          <dd>{t(`signalSource.${signal.source}`)}</dd>
        </div>
      </dl>
      {outcome === "none" ? null : <SignalOutcome signal={signal} linked={outcome === "link"} />}
      {children}
    </li>
  );
}
