/** GEF's settings kept in the workbook (Excel's workbook settings), as JSON. */
import type { ExcelContext } from "./api";

/** Reads a JSON setting; undefined when absent or unreadable. */
export async function loadJsonSetting<T>(context: ExcelContext, key: string): Promise<T | undefined> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return undefined;
  try {
    const v: unknown = item.value;
    return (typeof v === "string" ? JSON.parse(v) : v) as T;
  } catch {
    return undefined;
  }
}

/** Saves a JSON setting in the workbook. */
export async function saveJsonSetting(context: ExcelContext, key: string, value: unknown): Promise<void> {
  context.workbook.settings.add(key, JSON.stringify(value));
  await context.sync();
}
