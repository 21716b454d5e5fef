import type { Closeness } from "@nabij/domain";

/** The geometry of the ecomap: pure, so it is tested without a browser. */

export interface Point {
  x: number;
  y: number;
}

export const ECOMAP = { width: 500, height: 400, center: { x: 250, y: 200 }, personRadius: 30 } as const;

/** How close the person feels, drawn as the distance from the centre. */
export const RING: Record<Closeness, number> = { close: 62, medium: 104, distant: 146 };

const round = (n: number): number => Math.round(n * 10) / 10;

/** The angle of tie `index` of `count`: spread evenly round the person, the first straight up. */
export function tieAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / Math.max(count, 1);
}

export function polar(center: Point, radius: number, angle: number): Point {
  return { x: round(center.x + radius * Math.cos(angle)), y: round(center.y + radius * Math.sin(angle)) };
}

/**
 * The name and, for a tie that brings stress, the word "stress" on a line of its own: under the
 * name, or above the symbol for a tie at the top. In em, for the texts' `dy`.
 */
export function labelLines(dy: number, stress: boolean): { name: number; stress: number | null } {
  if (!stress) return { name: dy, stress: null };
  return dy < 0 ? { name: dy - 1.1, stress: dy } : { name: dy, stress: dy + 1.1 };
}

export interface Placed extends Point {
  angle: number;
  /** Where the name goes: outside the symbol, turned away from the centre; `dy` in em. */
  label: Point & { anchor: "start" | "middle" | "end"; dy: number };
}

export function placeTie(index: number, count: number, closeness: Closeness): Placed {
  const angle = tieAngle(index, count);
  const at = polar(ECOMAP.center, RING[closeness], angle);
  const labelAt = polar(ECOMAP.center, RING[closeness] + 14, angle);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
  const dy = sin < -0.6 ? -0.2 : sin > 0.6 ? 0.9 : 0.35;
  return { ...at, angle, label: { ...labelAt, anchor, dy } };
}

/**
 * A jagged line from `from` to `to` (a tie that brings stress): teeth of `step` units, `depth`
 * to either side. Drawn besides a text label, so that stress never shows in colour alone.
 */
export function zigzag(from: Point, to: Point, step = 8, depth = 4): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return `M${from.x},${from.y}`;
  const ux = dx / length;
  const uy = dy / length;
  const teeth = Math.max(1, Math.floor(length / step));
  const points: string[] = [`M${round(from.x)},${round(from.y)}`];
  for (let i = 1; i < teeth; i++) {
    const side = i % 2 === 0 ? -depth : depth;
    const along = (length * i) / teeth;
    points.push(`L${round(from.x + ux * along - uy * side)},${round(from.y + uy * along + ux * side)}`);
  }
  points.push(`L${round(to.x)},${round(to.y)}`);
  return points.join(" ");
}

/** The point `distance` from `from` towards `to`: where a line leaves a symbol. */
export function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: round(from.x + ((to.x - from.x) / length) * distance), y: round(from.y + ((to.y - from.y) / length) * distance) };
}
