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

/**
 * Event indices ordered by dwelling, then date, stage and row. One sort, as merely sorting the
 * events by dwelling and date would cost: journals usually come nearly sorted, which the engine's
 * merge sort exploits.
 */
function orderEvents(j: Journal): number[] {
  const { logement: L, date: D, etape: E } = j;
  const order = new Array<number>(j.size);
  for (let i = 0; i < j.size; i++) order[i] = i;
  return order.sort((a, b) => {
    const la = L[a] as string;
    const lb = L[b] as string;
    if (la !== lb) return la < lb ? -1 : 1;
    return (D[a] as number) - (D[b] as number) || (E[a] as number) - (E[b] as number) || a - b;
  });
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
  const order = orderEvents(j);
  for (let k = 0; k < order.length; k++) {
    const e = order[k] ?? 0;
    if (k > 0 && j.logement[e] !== j.logement[order[k - 1] ?? 0]) flush();
    const s = j.etape[e] ?? 0;
    last[s] = e;
    if (s === bail) flush();
  }
  flush();
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
