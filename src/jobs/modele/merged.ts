/**
 * Merged areas over a template: Excel shows only an area's top-left cell, so GEF never writes into
 * one (docs/choix.md « Modèle DDETS : zones fusionnées »). A planned write that lands anywhere in a merged area of two
 * cells or more (its top-left cell included: the figure would spread over its neighbours' columns) is held back and
 * listed.
 */
import { cellAddress, type CellWrite } from "../../domain";

/** A merged area of a sheet, 0-based and inclusive (as the file readers give it). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A write held back because its cell is merged. */
export interface MergedConflict {
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  /** The merged area, « B12:C12 ». */
  readonly area: string;
  readonly proposed: unknown;
}

const areaText = (a: MergedArea): string => `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;

/** Splits planned writes into those GEF may make and those that land in a merged area. */
export function mergedConflicts(
  writes: readonly CellWrite[],
  areas: readonly MergedArea[],
): { writes: CellWrite[]; merged: MergedConflict[] } {
  const wide = areas.filter((a) => a.bottom > a.top || a.right > a.left);
  const ok: CellWrite[] = [];
  const merged: MergedConflict[] = [];
  for (const w of writes) {
    const a = wide.find((x) => w.row >= x.top && w.row <= x.bottom && w.col >= x.left && w.col <= x.right);
    if (a === undefined) ok.push(w);
    else merged.push({ cell: w.cell, row: w.row, col: w.col, area: areaText(a), proposed: w.formula ?? w.value });
  }
  return { writes: ok, merged };
}
