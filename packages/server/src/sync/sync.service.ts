import { AppError, syncItem, type ErrorEnvelope, type FieldError } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { AgendaRepository } from "../agenda/agenda.repository.ts";
import { EncounterRepository } from "../encounters/encounter.repository.ts";
import { toAppError } from "../http/errors.ts";
import { nulCharacters, toFieldErrors } from "../http/route.ts";

export interface SyncResult {
  index: number;
  id: string | null;
  /** 201 stored now, 200 stored before (a retry), 4xx refused with `error`. */
  status: number;
  error?: ErrorEnvelope["error"];
}

/** Field paths of the single-item routes ("body.personIds.0") become "items.N.data.personIds.0". */
function inBatch(index: number, fields: FieldError[] | undefined): FieldError[] | undefined {
  return fields?.map((f) => ({ ...f, path: f.path.replace(/^body(?=\.|$)/, `items.${index}.data`) }));
}

function refused(index: number, id: string | null, error: AppError): SyncResult {
  const fields = error.fields;
  return { index, id, status: error.status, error: { code: error.code, message: error.message, ...(fields ? { fields } : {}) } };
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
    const nul = nulCharacters(`items.${index}`, raw);
    if (nul.length > 0) {
      results.push(refused(index, idOf(raw), new AppError("validation_failed", "This item is not valid", nul)));
      continue;
    }
    const parsed = syncItem.safeParse(raw);
    if (!parsed.success) {
      results.push(refused(index, idOf(raw), new AppError("validation_failed", "This item is not valid", toFieldErrors(`items.${index}`, parsed.error))));
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
      // Known errors (including database refusals such as a duplicate) answer this item only.
      const known = toAppError(error);
      if (!known) throw error;
      results.push(refused(index, item.data.id, new AppError(known.code, known.message, inBatch(index, known.fields))));
    }
  }
  return results;
}
