import { v7 } from "uuid";
import type { Clock } from "@nabij/domain";

/** UUIDv7 made in code: time-ordered, so new rows land at the end of indexes. */
export function newId(clock: Clock): string {
  return v7({ msecs: clock.now().getTime() });
}
