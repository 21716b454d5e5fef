import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CLOSENESS, TIE_KINDS, type TieKind } from "@nabij/domain";
import type { NetworkTie } from "../../../api/types.ts";
import { ECOMAP, labelLines, placeTie, RING, towards, zigzag } from "./ecomap.ts";

const SYMBOL = 9;

/** One symbol per kind of tie, so the kind shows without colour. */
export function KindSymbol({ kind, x, y, size = SYMBOL, className }: { kind: TieKind; x: number; y: number; size?: number; className?: string }): ReactNode {
  const s = size;
  switch (kind) {
    case "family":
      return <circle cx={x} cy={y} r={s} className={className} />;
    case "friend":
      return <polygon points={`${x},${y - s * 1.2} ${x + s * 1.2},${y} ${x},${y + s * 1.2} ${x - s * 1.2},${y}`} className={className} />;
    case "neighbour":
      return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} className={className} />;
    case "professional":
      return <polygon points={`${x},${y - s * 1.15} ${x + s * 1.1},${y + s * 0.85} ${x - s * 1.1},${y + s * 0.85}`} className={className} />;
    case "other":
      return (
        <polygon
          points={[0, 1, 2, 3, 4, 5].map((i) => `${x + s * Math.cos((Math.PI / 3) * i)},${y + s * Math.sin((Math.PI / 3) * i)}`).join(" ")}
          className={className}
        />
      );
  }
}

const short = (text: string, max = 11): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** What the kinds, the line styles and the rings mean: the legend under the ecomap. */
function EcomapLegend(): ReactNode {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend ecomap-legend">
      {TIE_KINDS.map((kind) => (
        <li key={kind}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <KindSymbol kind={kind} x={12} y={12} size={8} className="ecomap-node" />
          </svg>
          {t(`tieKind.${kind}`)}
        </li>
      ))}
      <li>
        <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
          <line x1="2" y1="6" x2="30" y2="6" className="ecomap-tie ecomap-tie-support" />
        </svg>
        {t("network.legendSupport")}
      </li>
      <li>
        <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
          <line x1="2" y1="6" x2="30" y2="6" className="ecomap-tie" />
        </svg>
        {t("network.legendNoSupport")}
      </li>
      <li>
        <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
          <path d={zigzag({ x: 2, y: 6 }, { x: 30, y: 6 }, 5, 3)} className="ecomap-tie ecomap-tie-stress" />
        </svg>
        {t("network.legendStress")}
      </li>
      <li>{t("network.legendRings")}</li>
    </ul>
  );
}

interface Props {
  ties: readonly NetworkTie[];
  personName: string;
  /** The tie the user points at or is on in the list: drawn stronger, with its support in words. */
  active: string | null;
  onPoint(tieId: string | null): void;
}

/**
 * The person in the middle, everyone in their network around them: nearer when the person feels
 * closer, a symbol per kind, a thick line for support and a jagged line marked "stress" for
 * stress. A picture of the list below it; the list is where ties are added and changed.
 */
export function Ecomap({ ties, personName, active, onPoint }: Props): ReactNode {
  const { t } = useTranslation();
  const { center, personRadius } = ECOMAP;
  const activeTie = ties.find((tie) => tie.id === active);
  const supportWords = (tie: NetworkTie): string => (tie.support.length > 0 ? tie.support.map((s) => t(`support.${s}`)).join(", ") : t("network.noSupport"));
  return (
    <figure className="ecomap">
      <svg viewBox={`0 0 ${ECOMAP.width} ${ECOMAP.height}`} role="img" aria-label={t("network.chartLabel", { name: personName })} focusable="false">
        <g className="ecomap-rings">
          {CLOSENESS.map((c) => (
            <circle key={c} cx={center.x} cy={center.y} r={RING[c]} />
          ))}
        </g>
        {ties.map((tie, index) => {
          const place = placeTie(index, ties.length, tie.closeness);
          const from = towards(center, place, personRadius);
          const to = towards(place, center, SYMBOL + 2);
          const classes = ["ecomap-tie", tie.support.length > 0 ? "ecomap-tie-support" : "", tie.stress ? "ecomap-tie-stress" : "", tie.id === active ? "ecomap-active" : ""].filter(Boolean).join(" ");
          return tie.stress ? <path key={tie.id} d={zigzag(from, to)} className={classes} /> : <line key={tie.id} x1={from.x} y1={from.y} x2={to.x} y2={to.y} className={classes} />;
        })}
        <circle cx={center.x} cy={center.y} r={personRadius} className="ecomap-person" />
        <text x={center.x} y={center.y} dy="0.35em" textAnchor="middle" className="ecomap-person-name">
          {short(personName, 9)}
        </text>
        {ties.map((tie, index) => {
          const place = placeTie(index, ties.length, tie.closeness);
          const lines = labelLines(place.label.dy, tie.stress);
          return (
            <g key={tie.id} className={tie.id === active ? "ecomap-active" : undefined} onMouseEnter={() => onPoint(tie.id)} onMouseLeave={() => onPoint(null)}>
              <title>{`${tie.name}: ${supportWords(tie)}`}</title>
              <KindSymbol kind={tie.kind} x={place.x} y={place.y} className="ecomap-node" />
              <text x={place.label.x} y={place.label.y} dy={`${lines.name}em`} textAnchor={place.label.anchor} className="ecomap-name">
                {short(tie.name)}
              </text>
              {lines.stress !== null ? (
                <text x={place.label.x} y={place.label.y} dy={`${lines.stress}em`} textAnchor={place.label.anchor} className="ecomap-stress-label">
                  {t("network.stressMark")}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <p className={activeTie ? "ecomap-detail" : "ecomap-detail muted"} aria-hidden="true">
        {activeTie ? `${activeTie.name}: ${supportWords(activeTie)}${activeTie.stress ? ` – ${t("network.stressTag")}` : ""}` : t("network.pointHint")}
      </p>
      <figcaption>
        <EcomapLegend />
      </figcaption>
    </figure>
  );
}
