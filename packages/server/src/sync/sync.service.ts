import { AppError, syncItem, type ErrorEnvelope } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { AgendaRepository } from "../agenda/agenda.repository.ts";
import { EncounterRepository } from "../encounters/encounter.repository.ts";

export interface SyncResult {
  index: number;
  id: string | null;
  /** 201 stored now, 200 stored before (a retry), 4xx refused with `error`. */
  status: number;
  error?: ErrorEnvelope["error"];
}

function refused(index: number, id: string | null, error: AppError): SyncResult {
  return { index, id, status: error.status, error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
}

function idOf(item: unknown): string | null {
  const data = (item as { data?: { id?: unknown } } | null)?.data;
  return typeof data?.id === "string" ? data.id : null;
}

/**
 * Stores what an offline client kept in its outbox. Each item stands alone, in its own
 * transaction: a malformed or refused item gets its reasons, and the valid ones are kept.
 */
export async function syncOutbox(ctx: RequestContext, items: unknown[]): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const [index, raw] of items.entries()) {
    const parsed = syncItem.safeParse(raw);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => ({ path: ["items", String(index), ...issue.path.map(String)].join("."), code: issue.code, message: issue.message }));
      results.push(refused(index, idOf(raw), new AppError("validation_failed", "This item is not valid", fields)));
      continue;
    }
    const item = parsed.data;
    try {
      const created =
        item.kind === "encounter"
          ? (await new EncounterRepository(ctx).create(item.data)).created
          : (await new AgendaRepository(ctx).create(item.personId, item.data)).created;
      results.push({ index, id: item.data.id, status: created ? 201 : 200 });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push(refused(index, item.data.id, error));
    }
  }
  return results;
}
