/**
 * Where the commune → EPCI table (data.generated.ts, 564 Ko) comes from: here, imported with the
 * code. This is what `gef`, the custom functions, jest and the benchmark use.
 *
 * The pane's build swaps this file for data-source.lazy.ts (webpack.config.js), which loads the table
 * in a chunk of its own, so that the pane paints without it; the domain stays synchronous either
 * way: src/excel runs an action again after {@link loadDecoupage} when it met {@link DecoupageNonCharge}.
 */
import { COMMUNES_DATA, EPCI_DATA } from "./data.generated";
import type { DecoupageData } from "./decoupage-non-charge";

export { DecoupageNonCharge, type DecoupageData } from "./decoupage-non-charge";

const DATA: DecoupageData = { epci: EPCI_DATA, communes: COMMUNES_DATA };

/** The table's data (always there in this variant). */
export function decoupageData(): DecoupageData {
  return DATA;
}

/** Nothing to load in this variant. */
export function loadDecoupage(): Promise<void> {
  return Promise.resolve();
}
