/**
 * « Vacances » on the open workbook: the sheets read once (workbook-read.ts, blocks under the payload
 * budget), for the pane to search dwellings as the user types and to list the vacancies to chase
 * without a round trip per key; then each write — events appended to the journal (journal-plan.ts,
 * journal-write.ts), the fiche navette's sheet (fiche-write.ts) — in one batch, shown before it is made
 * (`write: false` gives the plan) and recorded in the pane's history as one entry, so that « Annuler »
 * takes back the event and its fiche together.
 */
import { accord, cellAddress, type EvenementSaisi } from "../domain";
import type { ActionControl, ActionStats } from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { queueFiche, type MiseEnPage, type PlanFiche } from "./fiche-write";
import { JOURNAL_ROLE, planJournal, type PlanJournal } from "./journal-plan";
import { queueJournal, type ListesJournal } from "./journal-write";
import { Meter } from "./meter";
import { cancelled } from "./office-errors";
import { ownSheet } from "./owned-sheets";
import { selectCell } from "./select-cell";
import type { StepResult, UndoHistory, UndoMode, UndoStep } from "./undo-history";
import { cellsUndo, sheetUndo } from "./undo-steps";
import { readForSuivi, type PaneSheet } from "./workbook-read";
import { nomDeFeuille } from "../jobs";

/** The workbook as the Vacances section reads it. */
export interface ClasseurLu {
  readonly sheets: readonly PaneSheet[];
  readonly active: string;
  readonly stats: ActionStats;
}

/** What a write asks: events to append, the drop-down list's réservataires, and a fiche to write. */
export interface EcritureVacance {
  readonly lignes: readonly EvenementSaisi[];
  readonly reservataires: readonly string[];
  readonly fiche?: PlanFiche | undefined;
}

/** What a write did (or, without writing, would do). */
export interface ResultatVacance {
  readonly journal: PlanJournal;
  readonly listes?: ListesJournal | undefined;
  /** The fiche's sheet and its page setup. */
  readonly fiche?: { readonly feuille: string; readonly renomme: boolean; readonly miseEnPage: MiseEnPage } | undefined;
  readonly ecrit: boolean;
  readonly stats: ActionStats;
}

export interface VacancesActions {
  lire(control?: ActionControl): Promise<ClasseurLu>;
  ecrire(ecriture: EcritureVacance, write: boolean, control?: ActionControl): Promise<ResultatVacance>;
  select(sheet: string, cell: string): Promise<void>;
}

/** The cells key of undo-steps.ts: row × 16 384 + column. */
const key = (row: number, col: number): number => row * 16_384 + col;

/** One step undoing `steps` newest first; a question of any of them stops there (asked again with the answer). */
function ensemble(steps: readonly UndoStep[]): UndoStep {
  return async (mode: UndoMode, control?: ActionControl): Promise<StepResult> => {
    const details: string[] = [];
    let stats: ActionStats = { syncs: 0, ms: 0, cellsWritten: 0, rowsRead: 0 };
    for (const step of steps) {
      const r = await step(mode, control);
      stats = {
        syncs: stats.syncs + r.stats.syncs,
        ms: stats.ms + r.stats.ms,
        cellsWritten: stats.cellsWritten + r.stats.cellsWritten,
        rowsRead: stats.rowsRead + r.stats.rowsRead,
      };
      if (r.kind === "confirmation") return { ...r, stats };
      details.push(r.detail);
    }
    return { kind: "fait", detail: details.join(" ; "), stats };
  };
}

/** The journal's undo: a sheet GEF created is deleted; cells appended to a journal are emptied. */
function journalUndo(
  run: ExcelRun,
  plan: PlanJournal,
  cells: readonly { row: number; col: number; value: unknown }[],
  sheetId: string | undefined,
): UndoStep {
  if (plan.creee && sheetId !== undefined) {
    const expected = new Map(cells.map((c) => [key(c.row, c.col), c.value]));
    return sheetUndo(
      run,
      { name: plan.feuille, role: JOURNAL_ROLE, sheetId, expected },
      undefined,
      plan.remplace !== undefined,
    );
  }
  const written = cells.map((c) => ({
    cell: cellAddress(c.row, c.col),
    written: c.value,
    formula: "",
    numberFormat: "General",
  }));
  return cellsUndo(run, plan.feuille, written, "l'ajout au journal");
}

