/**
 * Counting the flux (décompte): how many vacancies each réservataire received at each stage.
 *
 * Rules (docs/regles/decompte.md; the reinjection rule is ours, docs/choix.md
 * « Décompte : réinjection, doublons et en-tête du journal »):
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
import { compareCles } from "./text";
import { EV, RANG_EVENEMENT } from "./evenements";

/**
 * What the convention says of the vacancy's other steps (docs/regles/vacances.md): a refusal within
 * `validationJours` days of the mise à disposition (the optional validation step) returns the dwelling
 * uncounted; a retour bailleur keeps the mise à disposition counted unless `retourBailleurCompte` is false.
 */
export interface ReglesDecompte {
  readonly validationJours?: number | undefined;
  readonly retourBailleurCompte: boolean;
}

/** No validation step; a retour bailleur stays counted (the seed's « sous réserve du maintien du délai d'un mois »). */
export const DEFAULT_REGLES_DECOMPTE: ReglesDecompte = { retourBailleurCompte: true };

/** A period of days, bounds inclusive; a missing bound is open. */
export interface Periode {
  readonly debut?: number | undefined;
  readonly fin?: number | undefined;
}

/** Counts per réservataire id and stage: `comptes[id * 4 + etape]`. */
export interface Decompte {
  readonly reservataires: readonly string[];
  /** Their folded keys (display order), by id. */
  readonly cles: readonly string[];
  readonly comptes: Int32Array;
  /**
   * Per réservataire id, the taux de chute's cohort: of the vacancies counted as made available to it
   * in the period, how many ended in an attribution to it (at any date the journal knows).
   */
  readonly attribuees: Int32Array;
  /** Exact duplicates ignored (same dwelling, stage, date and réservataire as an earlier row), in the whole journal. */
  readonly doublons: Doublons;
}

/** Rows that repeat an earlier one: how many, and the first few (event indices: the copy, then the row it repeats). */
export interface Doublons {
  readonly nombre: number;
  readonly exemples: readonly (readonly [number, number])[];
}

/** Most duplicate rows quoted by example. */
const EXEMPLES_DOUBLONS = 5;

/** Checks a period's bounds (whole days, debut ≤ fin). */
export function checkPeriode(p: Periode): Result<Periode> {
  if (p.debut !== undefined && p.fin !== undefined && Math.floor(p.debut) > Math.floor(p.fin)) {
    return fail("PERIODE_INVERSEE", { valeur: isoFromSerial(p.debut), detail: isoFromSerial(p.fin) });
  }
  return ok(p);
}

/** Orders events by date, stage (their order in a day, RANG_EVENEMENT), then row (events of one dwelling). */
function eventBefore(j: Journal): (a: number, b: number) => number {
  const { date: D, etape: E } = j;
  const rank = (e: number): number => RANG_EVENEMENT[E[e] as number] ?? 0;
  return (a, b) => (D[a] as number) - (D[b] as number) || rank(a) - rank(b) || a - b;
}

/**
 * Event indices grouped by dwelling, in the order of the journal within each group; `undefined`
 * when the journal is already grouped (every run of events starts a new dwelling, as in a journal
 * sorted by dwelling: nothing is allocated). Otherwise a stable counting sort on the dwelling ids,
 * which the journal numbers in order of first appearance: linear. The counts do not depend on the
 * order of the groups.
 */
export function groupOrder(j: Journal): Int32Array | undefined {
  const { logement: groupOf, size: n } = j;
  let grouped = true;
  let previous = -1;
  for (let i = 0; i < n && grouped; i++) {
    const g = groupOf[i] as number;
    if (g !== previous) {
      grouped = g > previous;
      previous = g;
    }
  }
  if (grouped) return undefined;
  const count = j.logements.length;
  const next = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    const g = (groupOf[i] as number) + 1;
    next[g] = (next[g] as number) + 1;
  }
  for (let g = 0; g < count; g++) next[g + 1] = (next[g + 1] as number) + (next[g] as number);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i] as number;
    const at = next[g] as number;
    order[at] = i;
    next[g] = at + 1;
  }
  return order;
}

