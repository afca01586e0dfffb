/**
 * The bilan of a period per EPCI × réservataire (docs/regles/bilans.md): the annual
 * objective, the four stage counts (a re-offered dwelling once, as DECOMPTE counts it), the share
 * of the objective reached at the convention's counting stage, the count expected to date and the
 * gap, the taux de chute, and the next réservataire to serve (PROCHAIN_RESERVATAIRE's rule).
 */
import { ETAPES, type Etape } from "../journal";
import { DEFAULT_REGLES_DECOMPTE, type Doublons, type ReglesDecompte } from "../decompte";
import { prochainReservataire } from "../prochain";
import { tauxChuteDuBilan } from "../chute";
import { compareCles, foldText } from "../text";
import { libelleEpci } from "./attributs";
import { count, NB_ETAPES } from "./comptage";
import type { JournalSuivi } from "./journal-suivi";
import type { PeriodeSuivi } from "./periode";
import { suiviMessage } from "../messages/suivi";

/** One row: a réservataire in an EPCI, an EPCI total or the bailleur's total. */
export interface SuiviRow {
  /** SIREN, "" for the whole bailleur, "?" for events without a known EPCI. */
  readonly epci: string;
  readonly libelleEpci: string;
  readonly reservataire: string;
  readonly objectif: number | undefined;
  /** Counts per stage (mise à disposition, proposition, attribution, bail), over the days the attendu covers. */
  readonly comptes: readonly number[];
  /** S2 only: the counts of 1 July – 31 December alone (the semester), shown beside, labelled as such. */
  readonly comptesSemestre?: readonly number[] | undefined;
  /** Count at the counting stage. */
  readonly realise: number;
  /**
   * The part of `realise` that atteinte and écart are computed over (docs/choix.md « Totaux d'un bilan »): a row's own
   * count when it has an objective (0 without); for a total, the count of its rows that have an objective only.
   */
  readonly realiseObjectif: number;
  /** realiseObjectif ÷ objectif (of the year); undefined without an objective above 0. */
  readonly atteinte: number | undefined;
  /** objectif × days counted ÷ days in the year (the same days as the counts). */
  readonly attendu: number | undefined;
  /** realiseObjectif − attendu (negative: behind); for a total, the sum of its rows' écarts. */
  readonly ecart: number | undefined;
  /** Of the mises à disposition counted, how many ended in an attribution to the same réservataire (the cohort). */
  readonly cohorteAttribuee: number;
  /** (mises à disposition − cohorteAttribuee) ÷ mises à disposition, as DECOMPTE (src/domain/chute.ts); undefined without any. */
  readonly tauxChute: number | undefined;
  /** True for the réservataire to serve next in its EPCI. */
  readonly prochain: boolean;
}

export interface GroupeSuivi {
  readonly epci: string;
  readonly libelle: string;
  readonly lignes: readonly SuiviRow[];
  readonly total: SuiviRow;
  /** The next réservataire, or why there is none. */
  readonly prochain: { readonly nom: string } | { readonly message: string };
}

export interface BilanPeriode {
  readonly periode: PeriodeSuivi;
  readonly etape: Etape;
  readonly groupes: readonly GroupeSuivi[];
  readonly total: SuiviRow;
  /** Per réservataire, all EPCI together: the chart's figures. */
  readonly parReservataire: readonly {
    readonly nom: string;
    readonly objectif: number | undefined;
    readonly realise: number;
  }[];
  /** Journal réservataires counted in the period without any objective. */
  readonly sansObjectif: readonly string[];
  /** Rows of the journal repeating an earlier one exactly, counted once (in the whole journal). */
  readonly doublons: Doublons;
}

/** Objectives by EPCI ("" = given for the whole bailleur) and réservataire. */
export interface TableObjectifs {
  readonly lignes: readonly { readonly nom: string; readonly objectif: number; readonly epci: string }[];
  /**
   * Rows whose objective was refused (EPCI "" when unknown or for the whole bailleur): the total of
   * their EPCI, and the bailleur's, is then left empty rather than computed from the rows read.
   */
  readonly refusees?: readonly { readonly nom: string; readonly epci: string }[] | undefined;
}

/** The objective of a réservataire (by folded name) in a group: its rows for that EPCI, or for the whole bailleur. */
type ObjectifDe = (epci: string, cle: string) => number | undefined;

