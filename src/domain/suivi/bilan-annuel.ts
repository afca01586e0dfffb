/**
 * The legal annual bilan (CCH R.441-5-1, décret du 20 février 2020): for each réservataire, the
 * dwellings proposed (mis à disposition) and allocated (attribution) during the year, by typologie,
 * financement, QPV (in / out), commune and période de construction; beside it, the allocations made
 * under the « soustraits » operations when the journal marks them. Counts as DECOMPTE counts.
 */
import { ETAPES, type Etape } from "../journal";
import type { Doublons } from "../decompte";
import { communeByCode } from "../epci/table";
import { FINANCEMENTS, TYPOLOGIES } from "../rpls";
import { compareCles, foldText } from "../text";
import { classesConstruction, INCONNU, OPERATIONS, QPV, type CleAttribut, type Workbooks } from "./attributs";
import { count, NB_ETAPES } from "./comptage";
import type { JournalSuivi, NonRapproche } from "./journal-suivi";
import type { PeriodeSuivi } from "./periode";

/** The five breakdowns the law names, in its order. */
export const DIMENSIONS_ANNUEL = [
  "typologie",
  "financement",
  "qpv",
  "commune",
  "construction",
] as const satisfies readonly CleAttribut[];
export type DimensionAnnuel = (typeof DIMENSIONS_ANNUEL)[number];

export const NOMS_DIMENSIONS: Readonly<Record<DimensionAnnuel | "operation", string>> = {
  typologie: "Typologie",
  financement: "Financement",
  qpv: "Localisation QPV",
  commune: "Commune",
  construction: "Période de construction",
  operation: "Opération",
};

export interface ClasseCompte {
  readonly classe: string;
  readonly proposes: number;
  readonly attribues: number;
}

export interface BilanAnnuelReservataire {
  readonly nom: string;
  readonly proposes: number;
  readonly attribues: number;
  readonly dimensions: readonly { readonly dimension: DimensionAnnuel; readonly classes: readonly ClasseCompte[] }[];
}

export interface BilanAnnuel {
  readonly periode: PeriodeSuivi;
  readonly reservataires: readonly BilanAnnuelReservataire[];
  /** Allocations of the year per operation of the soustraits (all réservataires), when the journal has the column. */
  readonly operations: readonly { readonly operation: string; readonly attribues: number }[] | undefined;
  readonly nonRapproches: readonly NonRapproche[];
  /** Attributes neither the journal nor the dwelling table gives. */
  readonly attributsAbsents: readonly DimensionAnnuel[];
  /** Rows of the journal repeating an earlier one exactly, counted once. */
  readonly doublons: Doublons;
  /** The stage counted as « proposés »: see {@link etapeDesProposes}. */
  readonly etapeProposes: Etape;
}

/**
 * The stage whose counts are the « logements proposés » of the legal bilan (docs/choix.md
 * « Bilan annuel légal : logements proposés et années de construction »): the mise à disposition (the dwelling offered
 * to the réservataire), or, for a journal that notes no mise à disposition at all (one kept from the propositions of
 * candidates on), the proposition: a dwelling for which candidates were proposed was offered. Never « 0 proposés »
 * beside propositions.
 */
export function etapeDesProposes(js: JournalSuivi): Etape {
  const { etape, size } = js.journal;
  const mad = ETAPES.indexOf("MISE_A_DISPOSITION");
  for (let e = 0; e < size; e++) if (etape[e] === mad) return "MISE_A_DISPOSITION";
  return size > 0 ? "PROPOSITION" : "MISE_A_DISPOSITION";
}

const NON_RENSEIGNE = "Non renseigné";

/** Label of a class of a dimension. */
export function libelleClasse(
  dim: DimensionAnnuel,
  id: number,
  workbooks: Workbooks,
  bornes: readonly number[],
): string {
  if (id === INCONNU) return NON_RENSEIGNE;
  switch (dim) {
    case "typologie":
      return TYPOLOGIES[id] ?? NON_RENSEIGNE;
    case "financement":
      return FINANCEMENTS[id] === "AUTRE" ? "Autre financement" : (FINANCEMENTS[id] ?? NON_RENSEIGNE);
    case "qpv":
      return QPV[id] ?? NON_RENSEIGNE;
    case "construction":
      return classesConstruction(bornes)[id] ?? NON_RENSEIGNE;
    case "commune": {
      const code = workbooks.communes.valeurs[id] ?? "";
      const c = communeByCode(code);
      return c ? `${c.nom} (${code})` : code;
    }
  }
}

