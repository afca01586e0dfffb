/**
 * Per-EPCI figures of a dwelling table for the DDETS template's input rows (docs/regles/modele-ddets.md « Remplir »):
 * patrimoine, PLI, logements étudiants, PMR, PLAI adapté, one set per EPCI column of the template.
 *
 * Rules (docs/choix.md « Sources du modèle : tables des logements et des mouvements »):
 * - a dwelling's EPCI is the SIREN its row gives (RPLS `EPCI`), else the EPCI of its commune in the
 *   official découpage (former codes and arrondissements included);
 * - every dwelling read is counted once: in an EPCI column, or « hors modèle » (another EPCI, such as
 *   CC Alpes d'Azur; no commune; a commune without a known EPCI), never dropped;
 * - patrimoine counts every dwelling of the EPCI (RPLS: state on 1 January, whatever its MODE);
 * - the excluded rows stay disjoint, since the template adds them up: a PLI student dwelling counts
 *   as PLI only, so `etudiants` counts student dwellings that are not PLI;
 * - pmr and plaiAdapte are « dont » counts of the « Précisions » rows (a dwelling may be both);
 *   specifiques counts the dwellings that are either, once: the template's total of these rows is
 *   at least that.
 * A figure whose column the table lacks is 0: see `disponible` before writing it in the template.
 * @see docs/regles/assiette.md (exclus), docs/regles/rpls.md
 */
import { epciBySiren, epciOfCommune } from "../epci/table";
import type { EpciRef } from "../epci/types";
import { FINANCEMENTS } from "../rpls";
import type { LogementTable } from "./types";

/** Figures of one EPCI column. */
export interface EpciFigures {
  readonly patrimoine: number;
  /** Financement PLI (exclus de l'assiette). */
  readonly pli: number;
  /** Student dwellings (RPLS TYPECONST E) not counted as PLI. */
  readonly etudiants: number;
  readonly pmr: number;
  readonly plaiAdapte: number;
  /** Dwellings PMR or PLAI adapté (each once): the least « Total autres logements spécifiques » can be. */
  readonly specifiques: number;
}

/** Dwellings outside the template's EPCI columns, counted and shown. */
export interface HorsModeleCounts {
  /** All of them: Σ byEpci + sansCommune + Σ communesInconnues. */
  readonly count: number;
  /** Per other EPCI, most dwellings first. */
  readonly byEpci: readonly { readonly siren: string; readonly nom: string; readonly count: number }[];
  /** Rows with neither commune nor EPCI. */
  readonly sansCommune: number;
  /** Commune codes with no known EPCI (absent from the découpage, or a commune outside any EPCI). */
  readonly communesInconnues: readonly { readonly code: string; readonly count: number }[];
}

export interface ModeleAggregate {
  /** Figures per SIREN of every EPCI column (zeros for a column without dwellings). */
  readonly parEpci: Readonly<Record<string, EpciFigures>>;
  readonly horsModele: HorsModeleCounts;
  /** Dwellings read: Σ patrimoine of the columns + horsModele.count = table.size. */
  readonly total: number;
  /** Which figures the table can give (a missing column gives 0, not a count). */
  readonly disponible: Readonly<Record<keyof EpciFigures, boolean>>;
}

const PLI = FINANCEMENTS.indexOf("PLI");
/** Slot of a row without commune nor EPCI. */
const SANS_COMMUNE = -1;

/** Each dwelling's slot, and what the slots stand for. */
interface Slots {
  /** Slot of each dwelling: 0..k-1 the template's columns, k.. other EPCI; ≤ -2 unknown communes; -1 no commune. */
  readonly slots: Int32Array;
  readonly slotOfSiren: ReadonlyMap<string, number>;
  /** SIREN of the EPCI outside the template, slot k + index. */
  readonly others: readonly string[];
  /** Commune codes no EPCI holds, slot -2 - index. */
  readonly unknown: readonly string[];
  readonly sansCommune: number;
}

/** Per-slot counts of {@link tally}. */
interface Counts {
  readonly count: Int32Array;
  readonly unknownCount: Int32Array;
  readonly pli: Int32Array;
  readonly etu: Int32Array;
  readonly pm: Int32Array;
  readonly pa: Int32Array;
  readonly sp: Int32Array;
}

