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
import { fail, ok, type Result } from "./errors";
import { ETAPES, type Journal } from "./journal";
import { isoFromSerial } from "./dates";

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

/** Event indices grouped by dwelling (first-seen order), each group ordered by date, stage, row. */
function orderEvents(j: Journal): { order: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(j.logements + 1);
  for (let i = 0; i < j.size; i++) {
    const at = (j.logement[i] ?? 0) + 1;
    starts[at] = (starts[at] ?? 0) + 1;
  }
  for (let g = 0; g < j.logements; g++) starts[g + 1] = (starts[g + 1] ?? 0) + (starts[g] ?? 0);
  const fill = starts.slice(0, j.logements);
  const order = new Int32Array(j.size);
  for (let i = 0; i < j.size; i++) {
    const g = j.logement[i] ?? 0;
    order[fill[g] ?? 0] = i;
    fill[g] = (fill[g] ?? 0) + 1;
  }
  // Rows are already in order inside a group, so a stable sort by (date, stage) is enough.
  const before = (a: number, b: number): boolean => {
    const da = j.date[a] ?? 0;
    const db = j.date[b] ?? 0;
    return da < db || (da === db && ((j.etape[a] ?? 0) < (j.etape[b] ?? 0) || (j.etape[a] === j.etape[b] && a < b)));
  };
  for (let g = 0; g < j.logements; g++) {
    const lo = starts[g] ?? 0;
    const hi = starts[g + 1] ?? 0;
    if (hi - lo > 32) {
      const sorted = Array.from(order.subarray(lo, hi)).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
      order.set(sorted, lo);
      continue;
    }
    for (let k = lo + 1; k < hi; k++) {
      const x = order[k] ?? 0;
      let m = k - 1;
      while (m >= lo && before(x, order[m] ?? 0)) {
        order[m + 1] = order[m] ?? 0;
        m--;
      }
      order[m + 1] = x;
    }
  }
  return { order, starts };
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
  const { order, starts } = orderEvents(j);
  for (let g = 0; g < j.logements; g++) {
    const hi = starts[g + 1] ?? 0;
    for (let k = starts[g] ?? 0; k < hi; k++) {
      const e = order[k] ?? 0;
      const s = j.etape[e] ?? 0;
      last[s] = e;
      if (s === bail) flush();
    }
    flush();
  }
  return { reservataires: j.reservataires, comptes };
}

/** One row of the bilan: a réservataire's four counts and its taux de chute. */
export interface LigneBilan {
  readonly reservataire: string;
  readonly misesADisposition: number;
  readonly propositions: number;
  readonly attributions: number;
  readonly baux: number;
  /** 1 − attributions ÷ mises à disposition; `undefined` without any mise à disposition. */
  readonly tauxChute: number | undefined;
}

function ligne(reservataire: string, c: readonly number[]): LigneBilan {
  const [mad = 0, propositions = 0, attributions = 0, baux = 0] = c;
  return {
    reservataire,
    misesADisposition: mad,
    propositions,
    attributions,
    baux,
    tauxChute: mad === 0 ? undefined : (mad - attributions) / mad,
  };
}

/**
 * The bilan: one row per réservataire counted in the period (sorted by name, French order), then
 * the total. A réservataire whose events all fall outside the period has no row.
 */
export function bilan(d: Decompte): { lignes: LigneBilan[]; total: LigneBilan } {
  const n = ETAPES.length;
  const totals = new Array<number>(n).fill(0);
  const lignes: LigneBilan[] = [];
  d.reservataires.forEach((nom, id) => {
    const c = Array.from(d.comptes.subarray(id * n, id * n + n));
    if (c.every((x) => x === 0)) return;
    c.forEach((x, s) => (totals[s] = (totals[s] ?? 0) + x));
    lignes.push(ligne(nom, c));
  });
  lignes.sort((a, b) => a.reservataire.localeCompare(b.reservataire, "fr", { sensitivity: "base" }));
  return { lignes, total: ligne("Total", totals) };
}
