/**
 * Decoding the compact découpage of data.generated.ts (its header describes the format) into
 * columns. Runs once, on the first lookup (see table.ts); names are decoded on first need only.
 *
 * Codes are found by binary search: the generated data lists prefixes, and codes within a prefix,
 * in increasing order, so the decoded columns are sorted; this costs 16 comparisons a lookup and
 * spares building a map of 39 000 keys at start (the readers cache lookups per distinct value).
 */
import { bug } from "../messages/result";
import { assignSigles } from "./sigles";
import type { EpciRef } from "./types";

/** An EPCI of the découpage: SIREN, official name, acronym when one is known or derived, kind. */
export interface EpciEntry extends EpciRef {
  /** « CC », « CA », « CU », « METRO » or « MET69 » (Métropole de Lyon). */
  readonly type: string;
}

/** The découpage as columns: current communes by index, EPCI by index (sorted by SIREN). */
export interface Decoupage {
  readonly epci: readonly EpciEntry[];
  readonly epciBySiren: ReadonlyMap<string, number>;
  /** Current communes, sorted by code: INSEE code, département (code prefix), EPCI index or -1. */
  readonly code: readonly string[];
  readonly departement: readonly string[];
  readonly epciOf: Int16Array;
  /** Official names of the current communes, by index, decoded on the first call. */
  readonly noms: () => readonly string[];
  /** Former or secondary codes, sorted (a code repeats when it had several names), and their commune. */
  readonly aliasCode: readonly string[];
  readonly aliasCommune: Int32Array;
  /** Name of each former or secondary commune, "" when the package gives only the code. */
  readonly aliasNom: readonly string[];
}

const field = (parts: readonly string[], i: number): string => parts[i] ?? "";
/** Value of one base-36 digit character (0-9, a-z). */
const digit36 = (c: number): number => (c <= 57 ? c - 48 : c - 87);
const SUFFIXES: Readonly<Record<number, readonly string[]>> = {
  2: Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0")),
  3: Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0")),
};

/** Position of `key` in a sorted list, or -1. */
export function binarySearch(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid] ?? "";
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Names of one prefix, front-coded (see data.generated.ts), appended to `out`. */
function decodeNames(text: string, out: string[]): void {
  let previous = "";
  for (const entry of text.split("|")) {
    const shared = digit36(entry.charCodeAt(0));
    const name = shared === 0 ? entry.slice(1) : previous.slice(0, shared) + entry.slice(1);
    previous = name;
    out.push(name);
  }
}

function decodeEpci(epciData: readonly string[]): EpciEntry[] {
  const raw = epciData.map((line) => {
    const [siren = "", type = "", nom = ""] = line.split(";");
    return { siren, type, nom };
  });
  const sigles = assignSigles(raw);
  return raw.map((e, i) => {
    const sigle = sigles[i];
    return sigle === undefined ? e : { ...e, sigle };
  });
}

/** Decodes the generated strings; throws only if they are corrupt (a build mistake). */
export function decodeDecoupage(epciData: readonly string[], communesData: readonly string[]): Decoupage {
  const epci = decodeEpci(epciData);
  const code: string[] = [];
  const departement: string[] = [];
  const epciIndex: number[] = [];
  const nameFields: string[] = [];
  const aliasFields: [prefix: string, text: string][] = [];

  for (const line of communesData) {
    const parts = line.split(";");
    const prefix = field(parts, 0);
    const width = 5 - prefix.length;
    const suffixes = SUFFIXES[width] ?? [];
    const local =
      field(parts, 1) === ""
        ? []
        : field(parts, 1)
            .split(",")
            .map((x) => parseInt(x, 36));
    const epciChars = field(parts, 3);
    // A prefix may hold only former codes (« 20 »: Corsica before 1976).
    const runs = field(parts, 2) === "" ? [] : field(parts, 2).split(",");
    let k = 0;
    for (const run of runs) {
      const start = Number(run.slice(0, width));
      const end = start + (run.length > width ? parseInt(run.slice(width), 36) + 1 : 1);
      for (let n = start; n < end; n++, k++) {
        const e = epciChars.charCodeAt(k);
        code.push(prefix + (suffixes[n] ?? ""));
        departement.push(prefix);
        epciIndex.push(e === 45 /* - */ ? -1 : (local[digit36(e)] ?? -1));
      }
    }
    if (k !== epciChars.length) bug(`Découpage corrompu (${prefix})`);
    if (k > 0) nameFields.push(field(parts, 4));
    if (field(parts, 5) !== "") aliasFields.push([prefix, field(parts, 5)]);
  }

  // Aliases may point to another prefix: read them once every current commune is known.
  const aliasCode: string[] = [];
  const aliasCommune: number[] = [];
  const aliasNom: string[] = [];
  for (const [prefix, text] of aliasFields) {
    const width = 5 - prefix.length;
    for (const a of text.split("|")) {
      const old = prefix + a.slice(0, width);
      const mark = a.charAt(width);
      const to = mark === "=" ? old : mark === "~" ? a.slice(width + 1, width + 6) : prefix + a.slice(width, 2 * width);
      const target = binarySearch(code, to);
      if (target < 0) bug(`Découpage corrompu (${old} → ${to})`);
      aliasCode.push(old);
      aliasCommune.push(target);
      aliasNom.push(a.slice(mark === "=" ? width + 1 : mark === "~" ? width + 6 : 2 * width));
    }
  }

  let noms: string[] | undefined;
  return {
    epci,
    epciBySiren: new Map(epci.map((e, i) => [e.siren, i])),
    code,
    departement,
    epciOf: Int16Array.from(epciIndex),
    noms: () => {
      if (noms) return noms;
      const out: string[] = [];
      for (const text of nameFields) decodeNames(text, out);
      if (out.length !== code.length) bug("Découpage corrompu (noms)");
      noms = out;
      return out;
    },
    aliasCode,
    aliasCommune: Int32Array.from(aliasCommune),
    aliasNom,
  };
}

/** Index of the current commune of a normalised code (current or former); -1 when unknown. */
export function findCommune(d: Decoupage, code: string): number {
  const i = binarySearch(d.code, code);
  if (i >= 0) return i;
  const a = binarySearch(d.aliasCode, code);
  return a < 0 ? -1 : (d.aliasCommune[a] ?? -1);
}