/** Aggregates a dwelling table for the template's EPCI columns (see the module's rules). */
export function countEpciFigures(table: LogementTable, epciColumns: readonly EpciRef[]): ModeleAggregate {
  const { slotOfSiren, others, unknown, sansCommune, slots } = assignSlots(table, epciColumns);
  const k = epciColumns.length;
  const { count, unknownCount, pli, etu, pm, pa, sp } = tally(table, slots, k, others.length, unknown.length);
  const parEpci: Record<string, EpciFigures> = {};
  epciColumns.forEach((e, i) => {
    const slot = slotOfSiren.get(e.siren) ?? i;
    parEpci[e.siren] = {
      patrimoine: count[slot] ?? 0,
      pli: pli[slot] ?? 0,
      etudiants: etu[slot] ?? 0,
      pmr: pm[slot] ?? 0,
      plaiAdapte: pa[slot] ?? 0,
      specifiques: sp[slot] ?? 0,
    };
  });
  const byEpci = others
    .map((siren, j) => ({ siren, nom: epciBySiren(siren)?.nom ?? siren, count: count[k + j] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.nom.localeCompare(b.nom, "fr"));
  const communesInconnues = unknown
    .map((code, j) => ({ code, count: unknownCount[j] ?? 0 }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  let hors = sansCommune;
  for (const e of byEpci) hors += e.count;
  for (const c of communesInconnues) hors += c.count;
  return {
    parEpci,
    horsModele: { count: hors, byEpci, sansCommune, communesInconnues },
    total: table.size,
    disponible: {
      patrimoine: true,
      pli: table.columns.financement,
      etudiants: table.columns.etudiant,
      pmr: table.columns.pmr,
      plaiAdapte: table.columns.plaiAdapte,
      specifiques: table.columns.pmr || table.columns.plaiAdapte,
    },
  };
}

/** The slot of each dwelling: its EPCI, else its commune's; a run of equal values is looked up once. */
function assignSlots(table: LogementTable, epciColumns: readonly EpciRef[]): Slots {
  const slotOfSiren = new Map<string, number>();
  epciColumns.forEach((e, i) => {
    if (!slotOfSiren.has(e.siren)) slotOfSiren.set(e.siren, i);
  });
  const others: string[] = [];
  const unknown: string[] = [];
  const slotOfCommune = new Map<string, number>();
  const sirenSlot = (siren: string): number => {
    let slot = slotOfSiren.get(siren);
    if (slot === undefined) {
      slot = epciColumns.length + others.push(siren) - 1;
      slotOfSiren.set(siren, slot);
    }
    return slot;
  };
  const communeSlot = (code: string): number => {
    let slot = slotOfCommune.get(code);
    if (slot === undefined) {
      const e = epciOfCommune(code);
      slot = e !== undefined ? sirenSlot(e.siren) : -2 - (unknown.push(code) - 1);
      slotOfCommune.set(code, slot);
    }
    return slot;
  };

  const { size, epci, commune } = table;
  const slots = new Int32Array(size);
  let lastSiren = "";
  let lastCode = "";
  let lastSlot = SANS_COMMUNE;
  let sansCommune = 0;
  for (let i = 0; i < size; i++) {
    const s = epci[i] ?? "";
    let slot: number;
    if (s !== "") {
      slot = s === lastSiren ? lastSlot : sirenSlot(s);
      lastSiren = s;
      lastCode = "";
    } else {
      const c = commune[i] ?? "";
      slot = c === "" ? SANS_COMMUNE : c === lastCode ? lastSlot : communeSlot(c);
      lastCode = c;
      lastSiren = "";
    }
    lastSlot = slot;
    slots[i] = slot;
    if (slot === SANS_COMMUNE) sansCommune++;
  }
  return { slots, slotOfSiren, others, unknown, sansCommune };
}

/** Counts the dwellings of each slot, and the template's figures for its `k` columns. */
function tally(table: LogementTable, slots: Int32Array, k: number, otherCount: number, unknownLength: number): Counts {
  const { size, financement, etudiant, pmr, plaiAdapte } = table;
  const count = new Int32Array(k + otherCount);
  const unknownCount = new Int32Array(unknownLength);
  const pli = new Int32Array(k);
  const etu = new Int32Array(k);
  const pm = new Int32Array(k);
  const pa = new Int32Array(k);
  const sp = new Int32Array(k);
  for (let i = 0; i < size; i++) {
    const slot = slots[i] ?? SANS_COMMUNE;
    if (slot >= 0) {
      count[slot] = (count[slot] ?? 0) + 1;
      if (slot >= k) continue;
      const isPli = financement[i] === PLI;
      if (isPli) pli[slot] = (pli[slot] ?? 0) + 1;
      else if (etudiant[i] === 1) etu[slot] = (etu[slot] ?? 0) + 1;
      if (pmr[i] === 1) pm[slot] = (pm[slot] ?? 0) + 1;
      if (plaiAdapte[i] === 1) pa[slot] = (pa[slot] ?? 0) + 1;
      if (pmr[i] === 1 || plaiAdapte[i] === 1) sp[slot] = (sp[slot] ?? 0) + 1;
    } else if (slot <= -2) {
      unknownCount[-2 - slot] = (unknownCount[-2 - slot] ?? 0) + 1;
    }
  }
  return { count, unknownCount, pli, etu, pm, pa, sp };
}
