/**
 * The départements of France (code → name, as the DDETS templates write them under the title), and
 * the EPCI of each: those most of whose communes lie in it, from the official découpage. The
 * Alpes-Maritimes keep the five columns of the DDETS 06 template (CC Alpes d'Azur and CC du Pays des
 * Paillons have none there).
 */
import { EPCI_MODELE_06 } from "./alpes-maritimes";
import { decoupage } from "./table";
import type { EpciRef } from "./types";
import { suiviMessage } from "../messages/suivi";

/** Code → name, in code order. */
export const DEPARTEMENTS: readonly { readonly code: string; readonly nom: string }[] = [
  ["01", "Ain"],
  ["02", "Aisne"],
  ["03", "Allier"],
  ["04", "Alpes-de-Haute-Provence"],
  ["05", "Hautes-Alpes"],
  ["06", "Alpes-Maritimes"],
  ["07", "Ardèche"],
  ["08", "Ardennes"],
  ["09", "Ariège"],
  ["10", "Aube"],
  ["11", "Aude"],
  ["12", "Aveyron"],
  ["13", "Bouches-du-Rhône"],
  ["14", "Calvados"],
  ["15", "Cantal"],
  ["16", "Charente"],
  ["17", "Charente-Maritime"],
  ["18", "Cher"],
  ["19", "Corrèze"],
  ["2A", "Corse-du-Sud"],
  ["2B", "Haute-Corse"],
  ["21", "Côte-d'Or"],
  ["22", "Côtes-d'Armor"],
  ["23", "Creuse"],
  ["24", "Dordogne"],
  ["25", "Doubs"],
  ["26", "Drôme"],
  ["27", "Eure"],
  ["28", "Eure-et-Loir"],
  ["29", "Finistère"],
  ["30", "Gard"],
  ["31", "Haute-Garonne"],
  ["32", "Gers"],
  ["33", "Gironde"],
  ["34", "Hérault"],
  ["35", "Ille-et-Vilaine"],
  ["36", "Indre"],
  ["37", "Indre-et-Loire"],
  ["38", "Isère"],
  ["39", "Jura"],
  ["40", "Landes"],
  ["41", "Loir-et-Cher"],
  ["42", "Loire"],
  ["43", "Haute-Loire"],
  ["44", "Loire-Atlantique"],
  ["45", "Loiret"],
  ["46", "Lot"],
  ["47", "Lot-et-Garonne"],
  ["48", "Lozère"],
  ["49", "Maine-et-Loire"],
  ["50", "Manche"],
  ["51", "Marne"],
  ["52", "Haute-Marne"],
  ["53", "Mayenne"],
  ["54", "Meurthe-et-Moselle"],
  ["55", "Meuse"],
  ["56", "Morbihan"],
  ["57", "Moselle"],
  ["58", "Nièvre"],
  ["59", "Nord"],
  ["60", "Oise"],
  ["61", "Orne"],
  ["62", "Pas-de-Calais"],
  ["63", "Puy-de-Dôme"],
  ["64", "Pyrénées-Atlantiques"],
  ["65", "Hautes-Pyrénées"],
  ["66", "Pyrénées-Orientales"],
  ["67", "Bas-Rhin"],
  ["68", "Haut-Rhin"],
  ["69", "Rhône"],
  ["70", "Haute-Saône"],
  ["71", "Saône-et-Loire"],
  ["72", "Sarthe"],
  ["73", "Savoie"],
  ["74", "Haute-Savoie"],
  ["75", "Paris"],
  ["76", "Seine-Maritime"],
  ["77", "Seine-et-Marne"],
  ["78", "Yvelines"],
  ["79", "Deux-Sèvres"],
  ["80", "Somme"],
  ["81", "Tarn"],
  ["82", "Tarn-et-Garonne"],
  ["83", "Var"],
  ["84", "Vaucluse"],
  ["85", "Vendée"],
  ["86", "Vienne"],
  ["87", "Haute-Vienne"],
  ["88", "Vosges"],
  ["89", "Yonne"],
  ["90", "Territoire de Belfort"],
  ["91", "Essonne"],
  ["92", "Hauts-de-Seine"],
  ["93", "Seine-Saint-Denis"],
  ["94", "Val-de-Marne"],
  ["95", "Val-d'Oise"],
  ["971", "Guadeloupe"],
  ["972", "Martinique"],
  ["973", "Guyane"],
  ["974", "La Réunion"],
  ["976", "Mayotte"],
].map(([code, nom]) => ({ code: code ?? "", nom: nom ?? "" }));

/** The département of the DDETS 06 template, GEF's default. */
export const DEFAULT_DEPARTEMENT = "06";

/** The name of a département code ("06" → "Alpes-Maritimes"), or undefined. */
export function nomDepartement(code: string): string | undefined {
  return DEPARTEMENTS.find((d) => d.code === code)?.nom;
}