/**
 * Counts each vacancy once per stage, for the réservataire of its last event of that stage. An event
 * repeating an earlier one exactly (same dwelling, stage, date and réservataire: a row pasted twice)
 * is ignored, so that a sequence pasted twice counts once, bail included (docs/regles/decompte.md).
 * A refusal or a retour bailleur acts on the vacancy's mise à disposition as {@link ReglesDecompte} says;
 * a retour bailleur closes the vacancy (a later event starts a new one); validation and désignation are
 * not counted.
 * @param cle the réservataire of each event as the user named it, when `j.reservataire` refines it
 *   (the bilans count réservataire × attribute classes): duplicates and cohorts compare these
 */
export function decompter(
  j: Journal,
  periode: Periode = {},
  cle: Int32Array = j.reservataire,
  regles: ReglesDecompte = DEFAULT_REGLES_DECOMPTE,
): Decompte {
  const comptes = new Int32Array(j.reservataires.length * ETAPES.length);
  const attribuees = new Int32Array(j.reservataires.length);
  const debut = periode.debut === undefined ? -Infinity : Math.floor(periode.debut);
  const fin = periode.fin === undefined ? Infinity : Math.floor(periode.fin);
  const last = new Int32Array(ETAPES.length).fill(-1);
  const bail = ETAPES.indexOf("BAIL");
  const mad = ETAPES.indexOf("MISE_A_DISPOSITION");
  const att = ETAPES.indexOf("ATTRIBUTION");
  const flush = (): void => {
    for (let s = 0; s < last.length; s++) {
      const e = last[s] ?? -1;
      if (e < 0) continue;
      const day = Math.floor(j.date[e] ?? 0);
      if (day >= debut && day <= fin) {
        const r = j.reservataire[e] ?? 0;
        const at = r * ETAPES.length + s;
        comptes[at] = (comptes[at] ?? 0) + 1;
        // The cohort of the taux de chute: this mise à disposition ended in an attribution to the same réservataire.
        const a = last[att] ?? -1;
        if (s === mad && a >= 0 && cle[a] === cle[e]) attribuees[r] = (attribuees[r] ?? 0) + 1;
      }
    }
    for (let s = 0; s < last.length; s++) last[s] = -1;
  };
  const dup = new DuplicateFinder(cle);
  const { date: D, etape: E } = j;
  let runStart = -1;
  const visit = (e: number): void => {
    const s = E[e] as number;
    // A duplicate shares its date and stage with the run of events before it (usually one event).
    if (runStart >= 0 && E[runStart] === s && D[runStart] === D[e]) {
      if (dup.repeats(e)) return;
    } else {
      runStart = e;
      dup.start(e);
    }
    if (s >= ETAPES.length) return otherStep(e, s);
    last[s] = e;
    if (s === bail) flush();
  };
  const otherStep = (e: number, s: number): void => {
    const m = last[mad] ?? -1;
    if (s === EV.REFUS && m >= 0 && regles.validationJours !== undefined && cle[m] === cle[e]) {
      if (Math.floor(D[e] as number) - Math.floor(D[m] as number) <= regles.validationJours) last[mad] = -1;
    } else if (s === EV.RETOUR_BAILLEUR) {
      if (!regles.retourBailleurCompte && m >= 0) last[mad] = -1;
      flush();
    }
  };
  // Each dwelling's events, by date, stage, then row: a group out of that order (rare: a journal
  // is in time order, or grouped by dwelling) is sorted apart.
  const before = eventBefore(j);
  const order = groupOrder(j);
  const at = (k: number): number => (order === undefined ? k : (order[k] as number));
  const { logement: groupOf, size: n } = j;
  for (let a = 0; a < n;) {
    const g = groupOf[at(a)];
    let b = a + 1;
    let sorted = true;
    for (; b < n && groupOf[at(b)] === g; b++) if (sorted && before(at(b - 1), at(b)) > 0) sorted = false;
    if (sorted) for (let k = a; k < b; k++) visit(at(k));
    else for (const e of Int32Array.from({ length: b - a }, (_, i) => at(a + i)).sort(before)) visit(e);
    flush();
    runStart = -1;
    a = b;
  }
  return { reservataires: j.reservataires, cles: j.cles, comptes, attribuees, doublons: dup.result() };
}

