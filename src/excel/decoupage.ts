/**
 * The pane loads the commune → EPCI table on demand (src/domain/epci/data-source.lazy.ts): an action
 * whose reading meets a table of communes (or a template of another département) stops with
 * DecoupageNonCharge before writing anything; it then runs again once the table is loaded. Only the
 * first such action pays for one more read of the workbook. Outside the pane's build the table is
 * always there and this wrapper does nothing.
 */
import { DecoupageNonCharge, loadDecoupage } from "../domain";
import type { ExcelRun } from "./api";

export function withDecoupage(run: ExcelRun): ExcelRun {
  return async (batch) => {
    try {
      return await run(batch);
    } catch (error) {
      if (!(error instanceof DecoupageNonCharge)) throw error;
      await loadDecoupage();
      return run(batch);
    }
  };
}
