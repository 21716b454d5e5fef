/** The geometry of the life-domains radar chart: pure, so it is tested without a browser. */

export const SCALE_MAX = 5;

export interface Point {
  x: number;
  y: number;
}

export interface RadarLayout {
  width: number;
  height: number;
  center: Point;
  radius: number;
}

export const RADAR: RadarLayout = { width: 440, height: 300, center: { x: 220, y: 150 }, radius: 110 };

/** The direction of axis `index` of `count`: the first straight up, then clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / Math.max(count, 1);
}

/** Where `value` (0–5) lies on axis `index` of `count`. */
export function pointOn(layout: RadarLayout, index: number, count: number, value: number): Point {
  const angle = axisAngle(index, count);
  const r = (Math.max(0, Math.min(SCALE_MAX, value)) / SCALE_MAX) * layout.radius;
  return { x: round(layout.center.x + r * Math.cos(angle)), y: round(layout.center.y + r * Math.sin(angle)) };
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The polygon through the rated axes, in axis order; an axis without a rating is skipped (it is
 * not a zero). Empty when nothing is rated.
 */
export function polygonPoints(layout: RadarLayout, values: readonly (number | null)[]): string {
  return values
    .flatMap((value, index) => (value === null ? [] : [pointOn(layout, index, values.length, value)]))
    .map((p) => `${p.x},${p.y}`)
    .join(" ");
}

export interface AxisLabel extends Point {
  anchor: "start" | "middle" | "end";
  /** Shift of the text's baseline: above the point at the top, below it at the bottom. */
  dy: string;
}

/** Where an axis's name goes: just outside the circle, turned away from the centre. */
export function labelPlace(layout: RadarLayout, index: number, count: number): AxisLabel {
  const angle = axisAngle(index, count);
  const r = layout.radius + 12;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
  const dy = sin < -0.6 ? "-0.2em" : sin > 0.6 ? "0.9em" : "0.35em";
  return { x: round(layout.center.x + r * cos), y: round(layout.center.y + r * sin), anchor, dy };
}
