/** GEF's settings kept in the workbook (Excel's workbook settings), as JSON. */
import type { ExcelContext } from "./api";

/**
 * Queues the load of a JSON setting (no sync): call the result after the next sync; it gives the
 * parsed value, undefined when absent or unreadable.
 */
export function queueJsonSetting(context: ExcelContext, key: string): () => unknown {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return () => {
    if (item.isNullObject) return undefined;
    const v: unknown = item.value;
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  };
}

/** Reads a JSON setting (one sync); undefined when absent or unreadable. */
export async function loadJsonSetting<T>(context: ExcelContext, key: string): Promise<T | undefined> {
  const read = queueJsonSetting(context, key);
  await context.sync();
  return read() as T | undefined;
}

/** Saves a JSON setting in the workbook. */
export async function saveJsonSetting(context: ExcelContext, key: string, value: unknown): Promise<void> {
  context.workbook.settings.add(key, JSON.stringify(value));
  await context.sync();
}