/** Fixed order of a dimension's classes (communes: most proposed first), « Non renseigné » last. */
function ordre(dim: DimensionAnnuel, bornes: readonly number[]): number[] | undefined {
  switch (dim) {
    case "typologie":
      return TYPOLOGIES.map((_, i) => i);
    case "financement":
      return FINANCEMENTS.map((_, i) => i);
    case "qpv":
      return [0, 1];
    case "construction":
      return classesConstruction(bornes).map((_, i) => i);
    case "commune":
      return undefined;
  }
}

/** The annual bilan of `periode` (the calendar year before the one of sending, usually). */
export function bilanAnnuel(
  js: JournalSuivi,
  periode: PeriodeSuivi,
  workbooks: Workbooks,
  bornes: readonly number[],
): BilanAnnuel {
  const dims: CleAttribut[] = [...DIMENSIONS_ANNUEL, "operation"];
  const c = count(js, periode, dims);
  const etapeProposes = etapeDesProposes(js);
  const mad = ETAPES.indexOf(etapeProposes);
  const att = ETAPES.indexOf("ATTRIBUTION");
  const names = js.journal.reservataires;
  // Per réservataire id: per dim, class id → [proposés, attribués].
  const per = new Map<number, Map<number, [number, number]>[]>();
  const ops = new Array<number>(OPERATIONS.length).fill(0);
  for (let k = 0; k < c.size; k++) {
    const p = c.comptes[k * NB_ETAPES + mad] ?? 0;
    const a = c.comptes[k * NB_ETAPES + att] ?? 0;
    if (p === 0 && a === 0) continue;
    const r = c.reservataire[k] ?? 0;
    const maps = per.get(r) ?? DIMENSIONS_ANNUEL.map(() => new Map<number, [number, number]>());
    per.set(r, maps);
    DIMENSIONS_ANNUEL.forEach((_, i) => {
      const id = c.classes[i]?.[k] ?? INCONNU;
      const m = maps[i];
      if (m === undefined) return;
      const cur = m.get(id) ?? [0, 0];
      cur[0] += p;
      cur[1] += a;
      m.set(id, cur);
    });
    const op = c.classes[DIMENSIONS_ANNUEL.length]?.[k] ?? INCONNU;
    if (op !== INCONNU) ops[op] = (ops[op] ?? 0) + a;
  }
  const reservataires: BilanAnnuelReservataire[] = [...per]
    .map(([r, maps]) => {
      const dimensions = DIMENSIONS_ANNUEL.map((dim, i) => {
        const m = maps[i] ?? new Map<number, [number, number]>();
        const fixed = ordre(dim, bornes);
        const ids =
          fixed ??
          [...m.keys()]
            .filter((id) => id !== INCONNU)
            .sort((x, y) => (m.get(y)?.[0] ?? 0) - (m.get(x)?.[0] ?? 0) || x - y);
        if (m.has(INCONNU)) ids.push(INCONNU);
        const classes = ids.map((id) => ({
          classe: libelleClasse(dim, id, workbooks, bornes),
          proposes: m.get(id)?.[0] ?? 0,
          attribues: m.get(id)?.[1] ?? 0,
        }));
        return { dimension: dim, classes };
      });
      const first = dimensions[0]?.classes ?? [];
      return {
        r,
        nom: names[r] ?? "",
        cle: js.journal.cles[r] ?? "",
        proposes: first.reduce((s, x) => s + x.proposes, 0),
        attribues: first.reduce((s, x) => s + x.attribues, 0),
        dimensions,
      };
    })
    .sort(compareCles)
    .map(({ nom, proposes, attribues, dimensions }) => ({ nom, proposes, attribues, dimensions }));
  const has = (k: CleAttribut): boolean => js.columns.has(k) || (js.parc?.columns.has(k) ?? false);
  return {
    periode,
    reservataires,
    operations: js.columns.has("operation")
      ? OPERATIONS.map((operation, i) => ({ operation, attribues: ops[i] ?? 0 }))
      : undefined,
    nonRapproches: js.nonRapproches,
    attributsAbsents: DIMENSIONS_ANNUEL.filter((d) => !has(d)),
    doublons: c.doublons,
    etapeProposes,
  };
}

/** The réservataire of the bilan whose name matches (accents, case and spacing aside). */
export function reservataireDuBilan(b: BilanAnnuel, nom: string): BilanAnnuelReservataire | undefined {
  const key = foldText(nom);
  return b.reservataires.find((r) => foldText(r.nom) === key);
}
