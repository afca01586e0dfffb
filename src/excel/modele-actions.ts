/**
 * The pane's template actions on the open workbook: check, fill, insert a blank template; fill and
 * insert are recorded in the pane's history (undo-history.ts), which undoes them.
 * Each reads once, computes with src/domain, and writes once: a constant number of
 * `context.sync()` whatever the size of the sheets (docs/architecture.md).
 */
import { accord, type CellWrite } from "../domain";
import { checkModele, DEFAULT_MODELE_SETTINGS, fillModele, insertModele, type FillModelePlan } from "../jobs";
import type {
  ActionControl,
  CheckResult,
  FillMode,
  FillResult,
  InsertResult,
  ModeleActions,
  ModeleSettings,
} from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { Meter } from "./meter";
import { selectCell } from "./select-cell";
import { cancelled } from "./office-errors";
import { MODELE_SETTINGS_CHECKS, loadCheckedSetting, saveJsonSetting } from "./settings";
import { UndoHistory } from "./undo-history";
import { cellsUndo, expectedCells, sheetUndo, type WrittenCell } from "./undo-steps";
import { readForCheck, readForFill, type PaneSheet } from "./workbook-read";

const SETTINGS_KEY = "gef.modele";

type Run = ReturnType<typeof withDecoupage>;

const aborted = (control?: ActionControl): boolean => control?.signal?.aborted === true;

/** Writes planned cells into a sheet (queued; the caller syncs). */
function queueWrites(context: ExcelContext, sheet: string, writes: readonly CellWrite[]): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  for (const w of writes) {
    const range = ws.getRange(w.cell);
    if (w.asText === true) {
      // Text from data never becomes a formula: text format first, then the value.
      range.numberFormat = [["@"]];
      range.values = [[w.value ?? ""]];
      continue;
    }
    // The format first: Excel reads a formula written into a text-formatted ("@") cell as text.
    if (w.numberFormat !== undefined) range.numberFormat = [[w.numberFormat]];
    if (w.formula !== undefined) range.formulas = [[w.formula]];
    else if (w.value !== undefined) range.values = [[w.value]];
  }
}

function check(run: Run, settings: ModeleSettings, control?: ActionControl): Promise<CheckResult> {
  return run(async (context) => {
    const meter = new Meter(context);
    control?.onPhase?.("lecture");
    const { active, sheet } = await readForCheck(meter, control);
    control?.onPhase?.("calcul");
    return { sheet: active, diagnostics: checkModele(sheet, settings).diagnostics, stats: meter.stats() };
  });
}

/** What undoing a fill restores: each written cell's formula and number format before the fill. */
function writtenCells(modele: PaneSheet, writes: readonly CellWrite[]): WrittenCell[] {
  return writes.map((w) => ({
    cell: w.cell,
    written: w.asText === true ? (w.value ?? "") : (w.formula ?? w.value ?? ""),
    formula: modele.formulas?.[w.row]?.[w.col] ?? "",
    numberFormat: modele.numberFormat?.[w.row]?.[w.col] ?? "General",
  }));
}

/** The pane's summary of a fill plan once written. */
function fillDone(plan: FillModelePlan, stats: FillResult["stats"]): FillResult {
  return {
    kind: "fait",
    sheet: plan.sheet,
    written: plan.writes.length,
    kept: plan.kept,
    epci: plan.figures,
    logements: plan.sources.logements,
    mouvements: plan.sources.mouvements,
    horsModele: plan.sources.horsModele,
    diagnostics: plan.diagnostics,
    stats,
  };
}

