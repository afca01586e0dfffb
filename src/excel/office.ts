/** The pane's actions on the workbook open in Excel (the only place that reaches Excel.run). */
import type { ExcelRun } from "./api";
import { createBreakdownActions, type BreakdownActions } from "./breakdown-actions";
import { createSuiviActions, type SuiviActions } from "./suivi-actions";
import { createTemplateActions } from "./template-actions";
import type { TemplateActions } from "./action-types";

export interface WorkbookActions {
  readonly template: TemplateActions;
  readonly repartitions: BreakdownActions;
  readonly suivi: SuiviActions;
}

/** Actions over `run`: Excel.run in Office, a simulated workbook's run elsewhere. */
export function createWorkbookActions(run: ExcelRun): WorkbookActions {
  return { template: createTemplateActions(run), repartitions: createBreakdownActions(run), suivi: createSuiviActions(run) };
}

/** Actions on the workbook open in Excel. */
export function officeWorkbookActions(): WorkbookActions {
  const run: ExcelRun = (batch) => Excel.run((context) => batch(context));
  return createWorkbookActions(run);
}
