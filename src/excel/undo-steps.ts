/**
 * How GEF's writes undo themselves (undo-history.ts keeps them in order):
 * - cells written into a sheet (the template fill): each cell's formula and format put back;
 * - a sheet GEF added (blank template, breakdown, Objectifs, bilans): deleted by id, and the GEF sheet
 *   of the same name it replaced written again when GEF still holds that sheet's plan.
 * Before writing, each step reads back what GEF wrote: a cell or sheet the user changed since is
 * never overwritten or deleted without the user's answer (« demander » stops with the list).
 * Reads are bounded: the cells GEF wrote (a few hundred at most, one sync), or a GEF sheet's used
 * range up to {@link CHECK_LIMIT} cells, well under Excel's 5 MB per sync.
 */
import { accord, cellAddress, displayValue } from "../domain";
import type { ActionControl } from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { Meter } from "./meter";
import { ownSheet, queueOwnedSheets } from "./owned-sheets";
import type { StepResult, UndoMode, UndoStep } from "./undo-history";

/** A GEF sheet larger than this is not compared cell by cell: undoing it asks first. */
export const CHECK_LIMIT = 100_000;

const COLS = 16_384;
const key = (row: number, col: number): number => row * COLS + col;

/** A cell's content as text, for comparing (a cell holds a number, a text, a boolean or nothing). */
const asText = (v: unknown): string =>
  typeof v === "string"
    ? v
    : typeof v === "number" || typeof v === "boolean"
      ? String(v)
      : v == null
        ? ""
        : JSON.stringify(v);

/** Whether what a cell's `formulas` shows is what GEF wrote (Excel turns « 12 » into 12). */
const same = (current: unknown, written: unknown): boolean =>
  current === written || asText(current) === asText(written);

/** « B15 : GEF avait écrit 120, la cellule contient 130 ». */
const changeLine = (cell: string, written: unknown, current: unknown): string => {
  const was =
    written === "" || written === undefined ? "GEF l'avait laissée vide" : `GEF avait écrit ${displayValue(written)}`;
  const now = current === "" || current === undefined ? "elle est vide" : `elle contient ${displayValue(current)}`;
  return `${cell} : ${was}, ${now}`;
};

/** A few lines, then how many more. */
function shortList(lines: readonly string[], max = 8): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `… et ${accord(lines.length - max, "autre modification", "autres modifications")}`];
}

/** One cell GEF wrote: what it wrote, and what the cell held before. */
export interface WrittenCell {
  readonly cell: string;
  readonly written: unknown;
  readonly formula: unknown;
  readonly numberFormat: unknown;
}

/** Undoes cells written into `sheet`: their formulas and formats as before GEF wrote them. */
export function cellsUndo(run: ExcelRun, sheet: string, cells: readonly WrittenCell[], what: string): UndoStep {
  return (mode: UndoMode, control?: ActionControl): Promise<StepResult> =>
    run(async (context) => {
      const meter = new Meter(context);
      control?.onPhase?.("lecture");
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load("name");
      await meter.sync();
      if (ws.isNullObject)
        return {
          kind: "fait",
          detail: `la feuille « ${sheet} » n'existe plus : rien à remettre`,
          stats: meter.stats(),
        };
      const ranges = cells.map((c) => ws.getRange(c.cell).load("formulas"));
      await meter.sync();
      const edited = new Set<string>();
      const lines: string[] = [];
      cells.forEach((c, i) => {
        const current = ranges[i]?.formulas[0]?.[0];
        if (same(current, c.written)) return;
        edited.add(c.cell);
        lines.push(changeLine(c.cell, c.written, current));
      });
      if (edited.size > 0 && mode === "demander") {
        const message =
          `${accord(edited.size, "cellule")} de « ${sheet} » ${edited.size > 1 ? "ont" : "a"} été modifiée${edited.size > 1 ? "s" : ""} depuis ${what}. ` +
          "« Garder mes modifications » remet les autres cellules comme avant et laisse celles-ci comme vous les avez laissées.";
        return { kind: "confirmation", message, lines: shortList(lines), stats: meter.stats() };
      }
      const restore = mode === "garder" ? cells.filter((c) => !edited.has(c.cell)) : cells;
      control?.onPhase?.("ecriture");
      for (const c of restore) {
        const range = ws.getRange(c.cell);
        range.numberFormat = [[displayValue(c.numberFormat) || "General"]];
        range.formulas = [[c.formula]];
      }
      await meter.sync();
      meter.cellsWritten = restore.length;
      const kept = cells.length - restore.length;
      const detail =
        `${accord(restore.length, "cellule remise", "cellules remises")} de « ${sheet} » comme avant ${what}` +
        (kept > 0
          ? ` ; ${accord(kept, "cellule modifiée par vous gardée", "cellules modifiées par vous gardées")}`
          : "");
      return { kind: "fait", detail, stats: meter.stats() };
    });
}

/** Queues a GEF sheet's writes again under its name (deleting `replace` first); its id after the sync. */
export type Rewrite = (context: ExcelContext, replace: string | undefined) => { sheetId: () => string };

/** A sheet GEF added, as undo needs it. Mutable: rewritten by an undo, the sheet gets a new id. */
export interface SheetRecord {
  readonly name: string;
  /** Its key in the workbook's record of GEF's sheets (owned-sheets.ts), when it has one. */
  readonly role?: string;
  sheetId: string;
  /** The cells GEF wrote, by row × 16 384 + column (0-based): values and en-US formulas. */
  readonly expected: ReadonlyMap<number, unknown>;
  /** Writes the sheet again (for the undo of a later sheet that replaced it). */
  readonly rewrite?: Rewrite;
  /** How GEF made it, in the result of its undo: « écrite » (default) or « insérée ». */
  readonly made?: string;
}

