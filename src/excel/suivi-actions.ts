/**
 * « Suivi du flux » on the open workbook: reads the sheets in blocks under the payload budget
 * (workbook-read.ts), runs the jobs of src/jobs/suivi, and writes the planned sheet —
 * cells, formats and native chart — in one batch. GEF replaces only a sheet it created (known by its
 * id, owned-sheets.ts); a user's sheet of the same name (any case) is kept: the sheet goes beside it
 * under « Nom (GEF) » and the result says so.
 */
import { DEFAULT_PARTS_ETAT, type SettingsRead } from "../domain";
import {
  DEFAULT_SUIVI_SETTINGS,
  nomDeFeuille,
  readAnneeAnnuel,
  readReglagesSuivi,
  travailAnnuel,
  travailBilan,
  travailObjectifs,
  type PlanSheet,
  type ReglagesSuivi,
  type SuiviSettings,
  type TravailAnnuel,
  type TravailBilan,
  type TravailObjectifs,
} from "../jobs";
import type { ActionControl, ActionStats } from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { Meter } from "./meter";
import { selectCell } from "./select-cell";
import { queueSheetWithBlocks } from "./write-blocks";
import { cancelled } from "./office-errors";
import { ownSheet, type OwnedSheets } from "./owned-sheets";
import { PARTS_ETAT_CHECKS, SUIVI_SETTINGS_CHECKS, loadCheckedSetting, saveJsonSetting } from "./settings";
import type { UndoHistory } from "./undo-history";
import { expectedCells, recordSheet } from "./undo-steps";
import { readForSuivi, type PaneSheet, type SheetInfo } from "./workbook-read";

/** What the tab keeps in the workbook (src/jobs/suivi: one reading of the fields for the pane and `gef`). */
export type { SuiviSettings };

export { DEFAULT_SUIVI_SETTINGS };

/** Where a plan was written. */
export interface Ecriture {
  readonly feuille: string;
  /** True when a user's sheet had the wanted name: GEF wrote beside it. */
  readonly renomme: boolean;
  readonly voulu: string;
}

export type SuiviResult<T> =
  | { readonly kind: "reglages"; readonly message: string; readonly stats: ActionStats }
  | {
      readonly kind: "fait";
      readonly travail: T;
      readonly ecriture?: Ecriture | undefined;
      readonly stats: ActionStats;
    };

export interface SuiviActions {
  loadSettings(): Promise<SettingsRead<SuiviSettings>>;
  saveSettings(settings: SuiviSettings): Promise<void>;
  objectifs(settings: SuiviSettings, write: boolean, control?: ActionControl): Promise<SuiviResult<TravailObjectifs>>;
  bilan(settings: SuiviSettings, write: boolean, control?: ActionControl): Promise<SuiviResult<TravailBilan>>;
  annuel(settings: SuiviSettings, write: boolean, control?: ActionControl): Promise<SuiviResult<TravailAnnuel>>;
  select(sheet: string, cell: string): Promise<void>;
}

const KEY = "gef.suivi";
const MODELE_KEY = "gef.modele";

/** Queues the plan's sheet: GEF's own sheet of that name replaced, a user's never. */
export function queuePlan(
  context: ExcelContext,
  plan: PlanSheet,
  sheets: readonly SheetInfo[],
  owned: OwnedSheets,
): { ecriture: Ecriture; cells: number; sheetId: () => string; replacedId: string | undefined } {
  const ours = new Set(Object.values(owned));
  const where = nomDeFeuille(
    plan.name,
    sheets.map((s) => ({ name: s.name, gef: ours.has(s.id) })),
  );
  const { cells, sheetId } = queuePlanAt(context, plan, where.nom, where.remplace);
  const replacedId = where.remplace === undefined ? undefined : sheets.find((s) => s.name === where.remplace)?.id;
  return { ecriture: { feuille: where.nom, renomme: where.renomme, voulu: plan.name }, cells, sheetId, replacedId };
}

