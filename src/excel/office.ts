/** The pane's actions on the workbook open in Excel (the only place that reaches Excel.run). */
import type { ExcelRun } from "./api";
import type { RepartitionActions } from "./repartition-actions";
import { deferActions } from "./deferred-actions";
import type { SuiviActions } from "./suivi-actions";
import type { VacancesActions } from "./vacances-actions";
import type { ProgrammeActions } from "./programme-actions";
import { createModeleActions } from "./modele-actions";
import type { ModeleActions } from "./action-types";
import { UndoHistory } from "./undo-history";

export interface WorkbookActions {
  readonly modele: ModeleActions;
  readonly repartitions: RepartitionActions;
  readonly suivi: SuiviActions;
  /** « Vacances », a section of the Suivi du flux tab. */
  readonly vacances: VacancesActions;
  /** « Programme neuf », a section of the Suivi du flux tab. */
  readonly programme: ProgrammeActions;
  /** GEF's writes, whichever tab did them, newest first: « Annuler » undoes them (undo-history.ts). */
  readonly history: UndoHistory;
}

/**
 * Actions over `run`: Excel.run in Office, a simulated workbook's run elsewhere. The breakdown and
 * Suivi du flux actions load their code on first use (deferred-actions.ts), outside the first paint.
 */
export function createWorkbookActions(run: ExcelRun): WorkbookActions {
  const history = new UndoHistory();
  return {
    modele: createModeleActions(run, history),
    repartitions: deferActions<RepartitionActions>(() =>
      import(/* webpackChunkName: "actions-repartitions" */ "./repartition-actions").then((m) =>
        m.createRepartitionActions(run, history),
      ),
    ),
    suivi: deferActions<SuiviActions>(() =>
      import(/* webpackChunkName: "actions-suivi" */ "./suivi-actions").then((m) => m.createSuiviActions(run, history)),
    ),
    vacances: deferActions<VacancesActions>(() =>
      import(/* webpackChunkName: "actions-suivi" */ "./vacances-actions").then((m) =>
        m.createVacancesActions(run, history),
      ),
    ),
    programme: deferActions<ProgrammeActions>(() =>
      import(/* webpackChunkName: "actions-programme" */ "./programme-actions").then((m) =>
        m.createProgrammeActions(run, history),
      ),
    ),
    history,
  };
}

/**
 * The API sets above ExcelApi 1.4 that the pane uses, and what they imply (learn.microsoft.com,
 * « Excel JavaScript API requirement sets »): getRangeByIndexes is ExcelApi 1.7, a chart's data-label
 * number format 1.8 (without it, Excel's default label format is kept). The manifest already requires
 * SharedRuntime 1.1: Microsoft 365 (version 2002 or later), Excel 2021 or later, Excel for Mac 16.35
 * or later, or Excel on the web; on those, 1.7 and 1.8 are present.
 */
export const REQUIRED_API = "1.7";
export const OPTIONAL_API = "1.8";

/** The ExcelApi sets missing on this host (empty when the pane can run). */
export function missingApiSets(): string[] {
  const supported = (v: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", v);
  return supported(REQUIRED_API) ? [] : [`ExcelApi ${REQUIRED_API}`];
}

/** Actions on the workbook open in Excel. */
export function officeWorkbookActions(): WorkbookActions {
  const run: ExcelRun = (batch) => Excel.run((context) => batch(context));
  return createWorkbookActions(run);
}
