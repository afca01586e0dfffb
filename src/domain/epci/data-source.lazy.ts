/**
 * The pane's variant of data-source.ts (webpack.config.js replaces one by the other): the commune →
 * EPCI table is fetched by {@link loadDecoupage} in a chunk of its own, the first time an action
 * meets a table of communes (or a template of another département), never before the first paint.
 */
import { DecoupageNonCharge, type DecoupageData } from "./decoupage-non-charge";

export { DecoupageNonCharge, type DecoupageData } from "./decoupage-non-charge";

let data: DecoupageData | undefined;
let loading: Promise<void> | undefined;

/** The table's data; throws {@link DecoupageNonCharge} until {@link loadDecoupage} has resolved. */
export function decoupageData(): DecoupageData {
  if (data === undefined) throw new DecoupageNonCharge();
  return data;
}

/** Loads the table once (later calls share the same promise; a failed load may be tried again). */
export function loadDecoupage(): Promise<void> {
  loading ??= import(/* webpackChunkName: "communes-epci" */ "./data.generated").then(
    (m) => {
      data = { epci: m.EPCI_DATA, communes: m.COMMUNES_DATA };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