/** Queues the plan's sheet under `name`, after deleting `replace` (a name or an id). */
export function queuePlanAt(
  context: ExcelContext,
  plan: PlanSheet,
  name: string,
  replace: string | undefined,
): { cells: number; sheetId: () => string } {
  const { ws, cells, sheetId } = queueSheetWithBlocks(context, name, replace, plan.blocks);
  // Widths are given in characters; Excel takes points (about 6 per character of the default font).
  plan.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
  for (const g of plan.charts) {
    const chart = ws.charts.add(g.type, ws.getRange(g.source), g.seriesBy);
    chart.name = g.name;
    chart.title.text = g.title;
    chart.legend.position = g.legend;
    chart.dataLabels.showValue = g.dataLabels;
    chart.setPosition(g.from, g.to);
  }
  ws.activate();
  return { cells, sheetId };
}

/** `history`: the pane's one history of GEF's writes, where each sheet written is recorded. */
export function createSuiviActions(excelRun: ExcelRun, history?: UndoHistory): SuiviActions {
  const run = withDecoupage(excelRun);
  /** Reads every sheet, runs `job`, and writes the plan it gives when asked. */
  const act = <T>(
    settings: SuiviSettings,
    write: boolean,
    control: ActionControl | undefined,
    withModele: boolean,
    /** What the history calls the write: « des objectifs », « du bilan »… */
    label: string,
    job: (sheets: PaneSheet[], active: string, r: ReglagesSuivi) => { travail: T; plan: PlanSheet | undefined },
    /** A setting already found wrong: refused before anything is read. */
    refused?: string,
  ): Promise<SuiviResult<T>> =>
    run(async (context) => {
      const meter = new Meter(context);
      // A setting refused before any reading costs no round trip to Excel.
      if (refused !== undefined) return { kind: "reglages", message: refused, stats: meter.stats() };
      control?.onPhase?.("lecture");
      const parts = (
        await loadCheckedSetting(context, MODELE_KEY, DEFAULT_PARTS_ETAT, PARTS_ETAT_CHECKS, "Modèle DDETS")
      ).value;
      meter.syncs++;
      const r = readReglagesSuivi(settings, parts);
      if (typeof r === "string") return { kind: "reglages", message: r, stats: meter.stats() };
      const { active, sheets, all, owned } = await readForSuivi(meter, control, withModele);
      control?.onPhase?.("calcul");
      const { travail, plan } = job(sheets, active, r);
      if (!write || plan === undefined) return { kind: "fait", travail, stats: meter.stats() };
      if (control?.signal?.aborted === true) throw cancelled();
      control?.onPhase?.("ecriture");
      const { ecriture, cells, sheetId, replacedId } = queuePlan(context, plan, all, owned);
      await meter.sync();
      const role = plan.name.toLowerCase();
      await ownSheet(meter, owned, role, sheetId());
      meter.cellsWritten = cells;
      if (history) {
        const record = {
          name: ecriture.feuille,
          role,
          sheetId: sheetId(),
          expected: expectedCells(plan.blocks),
          rewrite: (c: ExcelContext, replace: string | undefined) => queuePlanAt(c, plan, ecriture.feuille, replace),
        };
        recordSheet(
          history,
          run,
          "suivi",
          `écriture ${label} dans la feuille « ${ecriture.feuille} »`,
          record,
          replacedId,
        );
      }
      return { kind: "fait", travail, ecriture, stats: meter.stats() };
    });

  return {
    async loadSettings() {
      return run((context) =>
        loadCheckedSetting(context, KEY, DEFAULT_SUIVI_SETTINGS, SUIVI_SETTINGS_CHECKS, "Suivi du flux"),
      );
    },
    async saveSettings(settings) {
      await run((context) => saveJsonSetting(context, KEY, settings));
    },
    objectifs: (settings, write, control) =>
      act(settings, write, control, true, "des objectifs", (sheets, active, r) => {
        const travail = travailObjectifs(sheets, active, r);
        return { travail, plan: travail.plan };
      }),
    bilan: (settings, write, control) =>
      act(settings, write, control, false, "du bilan", (sheets, _active, r) => {
        const travail = travailBilan(sheets, r);
        return { travail, plan: travail.plan };
      }),
    annuel: (settings, write, control) => {
      const read = readAnneeAnnuel(settings);
      const refused = typeof read === "string" ? read : undefined;
      const annee = typeof read === "string" ? undefined : read.annee;
      return act(
        settings,
        write,
        control,
        true,
        "du bilan annuel",
        (sheets, active, r) => {
          const travail = travailAnnuel(sheets, active, annee, r);
          return { travail, plan: travail.plan };
        },
        refused,
      );
    },
    select: (sheet, cell) => selectCell(run, sheet, cell),
  };
}
