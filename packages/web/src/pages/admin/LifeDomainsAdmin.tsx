import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, UI_LANGUAGES, type LifeDomain, type UiLanguage } from "@nabij/domain";
import { getLifeDomains, saveLifeDomains } from "../../api/lifeDomains.ts";
import type { LifeDomains } from "../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { TextField } from "../../components/Field.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";
import { rememberLifeDomains } from "../../hooks/useLifeDomains.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useUser } from "../../session/SessionContext.tsx";
import { labelProblems, ownDomainKey, rowsOf, sameRows, toSettings, type DomainRow } from "./lifeDomainRows.ts";
import { isStale } from "./stale.ts";

type Direction = "up" | "down";
type Labels = Record<UiLanguage, string>;
type LabelErrors = Partial<Record<UiLanguage, string>>;

interface LabelFieldsProps {
  labels: Labels;
  builtInKey: string | null;
  errors: LabelErrors;
  onChange(labels: Labels): void;
}

/** The three names of a domain; for a built-in one each may stay empty (its own name then). */
function LabelFields({ labels, builtInKey, errors, onChange }: LabelFieldsProps): ReactNode {
  const { t, i18n } = useTranslation();
  return (
    <>
      {UI_LANGUAGES.map((language) => (
        <TextField
          key={language}
          label={t("admin.lifeDomains.labelIn", { language: t(`languages.${language}`, { ns: "person" }) })}
          hint={builtInKey ? t("admin.lifeDomains.builtInHint", { name: i18n.getFixedT(language)(`lifeDomain.${builtInKey as LifeDomain}`) }) : undefined}
          lang={language}
          required={!builtInKey}
          optional={Boolean(builtInKey)}
          maxLength={LIMITS.domainLabel}
          error={errors[language]}
          value={labels[language]}
          onChange={(e) => onChange({ ...labels, [language]: e.target.value })}
        />
      ))}
    </>
  );
}

interface RowProps {
  row: DomainRow;
  index: number;
  count: number;
  name: string;
  error: string | undefined;
  labelErrors: LabelErrors;
  namesOpen: boolean;
  onNamesOpen(open: boolean): void;
  onChange(row: DomainRow): void;
  onMove(direction: Direction): void;
  onTakeOut(): void;
  moveRef(direction: Direction, element: HTMLButtonElement | null): void;
  headingRef(element: HTMLHeadingElement | null): void;
}

function DomainRowCard({ row, index, count, name, error, labelErrors, namesOpen, onNamesOpen, onChange, onMove, onTakeOut, moveRef, headingRef }: RowProps): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className={row.hidden ? "card domain-row domain-row-hidden" : "card domain-row"}>
      <h3 ref={headingRef} tabIndex={-1}>
        <span className="domain-position">{t("admin.lifeDomains.position", { position: index + 1, count })}</span> {name}
        {row.hidden ? <span className="tag">{t("admin.lifeDomains.hidden")}</span> : null}
        {!row.builtIn ? <span className="tag">{t("admin.lifeDomains.own")}</span> : null}
        {row.added ? <span className="tag tag-warning">{t("admin.lifeDomains.notSaved")}</span> : null}
      </h3>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" ref={(el) => moveRef("up", el)} aria-label={t("agenda.moveUpLabel", { title: name })} onClick={() => onMove("up")}>
          {t("agenda.moveUp")}
        </button>
        <button type="button" ref={(el) => moveRef("down", el)} aria-label={t("agenda.moveDownLabel", { title: name })} onClick={() => onMove("down")}>
          {t("agenda.moveDown")}
        </button>
        <button type="button" aria-pressed={row.hidden} aria-label={t("admin.lifeDomains.hideLabel", { name })} onClick={() => onChange({ ...row, hidden: !row.hidden })}>
          {t("admin.lifeDomains.hide")}
        </button>
        {row.added ? (
          <button type="button" className="button-danger" aria-label={t("admin.lifeDomains.takeOutLabel", { name })} onClick={onTakeOut}>
            {t("admin.lifeDomains.takeOut")}
          </button>
        ) : null}
      </div>
      <details className="disclosure" open={namesOpen} onToggle={(e) => onNamesOpen(e.currentTarget.open)}>
        <summary>
          {t("admin.lifeDomains.names")}
          <span className="visually-hidden"> – {name}</span>
        </summary>
        <LabelFields labels={row.labels} builtInKey={row.builtIn ? row.key : null} errors={labelErrors} onChange={(labels) => onChange({ ...row, labels })} />
      </details>
    </li>
  );
}

