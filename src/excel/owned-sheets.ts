/**
 * The sheets GEF created, remembered by id in the workbook's settings (an id survives a rename), so
 * that GEF deletes or replaces only its own sheets, never a user's sheet that happens to bear the
 * same name (« Répartitions », in any case).
 */
import type { ExcelContext } from "./api";
import type { Meter } from "./meter";

export const OWNED_KEY = "gef.feuilles";

/** Sheet id by role (« repartitions », « objectifs »…). */
export type OwnedSheets = Readonly<Record<string, string>>;

/** Queues the load of GEF's sheets (no sync): call the result after the next sync. */
export function queueOwnedSheets(context: ExcelContext): () => OwnedSheets {
  const item = context.workbook.settings.getItemOrNullObject(OWNED_KEY);
  item.load("value");
  return () => {
    if (item.isNullObject) return {};
    const v: unknown = item.value;
    const parsed: unknown = typeof v === "string" ? safeParse(v) : v;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    // Only string ids are kept: a setting edited by hand cannot make GEF delete anything else.
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Records that the sheet `id` is GEF's, for `role` (one sync). */
export async function ownSheet(meter: Meter, owned: OwnedSheets, role: string, id: string): Promise<void> {
  meter.context.workbook.settings.add(OWNED_KEY, JSON.stringify({ ...owned, [role]: id }));
  await meter.sync();
}
