import type { RequestContext } from "../access/context.ts";
import { feedForToken } from "./calendar-feed.repository.ts";
import { renderFeed } from "./ical.ts";

/**
 * Answers a feed address "<token>.ics": the calendar, or undefined for anything unknown,
 * malformed or revoked (the route answers 404 with no hint). Each fetch is audited as a read
 * by the feed, naming the persons it showed.
 */
export async function serveFeed(ctx: RequestContext, file: string): Promise<string | undefined> {
  if (!file.endsWith(".ics")) return undefined;
  const feed = await feedForToken(ctx.services, file.slice(0, -".ics".length));
  if (!feed) return undefined;
  const { ics, personIds } = await renderFeed(ctx.services, feed);
  ctx.services.audit.read(
    { organisationId: feed.organisation_id, actorKind: "feed", actorId: feed.id, requestId: ctx.requestId },
    { action: "calendar_feed.read", entityType: "calendar_feed", entityId: feed.id, personIds, basis: feed.owner_kind === "person" ? "own_feed" : "involvement" },
  );
  return ics;
}
