/**
 * The délais in the bilans, per réservataire (docs/regles/vacances.md): of its vacancies made available
 * in the period, the designations within the limit (number and share of the vacancies that can be
 * judged: designated, or whose limit has passed by the period's end), the retours bailleur, and the
 * median days from the mise à disposition to the désignation and to the bail.
 */
import { compareCles, foldText } from "../text";
import type { Vacance } from "./vacances";

export interface DelaisReservataire {
  readonly reservataire: string;
  /** Vacancies made available to it in the period. */
  readonly misesADisposition: number;
  /** Designated on or before their limit. */
  readonly dansLeDelai: number;
  /** Vacancies that can be judged: designated, or limit passed by the period's end. */
  readonly jugees: number;
  /** dansLeDelai ÷ jugees; undefined when none can be judged. */
  readonly partDansLeDelai: number | undefined;
  readonly retoursBailleur: number;
  /** Median days, undefined without any. */
  readonly joursDesignation: number | undefined;
  readonly joursBail: number | undefined;
}

/** The median of `xs` (the mean of the two middle values for an even count), undefined when empty. */
export function mediane(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** The délais per réservataire of the vacancies made available from `debut` to `fin` (serial days, inclusive), by name. */
export function delaisParReservataire(
  vacances: readonly Vacance[],
  periode: { debut: number; fin: number },
): DelaisReservataire[] {
  const per = new Map<string, { nom: string; v: Vacance[] }>();
  for (const v of vacances) {
    if (v.miseADisposition < periode.debut || v.miseADisposition > periode.fin) continue;
    const cle = foldText(v.reservataire);
    const p = per.get(cle) ?? { nom: v.reservataire, v: [] };
    per.set(cle, p);
    p.v.push(v);
  }
  return [...per.entries()]
    .map(([cle, p]) => ({ cle, nom: p.nom, d: delaisDe(p.nom, p.v, periode.fin) }))
    .sort(compareCles)
    .map((x) => x.d);
}

function delaisDe(nom: string, vs: readonly Vacance[], fin: number): DelaisReservataire {
  let dansLeDelai = 0;
  let jugees = 0;
  let retoursBailleur = 0;
  const designation: number[] = [];
  const bail: number[] = [];
  for (const v of vs) {
    if (v.designation !== undefined) {
      jugees++;
      if (v.designation <= v.dateLimite) dansLeDelai++;
      designation.push(v.designation - v.miseADisposition);
    } else if (v.dateLimite < fin) {
      jugees++;
    }
    if (v.statut === "retour_bailleur") retoursBailleur++;
    if (v.bail !== undefined) bail.push(v.bail - v.miseADisposition);
  }
  return {
    reservataire: nom,
    misesADisposition: vs.length,
    dansLeDelai,
    jugees,
    partDansLeDelai: jugees === 0 ? undefined : dansLeDelai / jugees,
    retoursBailleur,
    joursDesignation: mediane(designation),
    joursBail: mediane(bail),
  };
}