const EMPTY_LABELS: Labels = { "nl-BE": "", "fr-BE": "", en: "" };

/**
 * The organisation's life domains: their order, their names in each language, hidden ones, and
 * domains of its own. Changed here, saved at once; a built-in domain can be hidden, not removed.
 */
export function LifeDomainsAdmin(): ReactNode {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const loaded = useLoad(getLifeDomains, []);
  const [base, setBase] = useState<LifeDomains | null>(null);
  const [rows, setRows] = useState<DomainRow[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [labelErrors, setLabelErrors] = useState<Record<string, LabelErrors>>({});
  const [namesOpen, setNamesOpen] = useState<ReadonlySet<string>>(new Set());
  const [newLabels, setNewLabels] = useState<Labels>(EMPTY_LABELS);
  const [newErrors, setNewErrors] = useState<LabelErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusAfter, setFocusAfter] = useState<{ key: string; target: Direction | "heading" } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const addFormRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const focusFirstInvalidNew = useFocusFirstInvalid(addFormRef);
  const targets = useRef(new Map<string, HTMLElement>());

  // The list shows the latest version: after loading, after saving, and after a 409 reload.
  const show = (data: LifeDomains): void => {
    setBase(data);
    setRows(rowsOf(data.domains));
    setRowErrors({});
    setLabelErrors({});
  };
  useEffect(() => {
    if (loaded.data) show(loaded.data);
  }, [loaded.data]);

  useEffect(() => {
    if (!focusAfter) return;
    targets.current.get(`${focusAfter.key}:${focusAfter.target}`)?.focus();
    setFocusAfter(null);
  }, [focusAfter, rows]);

  const targetRef = (key: string, target: Direction | "heading", element: HTMLElement | null): void => {
    if (element) targets.current.set(`${key}:${target}`, element);
    else targets.current.delete(`${key}:${target}`);
  };

  const builtInName = (key: string, language: UiLanguage): string => i18n.getFixedT(language)(`lifeDomain.${key as LifeDomain}`);
  const language: UiLanguage = (UI_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : "nl-BE";
  const nameOf = (row: DomainRow): string => row.labels[language].trim() || (row.builtIn ? builtInName(row.key, language) : row.labels["nl-BE"].trim() || row.key);

  const change = (row: DomainRow): void => setRows((current) => current.map((r) => (r.key === row.key ? row : r)));
  const openNames = (key: string, open: boolean): void =>
    setNamesOpen((current) => {
      if (current.has(key) === open) return current;
      const next = new Set(current);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });

  const move = (row: DomainRow, direction: Direction): void => {
    const from = rows.findIndex((r) => r.key === row.key);
    const to = direction === "up" ? from - 1 : from + 1;
    const name = nameOf(row);
    if (to < 0 || to >= rows.length) {
      setStatus(to < 0 ? t("agenda.alreadyFirst", { title: name }) : t("agenda.alreadyLast", { title: name }));
      return;
    }
    const next = [...rows];
    next.splice(from, 1);
    next.splice(to, 0, row);
    setRows(next);
    setStatus(t("agenda.moved", { title: name, position: to + 1, count: next.length }));
    setFocusAfter({ key: row.key, target: direction });
  };

  const takeOut = (row: DomainRow): void => {
    setRows((current) => current.filter((r) => r.key !== row.key));
    setStatus(t("admin.lifeDomains.takenOut", { name: nameOf(row) }));
  };

  const addOwn = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const row: DomainRow = { key: ownDomainKey(newLabels["nl-BE"], rows.map((r) => r.key)), labels: { ...newLabels }, hidden: false, builtIn: false, added: true };
    const problems = labelProblems(row);
    const messages: LabelErrors = {};
    for (const [lang, problem] of Object.entries(problems)) messages[lang as UiLanguage] = t(`fieldErrors.${problem === "required" ? "required" : "too_big"}`);
    setNewErrors(messages);
    if (Object.keys(messages).length > 0) {
      focusFirstInvalidNew();
      return;
    }
    setRows((current) => [...current, { ...row, labels: { "nl-BE": row.labels["nl-BE"].trim(), "fr-BE": row.labels["fr-BE"].trim(), en: row.labels.en.trim() } }]);
    setNewLabels(EMPTY_LABELS);
    setStatus(t("admin.lifeDomains.added", { name: nameOf(row) }));
    setFocusAfter({ key: row.key, target: "heading" });
  };

  const onSave = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!base || busy) return;
    setStatus(null);
    setError(null);
    // An own domain needs its three names: said at the names, before anything is sent.
    const perRow: Record<string, LabelErrors> = {};
    for (const row of rows) {
      const problems = labelProblems(row);
      for (const [lang, problem] of Object.entries(problems)) (perRow[row.key] ??= {})[lang as UiLanguage] = t(`fieldErrors.${problem === "required" ? "required" : "too_big"}`);
    }
    if (Object.keys(perRow).length > 0) {
      setLabelErrors(perRow);
      setRowErrors({});
      setNamesOpen((current) => new Set([...current, ...Object.keys(perRow)]));
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const saved = await saveLifeDomains({ domains: toSettings(rows, builtInName), version: base.version });
      show(saved);
      loaded.setData(saved);
      rememberLifeDomains(user.organisationId, saved);
      setStatus(t("common.saved"));
    } catch (caught) {
      if (isStale(caught)) {
        setError(t("admin.lifeDomains.stale"));
        await loaded.reload();
        return;
      }
      setError(errorText.message(caught));
      // "domains.3.labels.en" → at that name; "domains.3.key" and the like → at the domain.
      const fields = errorText.fields(caught);
      const nextRowErrors: Record<string, string> = {};
      const nextLabelErrors: Record<string, LabelErrors> = {};
      for (const [field, text] of Object.entries(fields)) {
        const match = /^domains\.(\d+)(?:\.labels\.(nl-BE|fr-BE|en))?/.exec(field);
        const row = match ? rows[Number(match[1])] : undefined;
        if (!row) continue;
        const lang = match?.[2] as UiLanguage | undefined;
        if (lang) (nextLabelErrors[row.key] ??= {})[lang] = text;
        else nextRowErrors[row.key] ??= text;
      }
      setRowErrors(nextRowErrors);
      setLabelErrors(nextLabelErrors);
      setNamesOpen((current) => new Set([...current, ...Object.keys(nextLabelErrors)]));
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  if (loaded.error && !loaded.data) return <ErrorAlert message={errorText.message(loaded.error)} />;
  if (!base) return <Loading />;
  const dirty = !sameRows(rows, rowsOf(base.domains));

  return (
    <section aria-labelledby="admin-life-domains">
      <h2 id="admin-life-domains">{t("admin.lifeDomains.title")}</h2>
      <p className="hint">{t("admin.lifeDomains.intro")}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error} />
      <form ref={formRef} noValidate onSubmit={(e) => void onSave(e)}>
        <ol className="card-list domain-admin-list">
          {rows.map((row, index) => (
            <DomainRowCard
              key={row.key}
              row={row}
              index={index}
              count={rows.length}
              name={nameOf(row)}
              error={rowErrors[row.key]}
              labelErrors={labelErrors[row.key] ?? {}}
              namesOpen={namesOpen.has(row.key)}
              onNamesOpen={(open) => openNames(row.key, open)}
              onChange={change}
              onMove={(direction) => move(row, direction)}
              onTakeOut={() => takeOut(row)}
              moveRef={(direction, el) => targetRef(row.key, direction, el)}
              headingRef={(el) => targetRef(row.key, "heading", el)}
            />
          ))}
        </ol>
        <div className="sticky-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("admin.lifeDomains.save")}
          </button>
          {dirty ? <span className="muted unsaved-note"> {t("admin.lifeDomains.unsaved")}</span> : null}
        </div>
      </form>
      <form ref={addFormRef} className="card own-domain-form" noValidate onSubmit={addOwn} aria-labelledby="admin-own-domain">
        <h3 id="admin-own-domain">{t("admin.lifeDomains.addTitle")}</h3>
        <p className="hint">{t("admin.lifeDomains.addHint")}</p>
        <LabelFields labels={newLabels} builtInKey={null} errors={newErrors} onChange={setNewLabels} />
        <button type="submit">{t("admin.lifeDomains.add")}</button>
      </form>
    </section>
  );
}
