import { useEffect, useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router";
import type { SignalListScope } from "@nabij/domain";
import { StatusMessage } from "../../components/Alert.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { SAME_PAGE } from "../../components/samePage.ts";
import { useUser } from "../../session/SessionContext.tsx";
import { flashFrom } from "../flash.ts";
import { DossierList } from "./DossierList.tsx";
import { MySignals } from "./MySignals.tsx";
import { OrganisationSignals } from "./OrganisationSignals.tsx";
import { readSignalScope, readsDossiers, SIGNAL_SCOPES_OF_ROLE, writeSignalScope, writesDossiers } from "./signalsView.ts";

/** Mine or the organisation's, for those who have both; the choice lives in the URL. */
function ScopeChoice({ scope, onChange }: { scope: SignalListScope; onChange(scope: SignalListScope): void }): ReactNode {
  const { t } = useTranslation();
  const user = useUser();
  const name = useId();
  const scopes = SIGNAL_SCOPES_OF_ROLE[user.role];
  if (scopes.length < 2) return null;
  return (
    <fieldset>
      <legend>{t("signals.scope")}</legend>
      <div className="choice-list">
        {scopes.map((s) => (
          <label className="choice" key={s}>
            <input type="radio" name={name} checked={scope === s} onChange={() => onChange(s)} />
            <span>{t(`signals.scopes.${s}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * "Signalen": the signals I raised and what became of them; for coordinators and administrators
 * also the organisation's, to bundle into dossiers, and the dossiers themselves.
 */
export function SignalsPage(): ReactNode {
  const { t } = useTranslation();
  const user = useUser();
  const flash = flashFrom(useLocation().state);
  const [params, setParams] = useSearchParams();
  const fromUrl = readSignalScope(params, user.role);
  // The router applies a new URL in a transition: until it lands, the radio shows what was chosen.
  const [chosen, setChosen] = useState<SignalListScope | null>(null);
  useEffect(() => setChosen(null), [fromUrl]);
  const scope = chosen ?? fromUrl;
  const change = (next: SignalListScope): void => {
    setChosen(next);
    setParams(writeSignalScope(next, user.role), { replace: true, state: SAME_PAGE });
  };

  return (
    <>
      <PageHeading>{t("signals.title")}</PageHeading>
      <StatusMessage message={flash ? t(flash) : null} />
      <p className="hint">{t("signals.intro")}</p>
      <p>
        <Link to="/signals/new" className="button button-primary">
          {t("signals.new")}
        </Link>
      </p>
      <ScopeChoice scope={scope} onChange={change} />
      {scope === "organisation" && user.role === "admin" ? <p className="hint">{t("signals.readOnly")}</p> : null}
      {scope === "mine" ? <MySignals /> : <OrganisationSignals canBundle={writesDossiers(user.role)} />}
      {readsDossiers(user.role) ? <DossierList /> : null}
    </>
  );
}
