import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { UI_LANGUAGES, type UiLanguage } from "@nabij/domain";
import { getOrganisation, patchOrganisation } from "../../api/admin.ts";
import type { Organisation } from "../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { TextField } from "../../components/Field.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText, type FieldMessages } from "../../i18n/errors.ts";
import { isStale } from "./stale.ts";

export function OrganisationSection(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const org = useLoad(getOrganisation, []);
  const [name, setName] = useState("");
  const [lapseDays, setLapseDays] = useState("");
  const [followUpDays, setFollowUpDays] = useState("");
  const [languages, setLanguages] = useState<UiLanguage[]>([]);
  const [fullNames, setFullNames] = useState(false);
  const [privateNotes, setPrivateNotes] = useState(false);
  const [mapPublic, setMapPublic] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The form shows the latest version: after loading, after saving, and after a 409 reload.
  const show = (o: Organisation): void => {
    setName(o.name);
    setLapseDays(String(o.lapseDays));
    setFollowUpDays(o.referralFollowUpDays === undefined ? "" : String(o.referralFollowUpDays));
    setLanguages(o.languages);
    setFullNames(o.calendarFullNames);
    setPrivateNotes(o.portalShowsPrivateNotes);
    setMapPublic(o.socialMapPublic === true);
  };
  useEffect(() => {
    if (org.data) show(org.data);
  }, [org.data]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!org.data) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    setFieldErrors({});
    try {
      const saved = await patchOrganisation({
        name: name.trim(),
        lapseDays: Number(lapseDays),
        ...(typeof org.data.referralFollowUpDays === "number" ? { referralFollowUpDays: Number(followUpDays) } : {}),
        languages,
        calendarFullNames: fullNames,
        // Sent only to a server that knows the setting (it answers it with the organisation).
        ...(typeof org.data.portalShowsPrivateNotes === "boolean" ? { portalShowsPrivateNotes: privateNotes } : {}),
        ...(typeof org.data.socialMapPublic === "boolean" ? { socialMapPublic: mapPublic } : {}),
        version: org.data.version,
      });
      org.setData(saved);
      setStatus(t("common.saved"));
    } catch (caught) {
      setError(errorText.message(caught));
      setFieldErrors(errorText.fields(caught));
      if (isStale(caught)) await org.reload();
    } finally {
      setBusy(false);
    }
  };

  if (org.error && !org.data) return <ErrorAlert message={errorText.message(org.error)} />;
  if (!org.data) return <Loading />;

  const toggle = (language: UiLanguage, on: boolean): void =>
    setLanguages((current) => (on ? UI_LANGUAGES.filter((l) => l === language || current.includes(l)) : current.filter((l) => l !== language)));

  return (
    <section aria-labelledby="admin-organisation">
      <h2 id="admin-organisation">{t("admin.organisation.title")}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorAlert message={error} />
        <StatusMessage message={status} />
        <TextField label={t("admin.organisation.name")} required maxLength={120} error={fieldErrors.name} value={name} onChange={(e) => setName(e.target.value)} />
        <TextField
          label={t("admin.organisation.lapseDays")}
          hint={t("admin.organisation.lapseDaysHint")}
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          required
          error={fieldErrors.lapseDays}
          value={lapseDays}
          onChange={(e) => setLapseDays(e.target.value)}
        />
        {typeof org.data.referralFollowUpDays === "number" ? (
          <TextField
            label={t("admin.organisation.referralFollowUpDays")}
            hint={t("admin.organisation.referralFollowUpDaysHint")}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            required
            error={fieldErrors.referralFollowUpDays}
            value={followUpDays}
            onChange={(e) => setFollowUpDays(e.target.value)}
          />
        ) : null}
        <fieldset>
          <legend>{t("admin.organisation.languages")}</legend>
          {fieldErrors.languages ? <p className="field-error">{fieldErrors.languages}</p> : null}
          <div className="choice-list">
            {UI_LANGUAGES.map((language) => (
              <label className="choice" key={language}>
                <input type="checkbox" checked={languages.includes(language)} onChange={(e) => toggle(language, e.target.checked)} />
                <span>{t(`languages.${language}`, { ns: "person" })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="choice">
            <input type="checkbox" aria-describedby="admin-full-names-hint" checked={fullNames} onChange={(e) => setFullNames(e.target.checked)} />
            <span>{t("admin.organisation.calendarFullNames")}</span>
          </label>
          <p className="field-hint" id="admin-full-names-hint">
            {t("admin.organisation.calendarFullNamesHint")}
          </p>
        </div>
        {typeof org.data.portalShowsPrivateNotes === "boolean" ? (
          <div className="field">
            <label className="choice">
              <input type="checkbox" aria-describedby="admin-private-notes-hint" checked={privateNotes} onChange={(e) => setPrivateNotes(e.target.checked)} />
              <span>{t("admin.organisation.portalShowsPrivateNotes")}</span>
            </label>
            <p className="field-hint" id="admin-private-notes-hint">
              {t("admin.organisation.portalShowsPrivateNotesHint")}
            </p>
          </div>
        ) : null}
        {typeof org.data.socialMapPublic === "boolean" ? (
          <div className="field">
            <label className="choice">
              <input type="checkbox" aria-describedby="admin-map-public-hint" checked={mapPublic} onChange={(e) => setMapPublic(e.target.checked)} />
              <span>{t("admin.organisation.socialMapPublic")}</span>
            </label>
            <p className="field-hint" id="admin-map-public-hint">
              {t("admin.organisation.socialMapPublicHint")}
            </p>
          </div>
        ) : null}
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t("common.saving") : t("common.save")}
        </button>
      </form>
    </section>
  );
}
