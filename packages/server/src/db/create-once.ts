import { AppError } from "@nabij/domain";

/** Did the database refuse a row because its key or a unique value exists already? */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/**
 * Creates a record whose id the client chose (offline use), exactly once. The same id again, by
 * the same author for the same person, returns the stored record (created: false), also when two
 * copies of the request race each other; an id that belongs to anything else is a 409 with no
 * details.
 */
export async function createOnce<Row, View>(steps: {
  find: () => Promise<Row | undefined>;
  mine: (row: Row) => boolean;
  insert: () => Promise<View>;
  present: (row: Row) => Promise<View> | View;
}): Promise<{ value: View; created: boolean }> {
  const replay = async (row: Row): Promise<{ value: View; created: boolean }> => {
    if (!steps.mine(row)) throw new AppError("conflict", "This id is already in use");
    return { value: await steps.present(row), created: false };
  };
  const before = await steps.find();
  if (before) return replay(before);
  try {
    return { value: await steps.insert(), created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const after = await steps.find();
    if (!after) throw error;
    return replay(after);
  }
}
