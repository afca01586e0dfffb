/**
 * Splitting a new operation's first lettings among its réservataires (docs/regles/programmes-neufs.md):
 * 1. each réservataire's total by largest remainder over the operation (apportion.ts), the shares'
 *    remainder going to the bailleur as « Non réservé »;
 * 2. the réservataire × (financement, typologie) table by controlled rounding (controlled-rounding.ts):
 *    each cell its exact quota (share × dwellings of the category) rounded down or up, rows adding up
 *    to the totals, columns to the operation's counts;
 * 3. the dwellings dealt across buildings and floors (attribution.ts);
 * 4. the ceilings of CCH R.441-5 and what the split tells, as findings (plafonds.ts).
 */
import { largestRemainder, snap } from "../apportion";
import { programmeMessage } from "../messages/programme";
import { FINANCEMENTS, TYPOLOGIES } from "../rpls";
import { formatNombre, foldText } from "../text";
import { attribuer } from "./attribution";
import { arrondiControle } from "./controlled-rounding";
import { controlePlafonds, controleProportion } from "./plafonds";
import {
  NON_RESERVE,
  type CategorieProgramme,
  type DroitProgramme,
  type LogementProgramme,
  type OptionsProgramme,
  type ProgrammeDiagnostic,
  type ResultatProgramme,
} from "./types";

/**
 * Réservataires an operation may have: a real one has a few dozen; a table of thousands is a wrong table,
 * and its split would cost réservataires × categories × buildings (docs/choix.md « Programmes neufs :
 * feuille écrite malgré les constats »).
 */
export const RESERVATAIRES_MAX = 200;

/** One row per réservataire (names compared folded): parts added, a warning naming the doubles. */
export function fusionnerDroits(droits: readonly DroitProgramme[]): {
  droits: DroitProgramme[];
  diagnostics: ProgrammeDiagnostic[];
} {
  const byKey = new Map<string, DroitProgramme[]>();
  for (const d of droits) {
    const key = foldText(d.reservataire);
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  const diagnostics: ProgrammeDiagnostic[] = [];
  const merged = [...byKey.values()].map((list) => {
    const first = list[0] as DroitProgramme;
    if (list.length === 1) return first;
    const part = snap(list.reduce((a, d) => a + d.part, 0));
    const montants = list.filter((d) => d.montantGaranti !== undefined);
    const detail = list.map((d) => `${formatNombre(d.part)} %`).join(" + ");
    diagnostics.push({
      severity: "avertissement",
      code: "RESERVATAIRE_EN_DOUBLE",
      message: programmeMessage("RESERVATAIRE_EN_DOUBLE", {
        libelle: first.reservataire,
        detail,
        valeur: formatNombre(part),
      }),
    });
    const montant = montants.length === 0 ? undefined : montants.reduce((a, d) => a + (d.montantGaranti ?? 0), 0);
    return { reservataire: first.reservataire, part, garant: list.some((d) => d.garant), montantGaranti: montant };
  });
  return { droits: merged, diagnostics };
}

/** The operation's categories (financement × typologie with dwellings), in RPLS order, and their dwellings' indices. */
function categoriesOf(
  logements: readonly LogementProgramme[],
): { categorie: CategorieProgramme; logements: number[] }[] {
  const byKey = new Map<number, number[]>();
  logements.forEach((l, k) => {
    const key = FINANCEMENTS.indexOf(l.financement) * TYPOLOGIES.length + TYPOLOGIES.indexOf(l.typologie);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [k]);
    else list.push(k);
  });
  return [...byKey.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, list]) => {
      const l = logements[list[0] ?? 0] as LogementProgramme;
      return {
        categorie: { financement: l.financement, typologie: l.typologie, logements: list.length },
        logements: list,
      };
    });
}

