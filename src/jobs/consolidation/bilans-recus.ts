/**
 * « Bilans reçus »: the bilans of a period that bailleurs send to a réservataire (`gef bilan --par-reservataire`,
 * the pane's « Bilan <période> » sheet), recognised by their own layout and gathered per bailleur × EPCI ×
 * réservataire, then totalled per EPCI and overall, period by period: two periods are never added up.
 * Rules of the figures: docs/regles/bilans.md; the choices (bailleur unnamed, periods, taux de chute): docs/choix.md
 * « Bilans reçus ».
 */
import { consolidationMessage, foldText, type Diagnostic, type SheetRead } from "../../domain";
import { MARQUE_GEF } from "../sheet-plan";
import { ENTETE_BILAN, NOMS_ETAPES } from "../suivi/sheet-bilan";

/** The four counts of a bilan, in its columns' order. */
export const COMPTES_BILAN = ["misesADisposition", "propositions", "attributions", "baux"] as const;

/** One row of a received bilan: a réservataire in an EPCI, for one bailleur and one period. */
export interface LigneBilanRecu {
  readonly bailleur: string;
  readonly epci: string;
  readonly reservataire: string;
  readonly objectif: number | undefined;
  /** Mises à disposition, propositions, attributions, baux signés. */
  readonly comptes: readonly [number, number, number, number];
  /** Réalisé at the bilan's étape de décompte. */
  readonly realise: number;
  /** Attendu à date, as the bailleur's bilan gives it (objectif × share of the year). */
  readonly attendu: number | undefined;
  /** Taux de chute of the row (its cohort's), as the bilan gives it. */
  readonly tauxChute: number | undefined;
}

/** A received bilan, read. */
export interface BilanRecu {
  readonly fichier: string;
  readonly feuille: string;
  /** « S1 2024 », « année 2024 », « du 01/03/2024 au 15/09/2024 ». */
  readonly periode: string;
  readonly bailleur: string;
  /** Index in {@link COMPTES_BILAN} of the étape de décompte the réalisé is counted at. */
  readonly etape: number;
  readonly lignes: readonly LigneBilanRecu[];
}

const TITRE = "Bilan du flux – ";
const TITRE_ANNUEL = "Bilan annuel des logements proposés et attribués";

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const text = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

/** Row of the bilan's table header within the first rows, or -1. */
function headerRow(values: readonly (readonly unknown[])[]): number {
  const want = ENTETE_BILAN.slice(0, 7).map(foldText);
  for (let r = 0; r < Math.min(values.length, 12); r++) {
    const row = values[r] ?? [];
    if (want.every((h, c) => foldText(text(row[c])) === h)) return r;
  }
  return -1;
}

/** The étape named in the notes (« Étape de décompte : attribution en CALEOL. »), mise à disposition by default. */
function etapeOf(values: readonly (readonly unknown[])[], header: number): number {
  const names = Object.values(NOMS_ETAPES);
  for (let r = 0; r < header; r++) {
    const t = text(values[r]?.[0]);
    const m = /^Étape de décompte : ([^.]+)\./.exec(t);
    if (m) return Math.max(0, names.indexOf(m[1] ?? ""));
  }
  return 0;
}

/** The detail rows under the header, the EPCI totals (« Total … ») skipped, up to the bailleur's total. */
function rowsOf(
  values: readonly (readonly unknown[])[],
  header: number,
  bailleur: string,
  etape: number,
): LigneBilanRecu[] {
  const out: LigneBilanRecu[] = [];
  for (let r = header + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const epci = text(row[0]);
    const reservataire = text(row[1]);
    // The overall total (EPCI « Bailleur ») ends the table; the rule lines right under it have no counts.
    if (epci === "Bailleur" || num(row[3]) === undefined) break;
    if (reservataire === `Total ${epci}`) continue;
    const comptes = [3, 4, 5, 6].map((c) => num(row[c]) ?? 0) as [number, number, number, number];
    out.push({
      bailleur,
      epci,
      reservataire,
      objectif: num(row[2]),
      comptes,
      realise: comptes[etape] ?? 0,
      attendu: num(row[8]),
      tauxChute: num(row[10]),
    });
  }
  return out;
}

/** The file's name without its folder. */
export const baseName = (fichier: string): string => fichier.split(/[\\/]/).pop() ?? fichier;

/**
 * The received bilan in `sheets` (the first sheet with its layout), or why the file is not one.
 * Its finding (bailleur unnamed) comes with it.
 */
export function readBilanRecu(
  fichier: string,
  sheets: readonly SheetRead[],
): { bilan: BilanRecu; diagnostics: Diagnostic[] } | { refus: Diagnostic } {
  const nom = baseName(fichier);
  // The bailleur of a bilan that does not name it: its file's name without extension.
  const parDefaut = nom.replace(/\.(xlsx|csv)$/i, "");
  for (const sheet of sheets) {
    const titre = text(sheet.values[0]?.[0]);
    const marque = text(sheet.values[1]?.[0]);
    if (!titre.startsWith(TITRE) || !marque.startsWith(MARQUE_GEF)) continue;
    const header = headerRow(sheet.values);
    if (header < 0) continue;
    const [periode = "", ...reste] = titre.slice(TITRE.length).split(" – ");
    const named = reste.join(" – ").trim();
    const bailleur = named === "" ? parDefaut : named;
    const etape = etapeOf(sheet.values, header);
    const diagnostics: Diagnostic[] =
      named === ""
        ? [
            {
              severity: "info",
              code: "BAILLEUR_NON_NOMME",
              sheet: sheet.name,
              message: consolidationMessage("BAILLEUR_NON_NOMME", { fichier: nom, valeur: titre, detail: parDefaut }),
            },
          ]
        : [];
    return {
      bilan: {
        fichier: nom,
        feuille: sheet.name,
        periode: periode.trim(),
        bailleur,
        etape,
        lignes: rowsOf(sheet.values, header, bailleur, etape),
      },
      diagnostics,
    };
  }
  const annuel = sheets.find((s) => text(s.values[0]?.[0]).startsWith(TITRE_ANNUEL));
  if (annuel !== undefined)
    return {
      refus: {
        severity: "erreur",
        code: "BILAN_ANNUEL_LEGAL",
        sheet: annuel.name,
        message: consolidationMessage("BILAN_ANNUEL_LEGAL", { fichier: nom, feuille: annuel.name }),
      },
    };
  return {
    refus: {
      severity: "erreur",
      code: "PAS_UN_BILAN",
      message: consolidationMessage("PAS_UN_BILAN", { fichier: nom }),
    },
  };
}