export function createVacancesActions(excelRun: ExcelRun, history?: UndoHistory): VacancesActions {
  const run = withDecoupage(excelRun);
  return {
    lire: (control) =>
      run(async (context) => {
        const meter = new Meter(context);
        control?.onPhase?.("lecture");
        const { active, sheets } = await readForSuivi(meter, control, false);
        return { sheets, active, stats: meter.stats() };
      }),
    ecrire: (ecriture, write, control) =>
      run((context) => ecrireVacance(context, run, history, ecriture, write, control)),
    select: (sheet, cell) => selectCell(run, sheet, cell),
  };
}

async function ecrireVacance(
  context: ExcelContext,
  run: ExcelRun,
  history: UndoHistory | undefined,
  e: EcritureVacance,
  write: boolean,
  control?: ActionControl,
): Promise<ResultatVacance> {
  const meter = new Meter(context);
  control?.onPhase?.("lecture");
  const { sheets, all, owned } = await readForSuivi(meter, control, false);
  const ours = new Set(Object.values(owned));
  const gefNames = new Set(all.filter((s) => ours.has(s.id)).map((s) => s.name));
  const journal = planJournal(sheets, gefNames, e.lignes);
  const ficheWhere =
    e.fiche === undefined
      ? undefined
      : nomDeFeuille(
          e.fiche.name,
          all.map((s) => ({ name: s.name, gef: ours.has(s.id) })),
        );
  const ficheInfo =
    ficheWhere === undefined
      ? undefined
      : { feuille: ficheWhere.nom, renomme: ficheWhere.renomme, miseEnPage: "aucune" as MiseEnPage };
  if (!write) return { journal, fiche: ficheInfo, ecrit: false, stats: meter.stats() };
  if (control?.signal?.aborted === true) throw cancelled();
  control?.onPhase?.("ecriture");
  const j = queueJournal(context, journal, e.reservataires);
  const f =
    e.fiche === undefined || ficheWhere === undefined
      ? undefined
      : queueFiche(context, e.fiche, ficheWhere.nom, ficheWhere.remplace);
  await meter.sync();
  const journalId = j.sheetId?.();
  const ficheId = f?.sheetId();
  const roles: [string, string][] = [];
  if (journalId !== undefined) roles.push([JOURNAL_ROLE, journalId]);
  if (ficheId !== undefined && e.fiche !== undefined) roles.push([e.fiche.name.toLowerCase(), ficheId]);
  const last = roles.pop();
  if (last !== undefined) await ownSheet(meter, { ...owned, ...Object.fromEntries(roles) }, last[0], last[1]);
  meter.cellsWritten = j.cells.length + (f?.cells ?? 0);
  if (history) {
    const steps: UndoStep[] = [];
    if (f !== undefined && ficheId !== undefined && e.fiche !== undefined && ficheWhere !== undefined) {
      const expected = new Map<number, unknown>();
      for (const b of e.fiche.blocks)
        b.cells.forEach((r, i) => r.forEach((v, k) => v !== "" && expected.set(key(b.row + i, b.col + k), v)));
      steps.push(
        sheetUndo(
          run,
          { name: ficheWhere.nom, role: e.fiche.name.toLowerCase(), sheetId: ficheId, expected },
          undefined,
          ficheWhere.remplace !== undefined,
        ),
      );
    }
    steps.push(journalUndo(run, journal, j.cells, journalId));
    const what =
      `${accord(e.lignes.length, "événement ajouté", "événements ajoutés")} au journal « ${journal.feuille} »` +
      (ficheWhere ? ` et fiche « ${ficheWhere.nom} »` : "");
    history.record("suivi", what, ensemble(steps));
  }
  return {
    journal,
    listes: j.listes,
    fiche: ficheInfo && f ? { ...ficheInfo, miseEnPage: f.miseEnPage } : ficheInfo,
    ecrit: true,
    stats: meter.stats(),
  };
}
