/**
 * The pane's template actions on the open workbook: check, fill, insert a blank template, undo.
 * Each reads once, computes with src/domain, and writes once: a constant number of
 * `context.sync()` whatever the size of the sheets (SPEC §4).
 */
import {
  blankFormulaGrid,
  blankNumberFormatGrid,
  blankTemplate,
  accord,
  checkTemplate,
  choixModeleViergeParDefaut,
  displayValue,
  epciDuDepartement,
  nomDepartement,
  planFill,
  writesToApply,
  type CellWrite,
} from "../domain";
import { applyWrites, epciFigures, evaluateTemplate } from "../domain/workbook/template-grid";
import { epciForTemplate, gatherInputs } from "../domain/workbook/sources";
import type {
  ActionControl,
  CheckResult,
  FillMode,
  FillResult,
  InsertResult,
  TemplateActions,
  TemplateSettings,
  UndoResult,
} from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { Meter } from "./meter";
import { selectCell } from "./select-cell";
import { cancelled } from "./office-errors";
import { loadJsonSetting, saveJsonSetting } from "./settings";
import { readForCheck, readForFill } from "./workbook-read";

const SETTINGS_KEY = "gef.modele";
const DEFAULTS: TemplateSettings = { partPrioritaires: 0.25, partFonctionnaires: 0.05, methode: "ENTREES", annees: undefined };

/** What « Annuler la dernière action » restores. */
type Undo =
  | { readonly kind: "cellules"; readonly sheet: string; readonly cells: readonly { cell: string; formula: unknown; numberFormat: unknown }[]; readonly description: string }
  | { readonly kind: "feuille"; readonly sheet: string; readonly sheetId: string; readonly description: string };

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

