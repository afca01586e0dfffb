/**
 * Counting the flux (décompte): how many vacancies each réservataire received at each stage.
 *
 * Rules (SPEC §1, DOMAIN.md §4; the reinjection rule is ours [D]):
 * - events of one dwelling are ordered by date, then stage (mise à disposition < proposition <
 *   attribution < bail), then row;
 * - a vacancy runs from its first event to its bail; a later event starts a new vacancy;
 * - at each stage a vacancy counts at most once, for the réservataire of its last event of that
 *   stage; that event is chosen first, then its date decides whether it falls in the period (a
 *   reinjection across 31 December counts once, in the year of the last offer).
 */
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { ETAPES, type Journal } from "./journal";
import { isoFromSerial } from "./dates";
import { tauxChuteDuBilan } from "./chute";

/** A period of days, bounds inclusive; a missing bound is open. */
export interface Periode {
  readonly debut?: number | undefined;
  readonly fin?: number | undefined;
}

/** Counts per réservataire id and stage: `comptes[id * 4 + etape]`. */
export interface Decompte {
  readonly reservataires: readonly string[];
  readonly comptes: Int32Array;
}

/** Checks a period's bounds (whole days, debut ≤ fin). */
export function checkPeriode(p: Periode): Result<Periode> {
  if (p.debut !== undefined && p.fin !== undefined && Math.floor(p.debut) > Math.floor(p.fin)) {
    return fail("PERIODE_INVERSEE", { valeur: isoFromSerial(p.debut), detail: isoFromSerial(p.fin) });
  }
  return ok(p);
}

/** Events grouped by dwelling: `order[start[g]] … order[start[g + 1] − 1]` are the events of group g. */
interface Groupes {
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly count: number;
}

/**
 * Event indices grouped by dwelling, each group ordered by date, stage, then row. Linear: dwellings
 * get integer ids (a Map, skipped while the same dwelling repeats), a stable counting sort groups
 * them, and only a group whose events are out of order (rare: a journal is in time order, or
 * grouped by dwelling) is sorted. Groups follow the dwellings' first appearance: the counts do not
 * depend on the order of the groups.
 */
function groupEvents(j: Journal): Groupes {
  const { logement: L, size: n } = j;
  const groupOf = new Int32Array(n);
  // While the dwellings come in increasing order (a journal sorted by dwelling), none can come back:
  // each new run is a new dwelling, no Map needed. The Map is built at the first run out of order.
  let ids: Map<string, number> | undefined;
  const firstOfRun: string[] = [];
  let grouped = true;
  let previous: string | undefined;
  let id = -1;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const l = L[i] as string;
    if (l !== previous) {
      if (ids === undefined && (previous === undefined || l > previous)) {
        id = count++;
        firstOfRun.push(l);
      } else {
        ids ??= new Map(firstOfRun.map((key, g) => [key, g]));
        const known = ids.get(l);
        if (known === undefined) {
          id = count++;
          ids.set(l, id);
        } else {
          id = known;
          grouped = false;
        }
      }
      previous = l;
    }
    groupOf[i] = id;
  }
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    const g = (groupOf[i] as number) + 1;
    start[g] = (start[g] as number) + 1;
  }
  for (let g = 0; g < count; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const order = new Int32Array(n);
  if (grouped) {
    for (let i = 0; i < n; i++) order[i] = i;
  } else {
    const next = start.slice(0, count);
    for (let i = 0; i < n; i++) {
      const g = groupOf[i] as number;
      const at = next[g] as number;
      order[at] = i;
      next[g] = at + 1;
    }
  }
  sortGroups(j, order, start, count);
  return { order, start, count };
}

/** Sorts, by date, stage, then row, each group whose events are out of order (rare). */
function sortGroups(j: Journal, order: Int32Array, start: Int32Array, count: number): void {
  const { date: D, etape: E } = j;
  const before = (a: number, b: number): number => (D[a] as number) - (D[b] as number) || (E[a] as number) - (E[b] as number) || a - b;
  for (let g = 0; g < count; g++) {
    const a = start[g] as number;
    const b = start[g + 1] as number;
    for (let k = a + 1; k < b; k++) {
      if (before(order[k - 1] as number, order[k] as number) > 0) {
        order.set(order.subarray(a, b).sort(before), a);
        break;
      }
    }
  }
}

/** Counts each vacancy once per stage, for the réservataire of its last event of that stage. */
export function decompter(j: Journal, periode: Periode = {}): Decompte {
  const comptes = new Int32Array(j.reservataires.length * ETAPES.length);
  const debut = periode.debut === undefined ? -Infinity : Math.floor(periode.debut);
  const fin = periode.fin === undefined ? Infinity : Math.floor(periode.fin);
  const last = new Int32Array(ETAPES.length).fill(-1);
  const bail = ETAPES.indexOf("BAIL");
  const flush = (): void => {
    for (let s = 0; s < last.length; s++) {
      const e = last[s] ?? -1;
      if (e < 0) continue;
      const day = Math.floor(j.date[e] ?? 0);
      if (day >= debut && day <= fin) {
        const at = (j.reservataire[e] ?? 0) * ETAPES.length + s;
        comptes[at] = (comptes[at] ?? 0) + 1;
      }
      last[s] = -1;
    }
  };
  const { order, start, count } = groupEvents(j);
  for (let g = 0; g < count; g++) {
    const end = start[g + 1] as number;
    for (let k = start[g] as number; k < end; k++) {
      const e = order[k] as number;
      const s = j.etape[e] ?? 0;
      last[s] = e;
      if (s === bail) flush();
    }
    flush();
  }
  return { reservataires: j.reservataires, comptes };
}

/** One row of the bilan: a réservataire's four counts and its taux de chute. */
export interface BilanRow {
  readonly reservataire: string;
  readonly misesADisposition: number;
  readonly propositions: number;
  readonly attributions: number;
  readonly baux: number;
  /** 1 − attributions ÷ mises à disposition; `undefined` without any mise à disposition. */
  readonly tauxChute: number | undefined;
}

function ligne(reservataire: string, c: readonly number[]): BilanRow {
  const [mad = 0, propositions = 0, attributions = 0, baux = 0] = c;
  return {
    reservataire,
    misesADisposition: mad,
    propositions,
    attributions,
    baux,
    tauxChute: tauxChuteDuBilan(mad, attributions),
  };
}

/**
 * The bilan: one row per réservataire counted in the period (sorted by name, French order), then
 * the total. A réservataire whose events all fall outside the period has no row.
 */
export function bilan(d: Decompte): { lignes: BilanRow[]; total: BilanRow } {
  const n = ETAPES.length;
  const totals = new Array<number>(n).fill(0);
  const lignes: BilanRow[] = [];
  d.reservataires.forEach((nom, id) => {
    const c = Array.from(d.comptes.subarray(id * n, id * n + n));
    if (c.every((x) => x === 0)) return;
    c.forEach((x, s) => (totals[s] = (totals[s] ?? 0) + x));
    lignes.push(ligne(nom, c));
  });
  lignes.sort((a, b) => a.reservataire.localeCompare(b.reservataire, "fr", { sensitivity: "base" }));
  return { lignes, total: ligne("Total", totals) };
}
