/**
 * The réservataire GEF proposes for a vacancy (docs/regles/vacances.md): in the dwelling's EPCI, the
 * one most behind its objective to date (the PROCHAIN_RESERVATAIRE rule over the year so far, as the
 * bilan names it), with why (« 12 sur 40 attendus à date »), and a warning when it already received
 * more than its share of the dwelling's typologie or financement (the déséquilibres rule).
 */
import { serialFromParts } from "../dates";
import { vacancesMessage } from "../messages/vacances";
import { readPeriode } from "../suivi/periode";
import { bilanPeriode, type TableObjectifs } from "../suivi/bilan";
import { desequilibres } from "../suivi/desequilibres";
import { libelleClasse, NOMS_DIMENSIONS } from "../suivi/bilan-annuel";
import { libelleEpci, type Workbooks } from "../suivi/attributs";
import type { JournalSuivi } from "../suivi/journal-suivi";
import type { Parc } from "../suivi/parc";
import type { SuiviDiagnostic } from "../suivi/types";
import { foldText, formatNombre, formatPourcent } from "../text";
import type { Etape } from "../journal";
import { partsOf } from "./mois";
import { plusProches } from "./proches";

export interface Proposition {
  /** The réservataire proposed, undefined when none can be (no objective, all reached). */
  readonly reservataire: string | undefined;
  /** Why, in French (« ÉTAT : le plus en retard … 12 sur 40 attendus à date … »), or why none. */
  readonly raison: string;
  readonly realise: number;
  readonly attendu: number;
  readonly objectif: number;
  /** Over-served warnings (typologie, financement) for the réservataire proposed. */
  readonly avertissements: readonly SuiviDiagnostic[];
  /** The réservataires with an objective in that EPCI (for the pane's list and the closest names). */
  readonly candidats: readonly string[];
}

/** Where the vacancy is: the dwelling's EPCI (SIREN, "" unknown) and its typologie and financement class ids. */
export interface LogementPropose {
  readonly epci: string;
  readonly typologie: number;
  readonly financement: number;
}

/** Reads what the proposal needs: the journal with its attributes, the stock, the objectives. */
export interface ContexteProposition {
  readonly js: JournalSuivi;
  readonly parc: Parc | undefined;
  readonly workbooks: Workbooks;
  readonly objectifs: TableObjectifs | undefined;
  readonly etape: Etape;
  readonly bornes: readonly number[];
}

/** The proposal for a vacancy made available on day `au`: counts from 1 January of its year to `au`. */
export function proposerReservataire(ctx: ContexteProposition, logement: LogementPropose, au: number): Proposition {
  const jan1 = serialFromParts(partsOf(au).annee, 1, 1) ?? au;
  const p = readPeriode({ type: "DATES", debut: jan1, fin: Math.floor(au) });
  const none = (raison: string, candidats: string[] = []): Proposition => ({
    reservataire: undefined,
    raison,
    realise: 0,
    attendu: 0,
    objectif: 0,
    avertissements: [],
    candidats,
  });
  if (!p.ok) return none(p.error.message);
  const b = bilanPeriode(ctx.js, p.value, ctx.etape, ctx.objectifs);
  const groupe = b.groupes.find((g) => g.epci === logement.epci) ?? b.groupes.find((g) => g.epci === "");
  const epci = logement.epci === "" ? "" : libelleEpci(logement.epci);
  const candidats = (groupe?.lignes ?? []).filter((l) => (l.objectif ?? 0) > 0).map((l) => l.reservataire);
  if (groupe === undefined || candidats.length === 0) return none(vacancesMessage("AUCUN_OBJECTIF", { epci }));
  const row = groupe.lignes.find((l) => l.prochain);
  if (row === undefined) return none(vacancesMessage("TOUS_ATTEINTS", { epci }), candidats);
  const attendu = row.attendu ?? 0;
  const objectif = row.objectif ?? 0;
  const raison = vacancesMessage("PROPOSITION", {
    reservataire: row.reservataire,
    epci,
    valeur: formatNombre(row.realise),
    attendu: formatNombre(Math.round(attendu)),
    nombre: formatNombre(objectif),
  });
  return {
    reservataire: row.reservataire,
    raison,
    realise: row.realise,
    attendu,
    objectif,
    avertissements: surServi(ctx, logement, row.reservataire, p.value),
    candidats,
  };
}

/** Warnings when `nom` already received more than the stock's share of the dwelling's typologie or financement. */
export function surServi(
  ctx: ContexteProposition,
  logement: LogementPropose,
  nom: string,
  periode: { debut: number; fin: number },
): SuiviDiagnostic[] {
  if (ctx.parc === undefined) return [];
  const epci = logement.epci === "" ? "Ensemble du bailleur" : libelleEpci(logement.epci);
  const key = foldText(nom);
  const classes = [
    [NOMS_DIMENSIONS.typologie, libelleClasse("typologie", logement.typologie, ctx.workbooks, ctx.bornes)],
    [NOMS_DIMENSIONS.financement, libelleClasse("financement", logement.financement, ctx.workbooks, ctx.bornes)],
  ];
  return desequilibres(ctx.js, periode, ctx.parc, ctx.workbooks, undefined, ctx.bornes)
    .filter((d) => d.ecartPoints > 0 && foldText(d.reservataire) === key && (d.epci === epci || !ctx.js.localise))
    .filter((d) => classes.some(([dim, classe]) => d.dimension === dim && d.classe === classe))
    .map((d) => ({
      severity: "avertissement" as const,
      code: "RESERVATAIRE_SURSERVI" as const,
      message: vacancesMessage("RESERVATAIRE_SURSERVI", {
        reservataire: d.reservataire,
        epci: d.epci,
        detail: d.classe,
        valeur: formatPourcent(d.partMiseADisposition),
        attendu: formatPourcent(d.partParc),
      }),
    }));
}

/**
 * The user's choice against the proposal: a réservataire without objective in that EPCI is refused
 * (closest names suggested); another than the one proposed needs a reason, kept in the journal.
 */
export function verifierChoix(proposition: Proposition, choix: string, motif: string, epci: string): SuiviDiagnostic[] {
  const key = foldText(choix);
  if (!proposition.candidats.some((c) => foldText(c) === key)) {
    const suggestions = plusProches(choix, proposition.candidats);
    return [
      {
        severity: "erreur",
        code: "RESERVATAIRE_SANS_OBJECTIF",
        message: vacancesMessage("RESERVATAIRE_SANS_OBJECTIF", {
          valeur: choix,
          epci: epci === "" ? "" : libelleEpci(epci),
          suggestions,
        }),
      },
    ];
  }
  if (proposition.reservataire !== undefined && foldText(proposition.reservataire) !== key && motif.trim() === "") {
    return [
      {
        severity: "avertissement",
        code: "MOTIF_MANQUANT",
        message: vacancesMessage("MOTIF_MANQUANT", { reservataire: choix, valeur: proposition.reservataire }),
      },
    ];
  }
  return [];
}
