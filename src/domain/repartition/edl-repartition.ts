/**
 * An état des lieux turned into the same breakdown as a dwelling table (repartition.ts), so that the
 * pane draws both the same way. Each réservataire's category comes from its name through the rules;
 * a name no rule matches is listed in `nonMappes` and counted like in count-repartition.ts.
 * The EDL's own problems (totals, cells) stay in its `incoherences` and `avertissements`.
 */
import { FINANCEMENTS, TYPOLOGIES } from "../rpls";
import type { RegleCategorie } from "./categories";
import { categorieRow, emptyMatrices, byLogementCount } from "./categorie-rows";
import type { EtatDesLieux } from "./etat-des-lieux";
import { buildRepartition, NB_COLONNES, type LibelleNonMappe, type Repartition } from "./repartition";
import { categorieIndex, NON_MAPPE } from "./rules";

/**
 * The breakdown of an état des lieux, from its detail cells.
 * @param options.autresAvecConsentement count non-mapped names in AUTRES RESERVATAIRES (the user agreed)
 */
export function repartitionDepuisEdl(
  edl: EtatDesLieux,
  rules: readonly RegleCategorie[],
  options: { readonly autresAvecConsentement?: boolean } = {},
): Repartition {
  const consent = options.autresAvecConsentement === true;
  const { cf, tf } = emptyMatrices();
  const nonMappes: LibelleNonMappe[] = [];
  for (const { nom, comptes } of edl.reservataires) {
    const k = categorieIndex(nom, rules);
    const ligne = categorieRow(k, consent);
    let logements = 0;
    for (let f = 0; f < FINANCEMENTS.length; f++) {
      for (let t = 0; t < TYPOLOGIES.length; t++) {
        const n = comptes[f]?.[t] ?? 0;
        const kc = ligne * NB_COLONNES + f;
        const kt = t * NB_COLONNES + f;
        cf[kc] = (cf[kc] ?? 0) + n;
        tf[kt] = (tf[kt] ?? 0) + n;
        logements += n;
      }
    }
    if (k === NON_MAPPE && logements > 0) nonMappes.push({ libelle: nom, logements });
  }
  nonMappes.sort(byLogementCount);
  return buildRepartition({
    source: "etat-des-lieux",
    categorieFinancement: cf,
    typologieFinancement: tf,
    nonMappes,
    autresAvecConsentement: consent,
    lignes: [],
    totalRows: 0,
    lignesNonLues: [],
  });
}
