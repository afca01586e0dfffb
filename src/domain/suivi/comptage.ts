/**
 * Counting the journal per réservataire and attribute classes, each vacancy once per stage exactly
 * as DECOMPTE counts it: the events get a composite réservataire id (réservataire × classes) and
 * src/domain/decompte.ts does the counting, in one sort, whatever the number of breakdowns.
 */
import { decompter, DEFAULT_REGLES_DECOMPTE, type Doublons, type ReglesDecompte } from "../decompte";
import { ETAPES, type Journal } from "../journal";
import { INCONNU, type CleAttribut } from "./attributs";
import type { JournalSuivi } from "./journal-suivi";

/** One combination counted: the réservataire id and the class id of each attribute asked (INCONNU kept). */
export interface Comptage {
  readonly dims: readonly CleAttribut[];
  /** Réservataire id of each combination (index in the journal's réservataires). */
  readonly reservataire: Int32Array;
  /** Class of each combination per attribute of `dims`, in that order. */
  readonly classes: readonly Int32Array[];
  /** Counts per combination and stage: `comptes[k * 4 + etape]`. */
  readonly comptes: Int32Array;
  /** Per combination, its mises à disposition of the period that ended in an attribution to the same réservataire. */
  readonly attribuees: Int32Array;
  /** Exact duplicate rows of the journal, ignored. */
  readonly doublons: Doublons;
  readonly size: number;
}

/**
 * Counts the period for each réservataire × classes of `dims` (attributes of the counted event).
 * @param periode serial days, inclusive
 */
export function count(
  js: JournalSuivi,
  periode: { debut: number; fin: number },
  dims: readonly CleAttribut[],
  regles: ReglesDecompte = DEFAULT_REGLES_DECOMPTE,
): Comptage {
  const j = js.journal;
  const cols = dims.map((d) => js.attributs[d]);
  // Mixed radix: class + 1 (INCONNU = -1 → 0) for each dim, then the réservataire.
  const radix = dims.map((_, i) => {
    let max = 0;
    const c = cols[i] ?? new Int32Array(0);
    for (let e = 0; e < c.length; e++) if ((c[e] ?? 0) > max) max = c[e] ?? 0;
    return max + 2;
  });
  // Small key spaces (the usual case) use a typed table instead of a Map: a lookup per event.
  const space = radix.reduce((a, b) => a * b, Math.max(1, j.reservataires.length));
  const table = space <= 1 << 22 ? new Int32Array(space).fill(-1) : undefined;
  const ids = new Map<number, number>();
  const composite = new Int32Array(j.size);
  const reservataire: number[] = [];
  const classes: number[][] = dims.map(() => []);
  for (let e = 0; e < j.size; e++) {
    let key = j.reservataire[e] ?? 0;
    for (let i = 0; i < cols.length; i++) key = key * (radix[i] ?? 1) + ((cols[i]?.[e] ?? INCONNU) + 1);
    let id = table !== undefined ? table[key] : ids.get(key);
    if (id === undefined || id < 0) {
      id = reservataire.length;
      if (table !== undefined) table[key] = id;
      else ids.set(key, id);
      reservataire.push(j.reservataire[e] ?? 0);
      for (let i = 0; i < cols.length; i++) classes[i]?.push(cols[i]?.[e] ?? INCONNU);
    }
    composite[e] = id;
  }
  const synth: Journal = {
    ...j,
    reservataire: composite,
    reservataires: new Array<string>(reservataire.length).fill(""),
  };
  const d = decompter(synth, periode, j.reservataire, regles);
  return {
    dims,
    reservataire: Int32Array.from(reservataire),
    classes: classes.map((c) => Int32Array.from(c)),
    comptes: d.comptes,
    attribuees: d.attribuees,
    doublons: d.doublons,
    size: reservataire.length,
  };
}

/** Number of stages (mise à disposition, proposition, attribution, bail). */
export const NB_ETAPES = ETAPES.length;