/** What the totals tell: rows whose largest-remainder total could not be kept, réservataires left without a dwelling. */
function remarquesTotaux(
  droits: readonly DroitProgramme[],
  reservataires: readonly string[],
  asked: readonly number[],
  totaux: readonly number[],
  ajustees: readonly number[],
  n: number,
): ProgrammeDiagnostic[] {
  const out: ProgrammeDiagnostic[] = [];
  if (ajustees.length > 0) {
    const libelle = ajustees.map((i) => reservataires[i] ?? "").join(", ");
    const detail = `en reçoivent ${ajustees.map((i) => `${totaux[i] ?? 0} (au lieu de ${asked[i] ?? 0})`).join(", ")}`;
    out.push({
      severity: "info",
      code: "TOTAUX_AJUSTES",
      message: programmeMessage("TOTAUX_AJUSTES", { libelle, detail }),
    });
  }
  droits.forEach((d, i) => {
    if (d.part <= 0 || (totaux[i] ?? 0) > 0) return;
    const attendu = `${formatNombre(Math.round(d.part * n) / 100)} logement exact`;
    const params = { libelle: d.reservataire, valeur: formatNombre(d.part), nombre: formatNombre(n), attendu };
    out.push({
      severity: "avertissement",
      code: "RESERVATAIRE_SANS_LOGEMENT",
      message: programmeMessage("RESERVATAIRE_SANS_LOGEMENT", params),
    });
  });
  return out;
}

/** Splits the operation's dwellings among the réservataires (one row each: see {@link fusionnerDroits}). */
export function repartirProgramme(
  logements: readonly LogementProgramme[],
  droits: readonly DroitProgramme[],
  options: OptionsProgramme,
): ResultatProgramme {
  if (droits.length > RESERVATAIRES_MAX) {
    const nombre = formatNombre(droits.length);
    const message = programmeMessage("TROP_DE_RESERVATAIRES", { nombre, attendu: formatNombre(RESERVATAIRES_MAX) });
    return { repartition: undefined, diagnostics: [{ severity: "erreur", code: "TROP_DE_RESERVATAIRES", message }] };
  }
  const somme = snap(droits.reduce((a, d) => a + d.part, 0));
  if (somme > 100) {
    return {
      repartition: undefined,
      diagnostics: [
        {
          severity: "erreur",
          code: "PARTS_AU_DELA_DE_100",
          message: programmeMessage("PARTS_AU_DELA_DE_100", { valeur: formatNombre(somme) }),
        },
      ],
    };
  }
  const n = logements.length;
  if (n === 0) return { repartition: undefined, diagnostics: [] };
  const reste = snap(100 - somme);
  const reservataires = [...droits.map((d) => d.reservataire), ...(reste > 0 ? [NON_RESERVE] : [])];
  const parts = [...droits.map((d) => d.part), ...(reste > 0 ? [reste] : [])];
  const asked = largestRemainder(
    n,
    parts.map((p) => (p * n) / 100),
    parts,
  );
  const cats = categoriesOf(logements);
  const quotas = parts.map((p) => cats.map((c) => (p * c.categorie.logements) / 100));
  const rounded = arrondiControle(
    quotas,
    asked,
    cats.map((c) => c.categorie.logements),
  );
  const lignes = attribuer(
    logements,
    cats.map((c, j) => ({ logements: c.logements, comptes: rounded.cellules.map((row) => row[j] ?? 0) })),
  );
  const totaux = rounded.totauxLignes;
  const diagnostics: ProgrammeDiagnostic[] = [
    ...controlePlafonds(droits, totaux, n, options.convention),
    ...controleProportion(droits),
    ...remarquesTotaux(droits, reservataires, asked, totaux, rounded.lignesAjustees, n),
  ];
  return {
    repartition: {
      reservataires,
      parts,
      totaux,
      categories: cats.map((c) => c.categorie),
      quotas,
      tableau: rounded.cellules,
      attribution: logements.map((logement, i) => ({ logement, ligne: lignes[i] ?? -1 })),
    },
    diagnostics,
  };
}