/** Indexes the objectives by folded name once, so that a bilan of many réservataires looks each up in one step. */
function indexObjectifs(t: TableObjectifs | undefined): ObjectifDe {
  if (t === undefined) return () => undefined;
  const parEpci = t.lignes.some((l) => l.epci !== "");
  const byCle = new Map<string, { epci: string; objectif: number }[]>();
  for (const l of t.lignes) {
    const cle = foldText(l.nom);
    const list = byCle.get(cle);
    if (list) list.push(l);
    else byCle.set(cle, [l]);
  }
  return (epci, cle) => {
    let found = false;
    let sum = 0;
    for (const l of byCle.get(cle) ?? []) {
      const match = epci === "" ? true : parEpci ? l.epci === epci : false;
      if (!match) continue;
      found = true;
      sum += l.objectif;
    }
    return found ? sum : undefined;
  };
}

/**
 * A row from `acc`: the four counts, then the cohort's attributions (0 when absent). `base`, for a
 * total: the count of its rows that have an objective, which its atteinte and écart are computed over.
 */
function ligne(
  epci: string,
  libelle: string,
  reservataire: string,
  objectif: number | undefined,
  acc: readonly number[],
  stage: number,
  p: PeriodeSuivi,
  semestre?: readonly number[],
  base?: number,
): SuiviRow {
  const comptes = acc.slice(0, NB_ETAPES);
  const cohorteAttribuee = acc[NB_ETAPES] ?? 0;
  const realise = comptes[stage] ?? 0;
  const realiseObjectif = objectif === undefined ? 0 : (base ?? realise);
  const mad = comptes[0] ?? 0;
  const has = objectif !== undefined && objectif > 0;
  const attendu = objectif === undefined ? undefined : objectif * p.fractionAnnee;
  return {
    epci,
    libelleEpci: libelle,
    reservataire,
    objectif,
    comptes,
    comptesSemestre:
      p.semestre === undefined ? undefined : (semestre?.slice(0, NB_ETAPES) ?? new Array<number>(NB_ETAPES).fill(0)),
    realise,
    realiseObjectif,
    atteinte: has ? realiseObjectif / objectif : undefined,
    attendu,
    ecart: attendu === undefined ? undefined : realiseObjectif - attendu,
    cohorteAttribuee,
    tauxChute: tauxChuteDuBilan(mad, cohorteAttribuee),
    prochain: false,
  };
}

const add = (a: number[], b: readonly number[]): void => b.forEach((x, i) => (a[i] = (a[i] ?? 0) + x));
/** The counts of rows added up with their cohort's attributions, and their semester's counts (S2). */
function sums(xs: readonly SuiviRow[]): { comptes: number[]; semestre: number[] } {
  const comptes = new Array<number>(NB_ETAPES + 1).fill(0);
  const semestre = new Array<number>(NB_ETAPES).fill(0);
  for (const l of xs) {
    add(comptes, [...l.comptes, l.cohorteAttribuee]);
    if (l.comptesSemestre) add(semestre, l.comptesSemestre);
  }
  return { comptes, semestre };
}
const sumObj = (xs: readonly SuiviRow[]): number | undefined =>
  xs.some((l) => l.objectif !== undefined) ? xs.reduce((s, l) => s + (l.objectif ?? 0), 0) : undefined;
/** A total's atteinte and écart are over its rows with an objective only (docs/choix.md « Totaux d'un bilan »):
 * their réalisé (this sum) ÷ their objectives, this − their attendus (= the rows' écarts); a row without objective
 * (« — ») is in the counts only. */
const sumRealiseObjectif = (xs: readonly SuiviRow[]): number => xs.reduce((s, l) => s + l.realiseObjectif, 0);

/**
 * The bilan of `periode` counted at `etape`. Without EPCI or commune anywhere (or with objectives
 * given for the whole bailleur only), one group for the whole bailleur; events whose EPCI is
 * unknown make a group « EPCI inconnu ».
 */
export function bilanPeriode(
  js: JournalSuivi,
  periode: PeriodeSuivi,
  etape: Etape,
  objectifs: TableObjectifs | undefined,
  regles: ReglesDecompte = DEFAULT_REGLES_DECOMPTE,
): BilanPeriode {
  const stage = ETAPES.indexOf(etape);
  // Objectives given for the whole bailleur only: one group, whatever the journal's locations (docs/choix.md
  // « Totaux d'un bilan »).
  const parEpci = js.localise && (objectifs === undefined || objectifs.lignes.some((l) => l.epci !== ""));
  const { groups, doublons } = groupCounts(js, periode, parEpci, regles);
  const semestre =
    periode.semestre === undefined ? undefined : groupCounts(js, periode.semestre, parEpci, regles).groups;
  // A réservataire counted in the semester alone is counted in the year so far too: no group to add.
  if (objectifs !== undefined) {
    if (!parEpci) {
      if (!groups.has("")) groups.set("", new Map());
    } else {
      for (const l of objectifs.lignes) if (l.epci !== "" && !groups.has(l.epci)) groups.set(l.epci, new Map());
    }
  }
  if (groups.size === 0) groups.set(parEpci ? "?" : "", new Map());
  return {
    ...assemble(
      periode,
      etape,
      stage,
      { groups, semestre },
      { noms: js.journal.reservataires, cles: js.journal.cles },
      objectifs,
    ),
    doublons,
  };
}

