/**
 * The consolidation of received bilans: per period, the rows of every bailleur grouped by EPCI, a total per EPCI
 * and an overall total, and each bailleur's atteinte for the chart. Periods are kept apart (docs/choix.md
 * « Bilans reçus »); a total follows the bilan's own rules (docs/regles/bilans.md): atteinte and écart over the
 * rows that have an objective, the taux de chute as the rows' mean weighted by their mises à disposition.
 */
import { consolidationMessage, foldText, type Diagnostic, type SheetRead } from "../../domain";
import { NOMS_ETAPES } from "../suivi/sheet-bilan";
import { baseName, readBilanRecu, type BilanRecu, type LigneBilanRecu } from "./bilans-recus";

/** The totals of a set of rows. */
export interface TotalBilans {
  readonly objectif: number | undefined;
  readonly comptes: readonly [number, number, number, number];
  readonly atteinte: number | undefined;
  readonly ecart: number | undefined;
  readonly tauxChute: number | undefined;
}

/** One period's consolidation. */
export interface PeriodeConsolidee {
  readonly periode: string;
  /** Rows sorted by EPCI, bailleur, réservataire. */
  readonly lignes: readonly LigneBilanRecu[];
  readonly parEpci: readonly {
    readonly epci: string;
    readonly lignes: readonly LigneBilanRecu[];
    readonly total: TotalBilans;
  }[];
  readonly total: TotalBilans;
  readonly parBailleur: readonly { readonly bailleur: string; readonly total: TotalBilans }[];
  readonly fichiers: readonly string[];
}

/** A finding with the file it is about (none for the periods that differ). */
export type ConstatBilans = Diagnostic & { readonly fichier?: string | undefined };

export interface ConsolidationBilans {
  readonly bilans: readonly BilanRecu[];
  readonly periodes: readonly PeriodeConsolidee[];
  /** Files refused (not a bilan), then the findings: bailleur unnamed, the same bailleur twice, periods that differ. */
  readonly diagnostics: readonly ConstatBilans[];
}

/** The totals of `lignes` (see the file's comment for the rules). */
export function totalBilans(lignes: readonly LigneBilanRecu[]): TotalBilans {
  const comptes: [number, number, number, number] = [0, 0, 0, 0];
  let objectif: number | undefined;
  let realise = 0;
  let ecart: number | undefined;
  let chute = 0;
  let base = 0;
  for (const l of lignes) {
    l.comptes.forEach((c, i) => (comptes[i] = (comptes[i] ?? 0) + c));
    if (l.objectif !== undefined) {
      objectif = (objectif ?? 0) + l.objectif;
      realise += l.realise;
    }
    if (l.attendu !== undefined) ecart = (ecart ?? 0) + l.realise - l.attendu;
    if (l.tauxChute !== undefined && l.comptes[0] > 0) {
      chute += l.tauxChute * l.comptes[0];
      base += l.comptes[0];
    }
  }
  return {
    objectif,
    comptes,
    atteinte: objectif !== undefined && objectif > 0 ? realise / objectif : undefined,
    ecart,
    tauxChute: base > 0 ? chute / base : undefined,
  };
}

const compare = (a: string, b: string): number => a.localeCompare(b, "fr");

function consolidatePeriode(periode: string, bilans: readonly BilanRecu[]): PeriodeConsolidee {
  const lignes = bilans
    .flatMap((b) => b.lignes)
    .sort(
      (a, b) => compare(a.epci, b.epci) || compare(a.bailleur, b.bailleur) || compare(a.reservataire, b.reservataire),
    );
  const group = <K extends "epci" | "bailleur">(key: K): Map<string, LigneBilanRecu[]> => {
    const m = new Map<string, LigneBilanRecu[]>();
    for (const l of lignes) m.set(l[key], [...(m.get(l[key]) ?? []), l]);
    return m;
  };
  const parEpci = [...group("epci")].map(([epci, ls]) => ({ epci, lignes: ls, total: totalBilans(ls) }));
  const parBailleur = [...group("bailleur")]
    .sort(([a], [b]) => compare(a, b))
    .map(([bailleur, ls]) => ({ bailleur, total: totalBilans(ls) }));
  return { periode, lignes, parEpci, total: totalBilans(lignes), parBailleur, fichiers: bilans.map((b) => b.fichier) };
}

/** The same bailleur sending two bilans of one period: an erreur on each file. */
function doubles(bilans: readonly BilanRecu[]): ConstatBilans[] {
  const by = new Map<string, BilanRecu[]>();
  for (const b of bilans) {
    const key = `${foldText(b.bailleur)}\u0000${b.periode}`;
    by.set(key, [...(by.get(key) ?? []), b]);
  }
  return [...by.values()]
    .filter((list) => list.length > 1)
    .flatMap((list) =>
      list.map((b) => ({
        fichier: b.fichier,
        severity: "erreur" as const,
        code: "BILAN_EN_DOUBLE",
        message: consolidationMessage("BILAN_EN_DOUBLE", {
          valeur: b.bailleur,
          detail: `${b.periode} : ${list.map((x) => x.fichier).join(", ")}`,
        }),
      })),
    );
}

/** Bilans of one period counting the réalisé at different étapes: their totals' atteinte mixes them. */
function etapes(periode: string, list: readonly BilanRecu[]): ConstatBilans[] {
  const noms = Object.values(NOMS_ETAPES);
  const by = new Map<number, string[]>();
  for (const b of list) by.set(b.etape, [...(by.get(b.etape) ?? []), b.fichier]);
  if (by.size < 2) return [];
  const detail = [...by].map(([e, fichiers]) => `${noms[e] ?? ""} : ${fichiers.join(", ")}`).join(" ; ");
  return [
    {
      severity: "avertissement",
      code: "ETAPES_DIFFERENTES",
      message: consolidationMessage("ETAPES_DIFFERENTES", { valeur: periode, detail }),
    },
  ];
}

/**
 * Gathers the received bilans: each file read as a bilan or refused with its name, then one consolidation per
 * period (the most frequent first), never adding two periods.
 */
export function consolidateBilans(
  sources: readonly { readonly fichier: string; readonly sheets: readonly SheetRead[] }[],
): ConsolidationBilans {
  const bilans: BilanRecu[] = [];
  const diagnostics: ConstatBilans[] = [];
  for (const s of sources) {
    const read = readBilanRecu(s.fichier, s.sheets);
    if ("refus" in read) diagnostics.push({ fichier: baseName(s.fichier), ...read.refus });
    else {
      bilans.push(read.bilan);
      diagnostics.push(...read.diagnostics.map((d) => ({ fichier: read.bilan.fichier, ...d })));
    }
  }
  diagnostics.push(...doubles(bilans));
  const byPeriode = new Map<string, BilanRecu[]>();
  for (const b of bilans) byPeriode.set(b.periode, [...(byPeriode.get(b.periode) ?? []), b]);
  const periodes = [...byPeriode]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([p, list]) => consolidatePeriode(p, list));
  for (const [periode, list] of byPeriode) diagnostics.push(...etapes(periode, list));
  if (periodes.length > 1) {
    const detail = periodes.map((p) => `${p.periode} : ${p.fichiers.join(", ")}`).join(" ; ");
    diagnostics.push({
      severity: "avertissement",
      code: "PERIODES_DIFFERENTES",
      message: consolidationMessage("PERIODES_DIFFERENTES", { detail }),
    });
  }
  return { bilans, periodes, diagnostics };
}
