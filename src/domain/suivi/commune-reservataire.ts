/**
 * A commune as réservataire (docs/choix.md « Objectifs : droits sans EPCI et communes réservataires », issue 24 point
 * 8): rights given without EPCI apply to every EPCI, except a commune's, which default to its own EPCI
 * (« VILLE DE NICE » got an objective in CAPG). The commune is read from the name (« Ville de Nice »,
 * « Commune d'Antibes », « Mairie du Cannet »); when the name designates no commune, or several none of which stands
 * out among the EPCI being split, today's rule holds (everywhere) and the caller says so.
 */
import { communeByCode, communesByName, type Commune } from "../epci/table";
import { readCommune } from "../tables/classify";
import { suiviMessage } from "../messages/suivi";
import { foldText } from "../text";
import { libelleEpci } from "./attributs";
import type { DroitsReservataire } from "./objectifs";
import type { SuiviDiagnostic } from "./types";

/** What a réservataire's name says of a commune. */
export type CommuneReservataire =
  /** Not a commune's name (« ACTION LOGEMENT »). */
  | { readonly kind: "non" }
  | { readonly kind: "commune"; readonly commune: Commune }
  /** « Ville de X » where no commune X is known. */
  | { readonly kind: "inconnue"; readonly nom: string }
  /** Several communes X, none alone in the EPCI being split. */
  | { readonly kind: "ambigue"; readonly nom: string; readonly candidates: readonly Commune[] };

/** « ville de la X » → ["la X", "X"]: the article may be part of the commune's name or not. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ["de la ", "la "],
  ["de l ", "l "],
  ["des ", "les "],
  ["du ", "le "],
  ["de ", ""],
  ["d ", ""],
];

/**
 * The commune a réservataire's name designates.
 * @param epci SIREN of the EPCI being split: among several communes of that name, the only one in them is taken
 */
export function communeDuReservataire(nom: string, epci: readonly string[]): CommuneReservataire {
  const m = /^(?:ville|commune|mairie) (.+)$/.exec(foldText(nom));
  const rest = m?.[1];
  if (rest === undefined) return { kind: "non" };
  const prefix = PREFIXES.find(([p]) => rest.startsWith(p));
  if (prefix === undefined) return { kind: "non" };
  const bare = rest.slice(prefix[0].length);
  const names = prefix[1] === "" ? [bare] : [`${prefix[1]}${bare}`, bare];
  for (const name of names) {
    const found = communesByName(name);
    if (found.length === 0) continue;
    const first = found[0];
    if (found.length === 1 && first) return { kind: "commune", commune: first };
    const inside = found.filter((c) => c.epci !== undefined && epci.includes(c.epci.siren));
    const only = inside[0];
    if (inside.length === 1 && only) return { kind: "commune", commune: only };
    return { kind: "ambigue", nom: name, candidates: found };
  }
  return { kind: "inconnue", nom: bare };
}

/**
 * Where rights given without EPCI apply: per réservataire (folded name), the SIREN of its commune's
 * EPCI when its name designates a commune; absent, everywhere. With the remarks to show: the commune
 * found (info), or why the name was left to apply everywhere (warning).
 */
export function epciDesDroitsSansEpci(
  droits: readonly DroitsReservataire[],
  epci: readonly string[],
): { lieu: Map<string, string>; diagnostics: SuiviDiagnostic[] } {
  const lieu = new Map<string, string>();
  const diagnostics: SuiviDiagnostic[] = [];
  const seen = new Set<string>();
  for (const d of droits) {
    const key = foldText(d.nom);
    if (d.epci !== "" || seen.has(key)) continue;
    seen.add(key);
    const c = communeDuReservataire(d.nom, epci);
    if (c.kind === "non") continue;
    if (c.kind === "commune") {
      const siren = c.commune.epci?.siren;
      if (siren === undefined) continue;
      lieu.set(key, siren);
      const message = suiviMessage("COMMUNE_RESERVATAIRE", {
        libelle: d.nom,
        valeur: `${c.commune.nom} (${c.commune.code})`,
        attendu: libelleEpci(siren),
      });
      diagnostics.push({ severity: "info", code: "COMMUNE_RESERVATAIRE", message });
      continue;
    }
    const detail =
      c.kind === "inconnue"
        ? `aucune commune de ce nom n'est connue`
        : `plusieurs communes portent ce nom (${c.candidates
            .slice(0, 5)
            .map((x) => `${x.nom} (${x.departement})`)
            .join(", ")})`;
    diagnostics.push({
      severity: "avertissement",
      code: "COMMUNE_RESERVATAIRE_INCERTAINE",
      message: suiviMessage("COMMUNE_RESERVATAIRE_INCERTAINE", { libelle: d.nom, detail }),
    });
  }
  return { lieu, diagnostics };
}

/** The SIREN of the EPCI of the commune an EPCI cell names instead (« Nice », 6088, « 06088 »); `undefined` if none. */
export function epciDeLaCommune(value: unknown): string | undefined {
  const c = readCommune(value);
  if (c.kind !== "code" && c.kind !== "nom") return undefined;
  return communeByCode(c.code)?.epci?.siren;
}