/** Counts per EPCI (SIREN, "" whole bailleur, "?" unknown) and réservataire id over `span`. */
function groupCounts(
  js: JournalSuivi,
  span: { debut: number; fin: number },
  parEpci: boolean,
  regles: ReglesDecompte,
): { groups: Map<string, Map<number, number[]>>; doublons: Doublons } {
  const c = count(js, span, parEpci ? ["epci"] : [], regles);
  const epciIds = c.classes[0];
  const groups = new Map<string, Map<number, number[]>>();
  for (let k = 0; k < c.size; k++) {
    const comptes = [...c.comptes.subarray(k * NB_ETAPES, k * NB_ETAPES + NB_ETAPES), c.attribuees[k] ?? 0];
    if (comptes.every((x) => x === 0)) continue;
    const id = epciIds?.[k] ?? -1;
    const epci = !parEpci ? "" : id < 0 ? "?" : (js.epciSirens[id] ?? "?");
    const g = groups.get(epci) ?? new Map<number, number[]>();
    groups.set(epci, g);
    const r = c.reservataire[k] ?? 0;
    const acc = g.get(r) ?? new Array<number>(NB_ETAPES + 1).fill(0);
    add(acc, comptes);
    g.set(r, acc);
  }
  return { groups, doublons: c.doublons };
}

/** Counts per EPCI and réservataire id, over the period and (S2) over its semester alone. */
interface Counted {
  readonly groups: Map<string, Map<number, number[]>>;
  readonly semestre: Map<string, Map<number, number[]>> | undefined;
}

/** Réservataire names of the journal and their folded keys, by id. */
interface NomsJournal {
  readonly noms: readonly string[];
  readonly cles: readonly string[];
}

/** The rows of one group: its réservataires counted, then those with an objective only; in display order. */
function groupRows(
  epci: string,
  libelle: string,
  counted: Counted,
  noms: NomsJournal,
  objectifs: { readonly de: ObjectifDe; readonly table: TableObjectifs | undefined },
  stage: number,
  periode: PeriodeSuivi,
  sansObjectif: Map<string, string>,
): { lignes: SuiviRow[]; cles: string[] } {
  const g = counted.groups.get(epci) ?? new Map<number, number[]>();
  const objectifDe = objectifs.de;
  const seen = new Set<string>();
  const rows: { l: SuiviRow; cle: string; nom: string }[] = [];
  for (const [r, comptes] of g) {
    const nom = noms.noms[r] ?? "";
    const cle = noms.cles[r] ?? foldText(nom);
    seen.add(cle);
    const obj = objectifDe(epci === "?" ? "\u0000" : epci, cle);
    // Without an objective anywhere (a name misspelt, or missing from the objectives).
    if (obj === undefined && objectifs.table !== undefined && objectifDe("", cle) === undefined)
      sansObjectif.set(cle, nom);
    rows.push({
      l: ligne(epci, libelle, nom, obj, comptes, stage, periode, counted.semestre?.get(epci)?.get(r)),
      cle,
      nom,
    });
  }
  for (const o of objectifs.table?.lignes ?? []) {
    const cle = foldText(o.nom);
    if (seen.has(cle)) continue;
    const obj = objectifDe(epci, cle);
    if (obj === undefined) continue;
    seen.add(cle);
    rows.push({ l: ligne(epci, libelle, o.nom, obj, [0, 0, 0, 0], stage, periode), cle, nom: o.nom });
  }
  rows.sort(compareCles);
  return { lignes: rows.map((x) => x.l), cles: rows.map((x) => x.cle) };
}

/** True when a refused objective row belongs to group `epci` (or to every group). */
const incomplet = (objectifs: TableObjectifs | undefined, epci: string): boolean =>
  (objectifs?.refusees ?? []).some((r) => r.epci === "" || r.epci === epci);