export function createTemplateActions(excelRun: ExcelRun): TemplateActions {
  const run = withDecoupage(excelRun);
  let undo: Undo | undefined;

  return {
    async loadSettings() {
      return run(async (context) => ({ ...DEFAULTS, ...(await loadJsonSetting<Partial<TemplateSettings>>(context, SETTINGS_KEY)) }));
    },

    async saveSettings(settings) {
      await run((context) => saveJsonSetting(context, SETTINGS_KEY, settings));
    },

    async check(settings, control): Promise<CheckResult> {
      return run(async (context) => {
        const meter = new Meter(context);
        control?.onPhase?.("lecture");
        const { active, sheet } = await readForCheck(meter, control);
        control?.onPhase?.("calcul");
        const values = sheet.values;
        const diagnostics = checkTemplate(values, sheet.formulas, { ...settings, epci: epciForTemplate(values) });
        return { sheet: active, diagnostics, stats: meter.stats() };
      });
    },

    async fill(settings, mode: FillMode, control): Promise<FillResult> {
      return run(async (context) => {
        const meter = new Meter(context);
        control?.onPhase?.("lecture");
        const { active, sheets, template } = await readForFill(meter, control);
        control?.onPhase?.("calcul");
        if (!template) {
          const diagnostics = checkTemplate(sheets.find((s) => s.name === active)?.values ?? [], undefined, settings);
          return { kind: "fait", sheet: active, written: 0, kept: [], epci: [], diagnostics, stats: meter.stats() };
        }
        const epci = epciForTemplate(template.values);
        const sources = gatherInputs(sheets, template, { ...settings, epci });
        const plan = planFill(template.values, template.formulas, { ...settings, epci, inputs: sources.inputs });
        if (mode === "demander" && plan.conflicts.length > 0) {
          return { kind: "confirmation", sheet: template.name, conflicts: plan.conflicts, stats: meter.stats() };
        }
        const writes = writesToApply(plan, mode === "remplacer");
        if (aborted(control)) throw cancelled();
        control?.onPhase?.("ecriture");
        if (writes.length > 0) {
          queueWrites(context, template.name, writes);
          await meter.sync();
          meter.cellsWritten = writes.length;
          undo = {
            kind: "cellules",
            sheet: template.name,
            description: `remplissage de ${accord(writes.length, "cellule")} de « ${template.name} »`,
            cells: writes.map((w) => ({
              cell: w.cell,
              formula: template.formulas?.[w.row]?.[w.col] ?? "",
              numberFormat: template.numberFormat?.[w.row]?.[w.col] ?? "General",
            })),
          };
        }
        const after = applyWrites(template.values, template.formulas, writes);
        const evaluated = evaluateTemplate(after.values, after.formulas, plan.layout, { partPrioritaires: settings.partPrioritaires, partFonctionnaires: settings.partFonctionnaires });
        const written = new Set(writes.map((w) => w.cell));
        return {
          kind: "fait",
          sheet: template.name,
          written: writes.length,
          kept: plan.conflicts.filter((c) => !written.has(c.cell)),
          epci: epciFigures(evaluated, plan.layout, settings),
          logements: sources.logements,
          mouvements: sources.mouvements,
          horsModele: sources.horsModele,
          diagnostics: checkTemplate(evaluated, after.formulas, { ...settings, epci }),
          stats: meter.stats(),
        };
      });
    },

    async insertBlank(settings, control, choix = choixModeleViergeParDefaut()): Promise<InsertResult> {
      return run(async (context) => {
        const meter = new Meter(context);
        control?.onPhase?.("lecture");
        const list = context.workbook.worksheets;
        list.load("items/name");
        await meter.sync();
        const taken = new Set(list.items.map((s) => s.name.toLowerCase()));
        let name = "Calcul assiette";
        for (let i = 2; taken.has(name.toLowerCase()); i++) name = `Calcul assiette (${i})`;
        if (aborted(control)) throw cancelled();
        control?.onPhase?.("ecriture");
        const t = blankTemplate({
          anneeConvention: choix.anneeConvention,
          anneeRpls: choix.anneeRpls,
          departement: (nomDepartement(choix.departement) ?? "").toUpperCase(),
          epci: epciDuDepartement(choix.departement),
          parts: settings,
        });
        const sheet = list.add(name);
        sheet.load("id");
        const formulas = blankFormulaGrid(t);
        const range = sheet.getRangeByIndexes(0, 0, formulas.length, t.width);
        range.numberFormat = blankNumberFormatGrid(t);
        range.formulas = formulas;
        t.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.bold === true) sheet.getRangeByIndexes(r, c, 1, 1).format.font.bold = true;
          }),
        );
        // Widths are given in characters; Excel takes points (about 6 per character of the default font).
        t.columnWidths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
        sheet.activate();
        await meter.sync();
        meter.cellsWritten = formulas.length * t.width;
        undo = { kind: "feuille", sheet: name, sheetId: sheet.id, description: `insertion de la feuille « ${name} » (l'annuler supprime cette feuille, ce qui vide aussi l'historique d'annulation d'Excel, Ctrl+Z)` };
        return { sheet: name, stats: meter.stats() };
      });
    },

    undoable: () => undo?.description,

    async undo(control): Promise<UndoResult | undefined> {
      const last = undo;
      if (!last) return undefined;
      return run(async (context) => {
        const meter = new Meter(context);
        control?.onPhase?.("ecriture");
        if (last.kind === "feuille") {
          // By id: the sheet GEF inserted, even renamed; never another sheet that took its name.
          context.workbook.worksheets.getItem(last.sheetId).delete();
        } else {
          const ws = context.workbook.worksheets.getItem(last.sheet);
          for (const c of last.cells) {
            const range = ws.getRange(c.cell);
            range.numberFormat = [[displayValue(c.numberFormat) || "General"]];
            range.formulas = [[c.formula]];
          }
          meter.cellsWritten = last.cells.length;
        }
        await meter.sync();
        undo = undefined;
        return { description: last.description, stats: meter.stats() };
      });
    },

    select: (sheet, cell) => selectCell(run, sheet, cell),
  };
}
