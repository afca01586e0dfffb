/**
 * Réservataire names of a journal numbered by folded key ({@link foldText}): names equal once
 * accents, case, spacing and punctuation are ignored share an id; the first spelling met is kept,
 * trimmed. A name without any letter or digit (« ? », « - », « 🏠 ») is refused (−1): it would fold
 * to the same empty key as every other such name.
 *
 * A journal names a handful of réservataires: each distinct cell text is folded once and found
 * again in a Map. Past {@link MAP_LIMIT} distinct names (a journal of a million events with a
 * million réservataires, issue 25), Maps of a million strings cost more than sorting them: the
 * events' keys are then grouped by one sort, which also numbers the ids in display order.
 */
import { displayValue, foldText } from "./text";

/** Distinct names past which grouping is done by sorting (Maps of strings slow down past it). */
export const MAP_LIMIT = 1 << 16;

/** An event's réservataire in sort mode: its folded key, the event, the cell's text. */
interface Entry {
  readonly cle: string;
  readonly e: number;
  readonly texte: string;
}

/** `s` without surrounding spaces, without a copy when it has none (the usual case). */
function trimmed(s: string): string {
  return s.length > 0 && s.charCodeAt(0) > 32 && s.charCodeAt(s.length - 1) > 32 ? s : s.trim();
}

export class ReservataireIds {
  /** Names as first written, trimmed, by id. */
  noms: string[] = [];
  /** Folded keys, by id (never ""). */
  cles: string[] = [];
  private byRaw: Map<string, number> | undefined = new Map();
  private byFolded: Map<string, number> | undefined = new Map();
  private lastCell: unknown;
  private lastId = -1;
  /** Sort mode: each event's key and cell text, from event `from` on. */
  private entries: Entry[] | undefined;
  private from = 0;

  /**
   * The id of event `e`'s cell (events come in order, from 0): final in Map mode, 0 until
   * {@link finish} in sort mode; −1 for a name without any letter or digit.
   */
  read(v: unknown, e: number): number {
    if (this.entries !== undefined) return this.readText(v, e);
    if (v === this.lastCell) return this.lastId;
    const raw = typeof v === "string" ? v : displayValue(v);
    let id = this.byRaw?.get(raw);
    if (id === undefined) {
      const folded = foldText(raw);
      if (folded === "") return -1;
      id = this.byFolded?.get(folded);
      if (id === undefined) {
        id = this.noms.length;
        this.noms.push(raw.trim());
        this.cles.push(folded);
        this.byFolded?.set(folded, id);
      }
      this.byRaw?.set(raw, id);
    }
    this.lastCell = v;
    this.lastId = id;
    if (this.noms.length > MAP_LIMIT) this.switchToSort(e + 1);
    return id;
  }

  private switchToSort(from: number): void {
    this.from = from;
    this.entries = [];
    this.byRaw = undefined;
    this.byFolded = undefined;
    this.lastCell = undefined;
  }

  private readText(v: unknown, e: number): number {
    const entries = this.entries as Entry[];
    const last = entries[entries.length - 1];
    if (v === this.lastCell && last !== undefined) {
      entries.push({ cle: last.cle, e, texte: last.texte });
      return 0;
    }
    const texte = typeof v === "string" ? v : displayValue(v);
    const cle = foldText(texte);
    if (cle === "") return -1;
    this.lastCell = v;
    entries.push({ cle, e, texte });
    return 0;
  }

  /** In sort mode, numbers every event's réservataire (`ids`) by one sort of keys. */
  finish(ids: Int32Array): void {
    const after = this.entries;
    if (after === undefined) return;
    const before = this.noms;
    const entries: Entry[] = [];
    for (let e = 0; e < this.from; e++) {
      const id = ids[e] as number;
      entries.push({ cle: this.cles[id] as string, e, texte: before[id] as string });
    }
    for (const x of after) entries.push(x);
    // Each key's first event first: its spelling is the one kept.
    entries.sort((a, b) => (a.cle < b.cle ? -1 : a.cle > b.cle ? 1 : a.e - b.e));
    const noms: string[] = [];
    const cles: string[] = [];
    let previous: string | undefined;
    for (const x of entries) {
      if (x.cle !== previous) {
        previous = x.cle;
        cles.push(x.cle);
        noms.push(trimmed(x.texte));
      }
      ids[x.e] = cles.length - 1;
    }
    this.noms = noms;
    this.cles = cles;
    this.entries = undefined;
  }
}