/** The cells of blocks placed at (row, col), by key. */
export function expectedCells(
  blocks: readonly { readonly row: number; readonly col: number; readonly cells: readonly (readonly unknown[])[] }[],
): Map<number, unknown> {
  const out = new Map<number, unknown>();
  for (const b of blocks)
    b.cells.forEach((r, i) => r.forEach((v, j) => v !== "" && v !== null && out.set(key(b.row + i, b.col + j), v)));
  return out;
}

/** The cells of `record`'s sheet that differ from what GEF wrote, one line each (undefined: sheet gone). */
async function sheetEdits(meter: Meter, record: SheetRecord): Promise<{ name: string; lines: string[] } | undefined> {
  const ws = meter.context.workbook.worksheets.getItemOrNullObject(record.sheetId);
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject();
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await meter.sync();
  if (ws.isNullObject) return undefined;
  if (used.isNullObject) return { name: ws.name, lines: record.expected.size > 0 ? ["la feuille a été vidée"] : [] };
  if (used.rowCount * used.columnCount > CHECK_LIMIT)
    return { name: ws.name, lines: ["la feuille s'étend bien au-delà de ce que GEF y a écrit"] };
  used.load("formulas");
  await meter.sync();
  meter.rowsRead += used.rowCount;
  const lines: string[] = [];
  const seen = new Set<number>();
  used.formulas.forEach((row, i) =>
    row.forEach((current, j) => {
      const r = used.rowIndex + i;
      const c = used.columnIndex + j;
      const k = key(r, c);
      seen.add(k);
      const written = record.expected.get(k) ?? "";
      if (!same(current, written)) lines.push(changeLine(cellAddress(r, c), written, current));
    }),
  );
  for (const [k, written] of record.expected) {
    if (!seen.has(k)) lines.push(changeLine(cellAddress(Math.floor(k / COLS), k % COLS), written, ""));
  }
  return { name: ws.name, lines };
}

/**
 * Undoes a sheet GEF added: deletes it (by id, even renamed) and writes again `previous`, the GEF
 * sheet it replaced, when GEF still holds its plan. `lost`: it replaced a GEF sheet written before
 * the pane was opened, which cannot be written again (said in the result).
 */
export function sheetUndo(
  run: ExcelRun,
  record: SheetRecord,
  previous: SheetRecord | undefined,
  lost: boolean,
): UndoStep {
  return (mode: UndoMode, control?: ActionControl): Promise<StepResult> =>
    run(async (context) => {
      const meter = new Meter(context);
      control?.onPhase?.("lecture");
      const edits = await sheetEdits(meter, record);
      if (edits !== undefined && edits.lines.length > 0 && mode === "demander") {
        const message =
          `La feuille « ${edits.name} » a été modifiée depuis que GEF l'a écrite : l'annuler la supprimerait, avec vos modifications. ` +
          "« Garder mes modifications » laisse la feuille telle quelle.";
        return { kind: "confirmation", message, lines: shortList(edits.lines), stats: meter.stats() };
      }
      if (edits !== undefined && edits.lines.length > 0 && mode === "garder") {
        return {
          kind: "fait",
          detail: `la feuille « ${edits.name} », modifiée par vous, est gardée telle quelle`,
          stats: meter.stats(),
        };
      }
      control?.onPhase?.("ecriture");
      const owned = queueOwnedSheets(context);
      const rewritten = previous?.rewrite?.(context, edits === undefined ? undefined : record.sheetId);
      if (rewritten === undefined && edits !== undefined) context.workbook.worksheets.getItem(record.sheetId).delete();
      await meter.sync();
      if (rewritten !== undefined && previous !== undefined) {
        previous.sheetId = rewritten.sheetId();
        if (previous.role !== undefined) await ownSheet(meter, owned(), previous.role, previous.sheetId);
        meter.cellsWritten = previous.expected.size;
      }
      const gone =
        edits === undefined
          ? `la feuille « ${record.name} » n'existait plus`
          : `la feuille « ${edits.name} » ${record.made ?? "écrite"} par GEF a été supprimée`;
      const back =
        rewritten !== undefined
          ? ` ; sa version précédente est rétablie`
          : lost
            ? ` ; sa version précédente, écrite avant l'ouverture du volet, ne peut pas être rétablie (relancez l'action pour l'écrire de nouveau)`
            : "";
      return { kind: "fait", detail: gone + back, stats: meter.stats() };
    });
}

/** The sheets recorded in each history, newest last (a later sheet finds there the one it replaced). */
const registries = new WeakMap<object, SheetRecord[]>();

/**
 * Records a sheet GEF has just written into `history`: its undo deletes it and writes again the GEF
 * sheet it replaced (`replacedId`) when that sheet is in the history too.
 */
export function recordSheet(
  history: {
    record(
      onglet: "modele" | "repartitions" | "suivi",
      description: string,
      undo: UndoStep,
      forget?: () => void,
    ): unknown;
  },
  run: ExcelRun,
  onglet: "modele" | "repartitions" | "suivi",
  description: string,
  record: SheetRecord,
  replacedId: string | undefined,
): void {
  let list = registries.get(history);
  if (list === undefined) registries.set(history, (list = []));
  const records = list;
  const previous = replacedId === undefined ? undefined : records.find((r) => r.sheetId === replacedId);
  const lost = replacedId !== undefined && previous === undefined;
  records.push(record);
  const drop = (): void => {
    const i = records.indexOf(record);
    if (i >= 0) records.splice(i, 1);
  };
  const step = sheetUndo(run, record, previous, lost);
  const undo: UndoStep = async (mode, control) => {
    const r = await step(mode, control);
    if (r.kind === "fait") drop();
    return r;
  };
  history.record(onglet, description, undo, drop);
}
