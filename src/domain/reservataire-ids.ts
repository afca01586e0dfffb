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
import { displayValue, foldText, trimSpaces } from "./text";

/** Distinct names past which grouping is done by sorting (Maps of strings slow down past it). */
export const MAP_LIMIT = 1 << 16;

export class ReservataireIds {
  /** Names as first written, trimmed, by id. */
  noms: string[] = [];
  /** Folded keys, by id (never ""). */
  cles: string[] = [];
  private byRaw: Map<string, number> | undefined = new Map();
  private byFolded: Map<string, number> | undefined = new Map();
  private lastCell: unknown;
  private lastId = -1;
  /**
   * Sort mode: the key and trimmed name of each event from `from` on, by event − `from` ("" for a
   * refused name).
   */
  private sortCles: string[] | undefined;
  private sortNoms: string[] = [];
  /** Sort mode: refused events from `from` on (their key is "": they sort first). */
  private refused = 0;
  private from = 0;
  private lastCle = "";
  private lastNom = "";

  /**
   * The id of event `e`'s cell (events come in order, from 0): final in Map mode, 0 until
   * {@link finish} in sort mode; −1 for a name without any letter or digit.
   */
  read(v: unknown, e: number): number {
    if (this.sortCles !== undefined) return this.readText(v, e);
    if (v === this.lastCell) return this.lastId;
    const raw = typeof v === "string" ? v : displayValue(v);
    let id = this.byRaw?.get(raw);
    if (id === undefined) {
      const folded = foldText(raw);
      if (folded === "") return -1;
      id = this.byFolded?.get(folded);
      if (id === undefined) {
        id = this.noms.length;
        this.noms.push(trimSpaces(raw));
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
    this.sortCles = [];
    this.sortNoms = [];
    this.refused = 0;
    this.byRaw = undefined;
    this.byFolded = undefined;
    this.lastCell = undefined;
  }

  private readText(v: unknown, e: number): number {
    const cles = this.sortCles as string[];
    const noms = this.sortNoms;
    // Events come in order: a refused event still takes its place, with an empty key.
    while (cles.length < e - this.from) {
      cles.push("");
      noms.push("");
      this.refused++;
    }
    if (v === this.lastCell) {
      cles.push(this.lastCle);
      noms.push(this.lastNom);
      return 0;
    }
    const texte = typeof v === "string" ? v : displayValue(v);
    const cle = foldText(texte);
    if (cle === "") return -1;
    this.lastCell = v;
    this.lastCle = cle;
    // Trimmed now, while the text is at hand (finish meets the events in key order, scattered).
    this.lastNom = trimSpaces(texte);
    cles.push(cle);
    noms.push(this.lastNom);
    return 0;
  }

  /**
   * In sort mode, numbers every event's réservataire (`ids`) by one sort of the events' indices by
   * key: ids come numbered in key order, each keeping the spelling of its key's first event.
   */
  finish(ids: Int32Array): void {
    const after = this.sortCles;
    if (after === undefined) return;
    const from = this.from;
    // Every event's key ("" when refused) and name, the events read in Map mode through their ids.
    const before: string[] = [];
    const nomsBefore: string[] = [];
    let refused = this.refused;
    for (let e = 0; e < from; e++) {
      const id = ids[e] as number;
      if (id < 0) refused++;
      before.push(id < 0 ? "" : (this.cles[id] as string));
      nomsBefore.push(id < 0 ? "" : (this.noms[id] as string));
    }
    const cles = before.concat(after);
    const textes = nomsBefore.concat(this.sortNoms);
    const size = cles.length;
    // Indices in event order, sorted by key alone: the sort is stable, so each key's first event
    // comes first and its spelling is the one kept. Refused events ("") come before all others.
    const order: number[] = [];
    for (let e = 0; e < size; e++) order.push(e);
    let equal = false;
    order.sort((a, b) => {
      const x = cles[a] as string;
      const y = cles[b] as string;
      if (x < y) return -1;
      if (x > y) return 1;
      equal = true;
      return 0;
    });
    const noms: string[] = [];
    const sorted: string[] = [];
    if (!equal) {
      // A sort compares every two events that end up side by side: no comparison found two keys
      // equal, so every key is distinct (a million distinct names, issue 25), each its own id,
      // without comparing neighbours again (strings scattered in memory, long common prefixes).
      for (let k = refused; k < size; k++) {
        const e = order[k] as number;
        ids[e] = noms.length;
        sorted.push(cles[e] as string);
        noms.push(textes[e] as string);
      }
    } else {
      let previous = "";
      for (let k = refused; k < size; k++) {
        const e = order[k] as number;
        const cle = cles[e] as string;
        if (cle !== previous) {
          previous = cle;
          sorted.push(cle);
          noms.push(textes[e] as string);
        }
        ids[e] = sorted.length - 1;
      }
    }
    this.noms = noms;
    this.cles = sorted;
    this.sortCles = undefined;
    this.sortNoms = [];
  }
}
