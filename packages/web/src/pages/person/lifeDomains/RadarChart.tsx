import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { labelPlace, pointOn, polygonPoints, RADAR, SCALE_MAX } from "./radar.ts";

export interface RadarAxis {
  key: string;
  /** A short name for the axis; the full name is in the table. */
  label: string;
  person: number | null;
  worker: number | null;
}

const RINGS = Array.from({ length: SCALE_MAX }, (_, i) => i + 1);

/** The two lines of the legend, drawn like in the chart: the line style tells them apart, not the colour. */
export function RadarLegend({ personName }: { personName: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      <li>
        <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
          <line x1="2" y1="6" x2="30" y2="6" className="radar-person-line" />
          <circle cx="16" cy="6" r="4" className="radar-person-dot" />
        </svg>
        {t("lifeDomains.legendPerson", { name: personName })}
      </li>
      <li>
        <svg viewBox="0 0 32 12" width="32" height="12" aria-hidden="true" focusable="false">
          <line x1="2" y1="6" x2="30" y2="6" className="radar-worker-line" />
          <rect x="12.5" y="2.5" width="7" height="7" className="radar-worker-dot" />
        </svg>
        {t("lifeDomains.legendWorker")}
      </li>
    </ul>
  );
}

/**
 * All life domains at a glance: one axis per domain (1 in the middle, 5 at the edge), the
 * person's latest ratings as a solid line with dots, the worker's as a dashed line with
 * squares. A picture of the table next to it, which is what screen readers get.
 */
export function RadarChart({ axes, personName }: { axes: readonly RadarAxis[]; personName: string }): ReactNode {
  const { t } = useTranslation();
  const count = axes.length;
  const { center, radius } = RADAR;
  const personPoints = polygonPoints(RADAR, axes.map((a) => a.person));
  const workerPoints = polygonPoints(RADAR, axes.map((a) => a.worker));
  return (
    <figure className="radar">
      <svg viewBox={`0 0 ${RADAR.width} ${RADAR.height}`} role="img" aria-label={t("lifeDomains.chartLabel")} focusable="false">
        <g className="radar-grid">
          {RINGS.map((value) => (
            <circle key={value} cx={center.x} cy={center.y} r={(value / SCALE_MAX) * radius} />
          ))}
          {axes.map((axis, index) => {
            const end = pointOn(RADAR, index, count, SCALE_MAX);
            return <line key={axis.key} x1={center.x} y1={center.y} x2={end.x} y2={end.y} />;
          })}
        </g>
        <g className="radar-scale">
          {RINGS.map((value) => (
            <text key={value} x={center.x + 3} y={center.y - (value / SCALE_MAX) * radius + 11}>
              {value}
            </text>
          ))}
        </g>
        {personPoints ? <polygon points={personPoints} className="radar-person-line radar-person-area" /> : null}
        {workerPoints ? <polygon points={workerPoints} className="radar-worker-line" /> : null}
        {axes.map((axis, index) =>
          axis.person === null ? null : <circle key={`p-${axis.key}`} {...centre(pointOn(RADAR, index, count, axis.person))} r="4.5" className="radar-person-dot" />,
        )}
        {axes.map((axis, index) => {
          if (axis.worker === null) return null;
          const p = pointOn(RADAR, index, count, axis.worker);
          return <rect key={`w-${axis.key}`} x={p.x - 4} y={p.y - 4} width="8" height="8" className="radar-worker-dot" />;
        })}
        <g className="radar-labels">
          {axes.map((axis, index) => {
            const place = labelPlace(RADAR, index, count);
            return (
              <text key={axis.key} x={place.x} y={place.y} dy={place.dy} textAnchor={place.anchor}>
                {axis.label}
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <RadarLegend personName={personName} />
      </figcaption>
    </figure>
  );
}

const centre = (p: { x: number; y: number }): { cx: number; cy: number } => ({ cx: p.x, cy: p.y });
