/**
 * The assiette: the dwellings whose yearly vacancies are shared between réservataires.
 *
 * assiette = patrimoine − exclus − soustraits + nouvelles opérations
 * @see DDETS 06 template « Calcul de l'assiette pour convention gestion en flux 2024 » (docs/regles/assiette.md)
 */
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { formatNombre } from "./text";

/** The four terms of the assiette, each a count of dwellings (≥ 0). */
export interface AssietteTermes {
  /** Social dwellings of the bailleur in RPLS at 1 January. */
  readonly patrimoine: number;
  /** Dwellings excluded from the base (PLI, foyers, résidences sociales, étudiants, défense...). */
  readonly exclus: number;
  /** Yearly volumes subtracted from the flux (mutations, relogements, ventes...). */
  readonly soustraits: number;
  /** New programmes entering the base this year. */
  readonly nouvelles: number;
}

const NOMS: Record<keyof AssietteTermes, string> = {
  patrimoine: "patrimoine",
  exclus: "exclus",
  soustraits: "soustraits",
  nouvelles: "nouvelles_operations",
};

/** Computes the assiette; refuses a negative term or a negative result (both sides in the message). */
export function assiette(t: AssietteTermes): Result<number> {
  for (const key of Object.keys(NOMS) as (keyof AssietteTermes)[]) {
    if (t[key] < 0) return fail("VALEUR_NEGATIVE", { argument: NOMS[key], valeur: formatNombre(t[key]) });
  }
  const value = t.patrimoine - t.exclus - t.soustraits + t.nouvelles;
  if (!Number.isFinite(value)) return fail("NOMBRE_DEMESURE", {});
  if (value < 0) {
    const f = formatNombre;
    return fail("ASSIETTE_NEGATIVE", {
      detail:
        `patrimoine ${f(t.patrimoine)} − exclus ${f(t.exclus)} − soustraits ${f(t.soustraits)} ` +
        `+ nouvelles opérations ${f(t.nouvelles)} = ${f(value)} ; ` +
        `retraits ${f(t.exclus + t.soustraits)} > ressources ${f(t.patrimoine + t.nouvelles)}`,
    });
  }
  return ok(value);
}
