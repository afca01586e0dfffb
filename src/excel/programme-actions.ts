/**
 * « Programme neuf » on the open workbook: reads the sheets in blocks (workbook-read.ts), runs the
 * Programmes neufs job (src/jobs/programme) on the sheets the user picked (or on every sheet, the
 * tables found by their headers), and writes the « Programme <nom> » sheet as the Suivi du flux
 * actions write theirs (suivi-actions.ts: GEF's own sheet replaced, a user's never, recorded in the
 * undo history). Errors block the writing (docs/choix.md « Programmes neufs dans le volet »).
 * Also inserts a blank « Droits du programme » table: the user's sheet, never replaced.
 */
import { accord, foldText, programmeMessage } from "../domain";
import {
  lireLivraison,
  nomDeFeuille,
  planDroitsVierge,
  travailProgramme,
  type PlanSheet,
  type TravailProgramme,
} from "../jobs";
import type { ActionControl, ActionStats, InsertResult } from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { Meter } from "./meter";
import { cancelled } from "./office-errors";
import { ownSheet } from "./owned-sheets";
import { selectCell } from "./select-cell";
import { queuePlan, queuePlanAt, type Ecriture } from "./suivi-actions";
import type { UndoHistory } from "./undo-history";
import { expectedCells, recordSheet } from "./undo-steps";
import { listSheets, readForSuivi, type PaneSheet } from "./workbook-read";
import { queueSheetWithBlocks } from "./write-blocks";

/** What the user chose in the section. */
export interface ChoixProgramme {
  /** The operation's name: the sheet is « Programme <nom> ». */
  readonly nom: string;
  /** The sheet of the operation's dwellings, and of the « Droits du programme »: "" = found by headers. */
  readonly operation: string;
  readonly droits: string;
  /** Year of delivery as typed ("" = not given). */
  readonly livraison: string;
  readonly convention: boolean;
}

export type ProgrammeResult =
  | { readonly kind: "reglages"; readonly message: string; readonly stats: ActionStats }
  | {
      readonly kind: "fait";
      readonly travail: TravailProgramme;
      readonly ecriture?: Ecriture | undefined;
      /** Why the sheet was not written (errors left), when it was not. */
      readonly bloque?: string | undefined;
      readonly stats: ActionStats;
    };

export interface ProgrammeActions {
  /** The visible sheets' names, for the pickers. */
  feuilles(): Promise<string[]>;
  repartir(choix: ChoixProgramme, control?: ActionControl): Promise<ProgrammeResult>;
  insererDroits(control?: ActionControl): Promise<InsertResult>;
  select(sheet: string, cell: string): Promise<void>;
}

/** The sheets to search for a table: the one picked, or all; a string when the sheet picked is gone. */
function choisies(sheets: readonly PaneSheet[], nom: string): readonly PaneSheet[] | string {
  if (nom.trim() === "") return sheets;
  const found = sheets.filter((s) => foldText(s.name) === foldText(nom));
  return found.length > 0 ? found : programmeMessage("FEUILLE_ABSENTE", { feuille: nom });
}

/** Writes the plan (GEF's previous sheet of that name replaced) and records it for « Annuler ». */
async function ecrire(
  run: ExcelRun,
  history: UndoHistory | undefined,
  meter: Meter,
  plan: PlanSheet,
  all: Parameters<typeof queuePlan>[2],
  owned: Parameters<typeof queuePlan>[3],
): Promise<Ecriture> {
  const { ecriture, cells, sheetId, replacedId } = queuePlan(meter.context, plan, all, owned);
  await meter.sync();
  const role = plan.name.toLowerCase();
  await ownSheet(meter, owned, role, sheetId());
  meter.cellsWritten = cells;
  if (history) {
    const rewrite = (c: ExcelContext, replace: string | undefined): { sheetId: () => string } =>
      queuePlanAt(c, plan, ecriture.feuille, replace);
    const record = {
      name: ecriture.feuille,
      role,
      sheetId: sheetId(),
      expected: expectedCells(plan.blocks),
      rewrite,
    };
    recordSheet(history, run, "suivi", `écriture de la feuille « ${ecriture.feuille} »`, record, replacedId);
  }
  return ecriture;
}

/** Inserts the blank « Droits du programme » table (the user's: never replaced) and records it for « Annuler ». */
function insererDroits(
  run: ExcelRun,
  history: UndoHistory | undefined,
  control?: ActionControl,
): Promise<InsertResult> {
  return run(async (context) => {
    const meter = new Meter(context);
    control?.onPhase?.("lecture");
    const { sheets } = await listSheets(meter);
    const plan = planDroitsVierge();
    // The user's table: never replaced, even by a second insertion (it goes beside, « (GEF) »).
    const where = nomDeFeuille(
      plan.name,
      sheets.map((s) => ({ name: s.name, gef: false })),
    );
    control?.onPhase?.("ecriture");
    const { ws, cells, sheetId } = queueSheetWithBlocks(context, where.nom, undefined, plan.blocks);
    plan.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
    ws.activate();
    ws.getRange("A4").select();
    await meter.sync();
    meter.cellsWritten = cells;
    if (history) {
      const record = { name: where.nom, sheetId: sheetId(), expected: expectedCells(plan.blocks), made: "insérée" };
      recordSheet(history, run, "suivi", `insertion de la table « ${where.nom} »`, record, undefined);
    }
    return { sheet: where.nom, stats: meter.stats() };
  });
}

/** `history`: the pane's one history of GEF's writes. */
export function createProgrammeActions(excelRun: ExcelRun, history?: UndoHistory): ProgrammeActions {
  const run = withDecoupage(excelRun);

  const repartir = (choix: ChoixProgramme, control?: ActionControl): Promise<ProgrammeResult> =>
    run(async (context) => {
      const meter = new Meter(context);
      const livraison = lireLivraison(choix.livraison);
      if (typeof livraison === "string") return { kind: "reglages", message: livraison, stats: meter.stats() };
      control?.onPhase?.("lecture");
      const { sheets, all, owned } = await readForSuivi(meter, control, false);
      const operation = choisies(sheets, choix.operation);
      const droits = choisies(sheets, choix.droits);
      for (const s of [operation, droits])
        if (typeof s === "string") return { kind: "reglages", message: s, stats: meter.stats() };
      control?.onPhase?.("calcul");
      const travail = travailProgramme(operation as PaneSheet[], droits as PaneSheet[], {
        nom: choix.nom,
        convention: choix.convention,
        livraison,
      });
      const plan = travail.plan;
      if (plan === undefined) return { kind: "fait", travail, stats: meter.stats() };
      const errors = travail.diagnostics.filter((d) => d.severity === "erreur").length;
      if (errors > 0) {
        const bloque = programmeMessage("ECRITURE_BLOQUEE", { feuille: plan.name, nombre: accord(errors, "erreur") });
        return { kind: "fait", travail, bloque, stats: meter.stats() };
      }
      if (control?.signal?.aborted === true) throw cancelled();
      control?.onPhase?.("ecriture");
      const ecriture = await ecrire(run, history, meter, plan, all, owned);
      return { kind: "fait", travail, ecriture, stats: meter.stats() };
    });

  return {
    feuilles: () =>
      run(async (context) => {
        const { sheets } = await listSheets(new Meter(context));
        return sheets.filter((s) => s.visible).map((s) => s.name);
      }),
    repartir,
    insererDroits: (control) => insererDroits(run, history, control),
    select: (sheet, cell) => selectCell(run, sheet, cell),
  };
}