function fill(
  run: Run,
  settings: ModeleSettings,
  mode: FillMode,
  control: ActionControl | undefined,
  history: UndoHistory,
): Promise<FillResult> {
  return run(async (context) => {
    const meter = new Meter(context);
    control?.onPhase?.("lecture");
    const { active, sheets, modele } = await readForFill(meter, control);
    control?.onPhase?.("calcul");
    if (!modele) {
      const diagnostics = checkModele(
        { values: sheets.find((s) => s.name === active)?.values ?? [] },
        settings,
      ).diagnostics;
      return { kind: "fait", sheet: active, written: 0, kept: [], epci: [], diagnostics, stats: meter.stats() };
    }
    const plan = fillModele({ sheets, modele, settings, ecraser: mode === "remplacer" });
    if (mode === "demander" && plan.conflicts.length > 0) {
      return { kind: "confirmation", sheet: modele.name, conflicts: plan.conflicts, stats: meter.stats() };
    }
    if (aborted(control)) throw cancelled();
    control?.onPhase?.("ecriture");
    if (plan.writes.length > 0) {
      queueWrites(context, modele.name, plan.writes);
      await meter.sync();
      meter.cellsWritten = plan.writes.length;
      const what = `le remplissage de « ${modele.name} »`;
      history.record(
        "modele",
        `remplissage de ${accord(plan.writes.length, "cellule")} de « ${modele.name} »`,
        cellsUndo(run, modele.name, writtenCells(modele, plan.writes), what),
      );
    }
    return fillDone(plan, meter.stats());
  });
}

function insertBlank(
  run: Run,
  settings: ModeleSettings,
  control: ActionControl | undefined,
  choix: Parameters<ModeleActions["insertBlank"]>[2],
  history: UndoHistory,
): Promise<InsertResult> {
  return run(async (context) => {
    const meter = new Meter(context);
    control?.onPhase?.("lecture");
    const list = context.workbook.worksheets;
    list.load("items/name");
    await meter.sync();
    if (aborted(control)) throw cancelled();
    control?.onPhase?.("ecriture");
    const plan = insertModele(
      { partPrioritaires: settings.partPrioritaires, partFonctionnaires: settings.partFonctionnaires },
      list.items.map((s) => s.name),
      choix,
    );
    const sheet = list.add(plan.sheet);
    sheet.load("id");
    const range = sheet.getRangeByIndexes(0, 0, plan.formulas.length, plan.width);
    range.numberFormat = plan.numberFormats.map((row) => [...row]);
    range.formulas = plan.formulas.map((row) => [...row]);
    for (const b of plan.bold) sheet.getRangeByIndexes(b.row, b.col, 1, 1).format.font.bold = true;
    // Widths are given in characters; Excel takes points (about 6 per character of the default font).
    plan.columnWidths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
    sheet.activate();
    await meter.sync();
    meter.cellsWritten = plan.formulas.length * plan.width;
    const name = plan.sheet;
    const record = {
      name,
      made: "insérée",
      sheetId: sheet.id,
      expected: expectedCells([{ row: 0, col: 0, cells: plan.formulas }]),
    };
    history.record(
      "modele",
      `insertion de la feuille « ${name} » (l'annuler supprime cette feuille, ce qui vide aussi l'historique d'annulation d'Excel, Ctrl+Z)`,
      sheetUndo(run, record, undefined, false),
    );
    return { sheet: name, stats: meter.stats() };
  });
}

/** `history`: the pane's one history of GEF's writes (undo-history.ts), shared with the other tabs. */
export function createModeleActions(excelRun: ExcelRun, history: UndoHistory = new UndoHistory()): ModeleActions {
  const run = withDecoupage(excelRun);
  return {
    loadSettings: () =>
      run((context) =>
        loadCheckedSetting(context, SETTINGS_KEY, DEFAULT_MODELE_SETTINGS, MODELE_SETTINGS_CHECKS, "Modèle DDETS"),
      ),
    async saveSettings(settings) {
      await run((context) => saveJsonSetting(context, SETTINGS_KEY, settings));
    },
    check: (settings, control) => check(run, settings, control),
    fill: (settings, mode, control) => fill(run, settings, mode, control, history),
    insertBlank: (settings, control, choix) => insertBlank(run, settings, control, choix, history),
    select: (sheet, cell) => selectCell(run, sheet, cell),
  };
}