let byDepartement: Map<string, EpciRef[]> | undefined;

/**
 * The EPCI columns of a blank template for a département: the DDETS 06 template's five for the
 * Alpes-Maritimes, otherwise every EPCI most of whose communes lie in the département, by name.
 */
export function epciDuDepartement(code: string): readonly EpciRef[] {
  if (code === "06") return EPCI_MODELE_06;
  if (!byDepartement) {
    const d = decoupage();
    const counts = new Map<number, Map<string, number>>();
    d.epciOf.forEach((e, i) => {
      if (e < 0) return;
      const dep = d.departement[i] ?? "";
      const per = counts.get(e) ?? new Map<string, number>();
      per.set(dep, (per.get(dep) ?? 0) + 1);
      counts.set(e, per);
    });
    byDepartement = new Map();
    for (const [e, per] of counts) {
      const main = [...per.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      const entry = d.epci[e];
      if (main === undefined || !entry) continue;
      const list = byDepartement.get(main) ?? [];
      list.push({ siren: entry.siren, nom: entry.nom, ...(entry.sigle !== undefined ? { sigle: entry.sigle } : {}) });
      byDepartement.set(main, list);
    }
    for (const list of byDepartement.values()) list.sort((a, b) => a.nom.localeCompare(b.nom, "fr"));
  }
  return byDepartement.get(code) ?? [];
}

/** What the user chooses for a blank template. */
export interface ChoixModeleVierge {
  readonly departement: string;
  readonly anneeConvention: number;
  readonly anneeRpls: number;
  /** What was typed in each year's field, quoted by its message (« 20245 »); else the year itself. */
  readonly tape?: { readonly anneeConvention?: string; readonly anneeRpls?: string };
}

/**
 * Defaults of the DDETS 06 template: the Alpes-Maritimes, the convention of the current year, RPLS
 * data at 1 January two years before (convention 2024 → RPLS au 01/01/2022).
 */
export function defaultChoixModeleVierge(today: Date = new Date()): ChoixModeleVierge {
  const annee = today.getFullYear();
  return { departement: DEFAULT_DEPARTEMENT, anneeConvention: annee, anneeRpls: annee - 2 };
}

/**
 * A convention year the blank template accepts: 2020 to 2100. One rule, one message: the field and
 * the banner of « Insérer un modèle vierge » both say these bounds and quote what was typed.
 */
export function isAnneeConventionValide(annee: number): boolean {
  return Number.isInteger(annee) && annee >= 2020 && annee <= 2100;
}

/** What is wrong with a blank template's choice, field by field (French sentences); empty when it can be made. */
export interface ErreursChoixModeleVierge {
  readonly departement?: string;
  readonly anneeConvention?: string;
  readonly anneeRpls?: string;
}

/**
 * Why a choice cannot make a template, under the field to fix. Both years are checked, so that the
 * user sees every field to fix at once; the RPLS year is checked against the convention's only
 * when that one is valid.
 */
export function errorsChoixModeleVierge(c: ChoixModeleVierge): ErreursChoixModeleVierge {
  if (nomDepartement(c.departement) === undefined)
    return { departement: suiviMessage("DEPARTEMENT_INCONNU", { valeur: c.departement }) };
  const conventionOk = isAnneeConventionValide(c.anneeConvention);
  const typed = (t: string | undefined, n: number): string | undefined =>
    t ?? (Number.isFinite(n) ? String(n) : undefined);
  const convention = conventionOk
    ? undefined
    : suiviMessage("ANNEE_CONVENTION_INVALIDE", {
        attendu: String(new Date().getFullYear()),
        valeur: typed(c.tape?.anneeConvention, c.anneeConvention),
      });
  const rplsOk =
    Number.isInteger(c.anneeRpls) && c.anneeRpls >= 2000 && !(conventionOk && c.anneeRpls > c.anneeConvention);
  const rpls = rplsOk
    ? undefined
    : suiviMessage("ANNEE_RPLS_INVALIDE", {
        attendu: conventionOk ? String(c.anneeConvention - 2) : String(new Date().getFullYear() - 2),
        valeur: typed(c.tape?.anneeRpls, c.anneeRpls),
      });
  if (convention !== undefined || rpls !== undefined)
    return {
      ...(convention === undefined ? {} : { anneeConvention: convention }),
      ...(rpls === undefined ? {} : { anneeRpls: rpls }),
    };
  if (epciDuDepartement(c.departement).length === 0) return { departement: suiviMessage("DEPARTEMENT_SANS_EPCI") };
  return {};
}

/** Why a choice cannot make a template (French sentences, field after field), or undefined. */
export function errorChoixModeleVierge(c: ChoixModeleVierge): string | undefined {
  const e = errorsChoixModeleVierge(c);
  const all = [e.departement, e.anneeConvention, e.anneeRpls].filter((m): m is string => m !== undefined);
  return all.length === 0 ? undefined : all.join(" ");
}
