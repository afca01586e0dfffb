/**
 * The sheets GEF created, remembered by id in the workbook's settings (an id survives a rename), so
 * that GEF deletes or replaces only its own sheets, never a user's sheet that happens to bear the
 * same name (« Répartitions », in any case).
 */
import type { ExcelContext } from "./api";
import type { Meter } from "./meter";
import { queueJsonSetting } from "./settings";

export const OWNED_KEY = "gef.feuilles";

/** Sheet id by role (« repartitions », « objectifs »…). */
export type OwnedSheets = Readonly<Record<string, string>>;

/** Queues the load of GEF's sheets (no sync): call the result after the next sync. */
export function queueOwnedSheets(context: ExcelContext): () => OwnedSheets {
  const read = queueJsonSetting(context, OWNED_KEY);
  return () => {
    const parsed = read();
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    // Only string ids are kept: a setting edited by hand cannot make GEF delete anything else.
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
  };
}

/** Records that the sheet `id` is GEF's, for `role` (one sync). */
export async function ownSheet(meter: Meter, owned: OwnedSheets, role: string, id: string): Promise<void> {
  meter.context.workbook.settings.add(OWNED_KEY, JSON.stringify({ ...owned, [role]: id }));
  await meter.sync();
}
