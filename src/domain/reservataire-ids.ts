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
const HAS_ASCII_ALNUM = /[0-9A-Za-z]/;

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
  /** Sort mode: the text of each event's cell from event `from` on. */
  private texts: string[] | undefined;
  private from = 0;

  /**
   * The id of event `e`'s cell (events come in order, from 0): final in Map mode, 0 until
   * {@link finish} in sort mode; −1 for a name without any letter or digit.
   */
  read(v: unknown, e: number): number {
    if (this.texts !== undefined) return this.readText(v);
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
    this.texts = [];
    this.byRaw = undefined;
    this.byFolded = undefined;
    this.lastCell = undefined;
  }

  private readText(v: unknown): number {
    const texts = this.texts as string[];
    const raw = v === this.lastCell ? (texts[texts.length - 1] as string) : typeof v === "string" ? v : displayValue(v);
    if (v !== this.lastCell && !HAS_ASCII_ALNUM.test(raw) && foldText(raw) === "") return -1;
    this.lastCell = v;
    texts.push(raw);
    return 0;
  }

  /** In sort mode, numbers every event's réservataire (`ids`, the first `size`) by one sort of keys. */
  finish(ids: Int32Array, size: number): void {
    const texts = this.texts;
    if (texts === undefined) return;
    const keys = new Array<string>(size);
    for (let e = 0; e < this.from; e++) keys[e] = this.cles[ids[e] as number] as string;
    let lastText: string | undefined;
    let lastKey = "";
    for (let e = this.from; e < size; e++) {
      const text = texts[e - this.from] as string;
      if (text !== lastText) {
        lastKey = foldText(text);
        lastText = text;
      }
      keys[e] = lastKey;
    }
    const order = Array.from({ length: size }, (_, e) => e);
    order.sort((a, b) => {
      const x = keys[a] as string;
      const y = keys[b] as string;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    const noms: string[] = [];
    const cles: string[] = [];
    const { from, noms: before } = this;
    let previous: string | undefined;
    for (let k = 0; k < size; k++) {
      const e = order[k] as number;
      const key = keys[e] as string;
      if (key !== previous) {
        previous = key;
        cles.push(key);
        noms.push(e < from ? (before[ids[e] as number] as string) : trimmed(texts[e - from] as string));
      }
      ids[e] = cles.length - 1;
    }
    this.noms = noms;
    this.cles = cles;
    this.texts = undefined;
  }
}