/**
 * Exact duplicates among one dwelling's events, visited by date, stage, then row: a duplicate has
 * the same date and stage, so it sits in the current run of events sharing them (usually one).
 */
class DuplicateFinder {
  private run: Int32Array = new Int32Array(8);
  private size = 0;
  private nombre = 0;
  private readonly exemples: [number, number][] = [];

  constructor(private readonly cle: Int32Array) {}

  /** `e` starts a new run of events of one date and stage. */
  start(e: number): void {
    this.run[0] = e;
    this.size = 1;
  }

  /** True when `e`, of the current run's date and stage, repeats one of its events (then ignored); otherwise it joins the run. */
  repeats(e: number): boolean {
    for (let k = 0; k < this.size; k++) {
      const o = this.run[k] as number;
      if (this.cle[o] === this.cle[e]) {
        this.nombre++;
        if (this.exemples.length < EXEMPLES_DOUBLONS) this.exemples.push([e, o]);
        return true;
      }
    }
    if (this.size === this.run.length) {
      const grown = new Int32Array(this.size * 2);
      grown.set(this.run);
      this.run = grown;
    }
    this.run[this.size++] = e;
    return false;
  }

  result(): Doublons {
    return { nombre: this.nombre, exemples: this.exemples.sort((x, y) => x[0] - y[0]) };
  }
}

/** One row of the bilan: a réservataire's four counts and its taux de chute. */
export interface BilanRow {
  readonly reservataire: string;
  readonly misesADisposition: number;
  readonly propositions: number;
  readonly attributions: number;
  readonly baux: number;
  /**
   * Of the mises à disposition counted, the share not attributed to the same réservataire (the
   * cohort's rule, see tauxChuteDuBilan); `undefined` without any mise à disposition.
   */
  readonly tauxChute: number | undefined;
}

/** `c`: the four counts, then the cohort's attributions. */
function ligne(reservataire: string, c: readonly number[]): BilanRow {
  const [mad = 0, propositions = 0, attributions = 0, baux = 0, attribuees = 0] = c;
  return {
    reservataire,
    misesADisposition: mad,
    propositions,
    attributions,
    baux,
    tauxChute: tauxChuteDuBilan(mad, attribuees),
  };
}

/**
 * The bilan: one row per réservataire counted in the period (sorted by name, French order), then
 * the total. A réservataire whose events all fall outside the period has no row.
 */
export function bilan(d: Decompte): { lignes: BilanRow[]; total: BilanRow } {
  const n = ETAPES.length;
  const totals = new Array<number>(n + 1).fill(0);
  const rows: { nom: string; cle: string; id: number }[] = [];
  d.reservataires.forEach((nom, id) => {
    let any = false;
    for (let s = 0; s < n; s++) {
      const x = d.comptes[id * n + s] ?? 0;
      totals[s] = (totals[s] ?? 0) + x;
      if (x !== 0) any = true;
    }
    if (!any) return;
    totals[n] = (totals[n] ?? 0) + (d.attribuees[id] ?? 0);
    rows.push({ nom, cle: d.cles[id] ?? nom, id });
  });
  // By folded name (French order of Latin names), keys compared plainly: see compareCles.
  rows.sort(compareCles);
  const lignes = rows.map((r) =>
    ligne(r.nom, [...Array.from(d.comptes.subarray(r.id * n, r.id * n + n)), d.attribuees[r.id] ?? 0]),
  );
  return { lignes, total: ligne("Total", totals) };
}