function assemble(
  periode: PeriodeSuivi,
  etape: Etape,
  stage: number,
  counted: Counted,
  noms: NomsJournal,
  objectifs: TableObjectifs | undefined,
): Omit<BilanPeriode, "doublons"> {
  const sansObjectif = new Map<string, string>();
  const de = indexObjectifs(objectifs);
  const per = new Map<string, { nom: string; cle: string; objectif: number | undefined; realise: number }>();
  const groupes: GroupeSuivi[] = [...counted.groups.keys()]
    .map((epci) => {
      const libelle = epci === "" ? "Ensemble du bailleur" : epci === "?" ? "EPCI inconnu" : libelleEpci(epci);
      const { lignes, cles } = groupRows(
        epci,
        libelle,
        counted,
        noms,
        { de, table: objectifs },
        stage,
        periode,
        sansObjectif,
      );
      lignes.forEach((l, i) => {
        const cle = cles[i] ?? "";
        const p = per.get(cle) ?? { nom: l.reservataire, cle, objectif: undefined, realise: 0 };
        p.realise += l.realise;
        if (l.objectif !== undefined) p.objectif = (p.objectif ?? 0) + l.objectif;
        per.set(cle, p);
      });
      const t = sums(lignes);
      const p = prochainReservataire(
        lignes.map((l) => ({ nom: l.reservataire, objectif: l.objectif ?? 0, realises: l.realise })),
      );
      let prochain: GroupeSuivi["prochain"];
      if (p.ok) {
        const i = p.value;
        const l = lignes[i];
        if (l) lignes[i] = { ...l, prochain: true };
        prochain = { nom: l?.reservataire ?? "" };
      } else {
        prochain = {
          message: lignes.some((l) => (l.objectif ?? 0) > 0) ? p.error.message : suiviMessage("SANS_PROCHAIN"),
        };
      }
      const objectifTotal = incomplet(objectifs, epci) ? undefined : sumObj(lignes);
      return {
        epci,
        libelle,
        lignes,
        total: ligne(
          epci,
          libelle,
          `Total ${libelle}`,
          objectifTotal,
          t.comptes,
          stage,
          periode,
          t.semestre,
          sumRealiseObjectif(lignes),
        ),
        prochain,
      };
    })
    .sort((a, b) => (a.epci === "?" ? 1 : b.epci === "?" ? -1 : a.libelle.localeCompare(b.libelle, "fr")));
  const all = sums(groupes.map((g) => g.total));
  const objectifBailleur = (objectifs?.refusees ?? []).length > 0 ? undefined : sumObj(groupes.map((g) => g.total));
  const total = ligne(
    "",
    "Bailleur",
    "Total du bailleur",
    objectifBailleur,
    all.comptes,
    stage,
    periode,
    all.semestre,
    sumRealiseObjectif(groupes.map((g) => g.total)),
  );
  const parReservataire = [...per.values()]
    .sort(compareCles)
    .map(({ nom, objectif, realise }) => ({ nom, objectif, realise }));
  const sans = [...sansObjectif]
    .map(([cle, nom]) => ({ cle, nom }))
    .sort(compareCles)
    .map((x) => x.nom);
  return { periode, etape, groupes, total, parReservataire, sansObjectif: sans };
}

/**
 * What one réservataire receives: its own rows in each EPCI and its own totals, nothing of the
 * other réservataires (their counts are not its business) (docs/choix.md « Totaux d'un bilan »).
 */
export function bilanDuReservataire(b: BilanPeriode, nom: string): BilanPeriode {
  const key = foldText(nom);
  const stage = ETAPES.indexOf(b.etape);
  const groupes: GroupeSuivi[] = [];
  for (const g of b.groupes) {
    const lignes = g.lignes.filter((l) => foldText(l.reservataire) === key);
    if (lignes.length === 0) continue;
    const t = sums(lignes);
    const prochain = lignes.some((l) => l.prochain) ? { nom } : { message: suiviMessage("AUTRE_PLUS_EN_RETARD") };
    groupes.push({
      ...g,
      lignes,
      total: ligne(
        g.epci,
        g.libelle,
        `Total ${g.libelle}`,
        sumObj(lignes),
        t.comptes,
        stage,
        b.periode,
        t.semestre,
        sumRealiseObjectif(lignes),
      ),
      prochain,
    });
  }
  const all = sums(groupes.map((g) => g.total));
  const total = ligne(
    "",
    "Bailleur",
    `Total ${nom}`,
    sumObj(groupes.map((g) => g.total)),
    all.comptes,
    stage,
    b.periode,
    all.semestre,
    sumRealiseObjectif(groupes.map((g) => g.total)),
  );
  return {
    ...b,
    groupes,
    total,
    parReservataire: b.parReservataire.filter((p) => foldText(p.nom) === key),
    sansObjectif: b.sansObjectif.filter((n) => foldText(n) === key),
  };
}
