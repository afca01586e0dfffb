/**
 * One history of GEF's own writes for the whole pane (template fill, blank template, breakdown
 * sheet, Objectifs and bilan sheets, the rules reset), whichever tab did them. « Annuler » undoes the
 * newest entry; going several steps back undoes every entry from the newest down to the one chosen,
 * in that order. An older entry is never undone alone: an action done after it may have read what it
 * wrote (Objectifs read the filled template, a bilan reads Objectifs), so its sheets go with it — the
 * choice documented in docs/choix.md « Annuler : une action plus ancienne annule les suivantes », said in the pane.
 *
 * Before undoing, each entry checks whether the user changed what GEF wrote; if so it stops and asks
 * (« demander »): keep those changes (« garder ») or undo them too (« remplacer »).
 */
import type { ActionControl, ActionStats } from "./action-types";

/** The tab an entry comes from. */
export type Onglet = "modele" | "repartitions" | "suivi";

/** What the pane shows of an entry. */
export interface HistoryEntry {
  readonly id: number;
  readonly onglet: Onglet;
  /** « remplissage de 37 cellules de « Calcul assiette » », « écriture de la feuille « Objectifs » »… */
  readonly description: string;
}

export type UndoMode = "demander" | "garder" | "remplacer";

/** What the user changed since GEF wrote: said before undoing over it. */
export interface UndoConflict {
  readonly entry: HistoryEntry;
  /** One sentence: what was changed and what undoing would do to it. */
  readonly message: string;
  /** The changes, one line each (« B15 : GEF avait écrit 120, la cellule contient 130 »). */
  readonly lines: readonly string[];
}

/** What undoing one entry did, or the question it asks first. */
export type StepResult =
  | { readonly kind: "fait"; readonly detail: string; readonly stats: ActionStats }
  | {
      readonly kind: "confirmation";
      readonly message: string;
      readonly lines: readonly string[];
      readonly stats: ActionStats;
    };

/** How an entry undoes itself (its own Excel run; `mode` answers a confirmation it asked). */
export type UndoStep = (mode: UndoMode, control?: ActionControl) => Promise<StepResult>;

export type UndoOutcome =
  | {
      readonly kind: "fait";
      readonly undone: readonly HistoryEntry[];
      readonly details: readonly string[];
      readonly stats: ActionStats;
    }
  /** Stopped before `conflict.entry`; the entries in `undone` (newer) were undone already. */
  | {
      readonly kind: "confirmation";
      readonly undone: readonly HistoryEntry[];
      readonly details: readonly string[];
      readonly conflict: UndoConflict;
      readonly stats: ActionStats;
    };

/** Entries kept: the oldest goes beyond (a pane kept open all day does not hold every plan written). */
export const HISTORY_SIZE = 20;

interface Stored extends HistoryEntry {
  readonly undo: UndoStep;
  /** Called when the entry leaves the history without being undone (too old). */
  readonly forget?: () => void;
}

const NO_STATS: ActionStats = { syncs: 0, ms: 0, cellsWritten: 0, rowsRead: 0, bytesRead: 0 };

function add(a: ActionStats, b: ActionStats): ActionStats {
  return {
    syncs: a.syncs + b.syncs,
    ms: a.ms + b.ms,
    cellsWritten: a.cellsWritten + b.cellsWritten,
    rowsRead: a.rowsRead + b.rowsRead,
    bytesRead: (a.bytesRead ?? 0) + (b.bytesRead ?? 0),
  };
}

export class UndoHistory {
  private stack: Stored[] = [];
  private nextId = 1;
  private readonly listeners = new Set<(undone: readonly HistoryEntry[]) => void>();
  private shown: readonly HistoryEntry[] = [];

  /** Newest first (the same array until the history changes: React's useSyncExternalStore needs it). */
  entries(): readonly HistoryEntry[] {
    return this.shown;
  }

  /** Calls `listener` after each change, with the entries an undo removed (empty for a new entry). */
  subscribe(listener: (undone: readonly HistoryEntry[]) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Records an action done; returns its entry. */
  record(onglet: Onglet, description: string, undo: UndoStep, forget?: () => void): HistoryEntry {
    const stored: Stored = { id: this.nextId++, onglet, description, undo, ...(forget ? { forget } : {}) };
    this.stack.push(stored);
    while (this.stack.length > HISTORY_SIZE) this.stack.shift()?.forget?.();
    this.changed([]);
    return { id: stored.id, onglet, description };
  }

  /** Whether the entry `id` is still in the history (not undone, not too old). */
  has(id: number): boolean {
    return this.stack.some((s) => s.id === id);
  }

  /**
   * Undoes the newest entry, then the next, down to entry `id` included. `mode` answers the
   * confirmation the newest remaining entry asked; the entries after it ask again if they must.
   */
  async undoTo(id: number, mode: UndoMode, control?: ActionControl): Promise<UndoOutcome> {
    const undone: HistoryEntry[] = [];
    const details: string[] = [];
    let stats = NO_STATS;
    let answer = mode;
    try {
      while (this.has(id)) {
        const top = this.stack[this.stack.length - 1];
        if (top === undefined) break;
        const r = await top.undo(answer, control);
        stats = add(stats, r.stats);
        if (r.kind === "confirmation") {
          const entry = { id: top.id, onglet: top.onglet, description: top.description };
          return {
            kind: "confirmation",
            undone,
            details,
            conflict: { entry, message: r.message, lines: r.lines },
            stats,
          };
        }
        this.stack.pop();
        undone.push({ id: top.id, onglet: top.onglet, description: top.description });
        details.push(r.detail);
        answer = "demander";
      }
      return { kind: "fait", undone, details, stats };
    } finally {
      if (undone.length > 0) this.changed(undone);
    }
  }

  private changed(undone: readonly HistoryEntry[]): void {
    this.shown = this.stack.map((s) => ({ id: s.id, onglet: s.onglet, description: s.description })).reverse();
    for (const l of this.listeners) l(undone);
  }
}
