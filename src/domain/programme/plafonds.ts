/**
 * The ceilings of CCH R.441-5 on a new operation, checked on the shares typed and on the dwellings the
 * split gives (largest remainder may round a share up): the loans' guarantors together at most 20 %,
 * shared in proportion to the amounts they guarantee; the préfet at most 30 %, of which at most 5 %
 * for the State's agents. Counted in dwellings, a ceiling is rounded down, as every legal ceiling in
 * GEF (see apportion.ts). Above a ceiling is an error, unless a signed convention sets the share: then
 * an information (docs/regles/programmes-neufs.md).
 */
import { floorShare, snap } from "../apportion";
import { programmeMessage, type ProgrammeCode } from "../messages/programme";
import { DEFAULT_REGLES } from "../repartition/categories";
import { classify } from "../repartition/rules";
import { accord, formatNombre } from "../text";
import type { DroitProgramme, ProgrammeDiagnostic } from "./types";

/** The three ceilings, in points of the operation. */
export const PLAFOND_GARANTS = 20;
export const PLAFOND_PREFET = 30;
export const PLAFOND_AGENTS = 5;

/** Which réservataires a ceiling covers: the guarantors, the préfet (both State contingents), its agents. */
const classes: readonly { code: ProgrammeCode; plafond: number; membre: (d: DroitProgramme) => boolean }[] = [
  { code: "PLAFOND_GARANTS", plafond: PLAFOND_GARANTS, membre: (d) => d.garant },
  {
    code: "PLAFOND_PREFET",
    plafond: PLAFOND_PREFET,
    membre: (d) => {
      const c = classify(d.reservataire, DEFAULT_REGLES);
      return c === "ETAT PRIORITAIRES" || c === "ETAT FONCTIONNAIRES";
    },
  },
  {
    code: "PLAFOND_AGENTS",
    plafond: PLAFOND_AGENTS,
    membre: (d) => classify(d.reservataire, DEFAULT_REGLES) === "ETAT FONCTIONNAIRES",
  },
];

/**
 * The ceilings passed, one finding per ceiling: on the shares typed, else on the dwellings given.
 * @param totaux each réservataire's dwellings, in the order of `droits`
 */
export function controlePlafonds(
  droits: readonly DroitProgramme[],
  totaux: readonly number[],
  logements: number,
  convention: boolean,
): ProgrammeDiagnostic[] {
  const out: ProgrammeDiagnostic[] = [];
  for (const k of classes) {
    const membres = droits.flatMap((d, i) => (k.membre(d) ? [i] : []));
    if (membres.length === 0) continue;
    const part = snap(membres.reduce((a, i) => a + (droits[i]?.part ?? 0), 0));
    const donnes = membres.reduce((a, i) => a + (totaux[i] ?? 0), 0);
    const maxLogements = floorShare((k.plafond * logements) / 100);
    const libelle = membres.map((i) => droits[i]?.reservataire ?? "").join(", ");
    let valeur: string | undefined;
    let attendu = "";
    if (part > k.plafond) {
      valeur = `${formatNombre(part)} %`;
      attendu = `${formatNombre(k.plafond)} %`;
    } else if (donnes > maxLogements) {
      valeur = `${accord(donnes, "logement")} sur ${formatNombre(logements)} au plus fort reste`;
      attendu = `${accord(maxLogements, "logement")} (${formatNombre(k.plafond)} % de ${formatNombre(logements)}, arrondi à l'inférieur)`;
    }
    if (valeur === undefined) continue;
    const niveau = convention ? "info" : "erreur";
    out.push({
      severity: niveau,
      code: k.code,
      message: programmeMessage(k.code, { libelle, valeur, attendu, convention }),
    });
  }
  return out;
}

/**
 * The guarantors' shares against the amounts they guarantee: each should be the guarantors' total share
 * × its amount ÷ all amounts (AN question 17-2768: 20 % of 20 dwellings at 25 / 25 / 50 % of the
 * guarantees → 1 / 1 / 2). A difference above a hundredth of a point is a warning.
 */
export function controleProportion(droits: readonly DroitProgramme[]): ProgrammeDiagnostic[] {
  const garants = droits.filter((d) => d.garant);
  if (garants.length < 2) return [];
  const sansMontant = garants.filter((d) => !((d.montantGaranti ?? 0) > 0));
  if (sansMontant.length > 0) {
    return sansMontant.map((d) => ({
      severity: "avertissement",
      code: "GARANT_SANS_MONTANT",
      message: programmeMessage("GARANT_SANS_MONTANT", { libelle: d.reservataire }),
    }));
  }
  const total = garants.reduce((a, d) => a + d.part, 0);
  const montants = garants.reduce((a, d) => a + (d.montantGaranti ?? 0), 0);
  const ecarts = garants.flatMap((d) => {
    const attendu = snap((total * (d.montantGaranti ?? 0)) / montants);
    if (Math.abs(d.part - attendu) <= 0.01) return [];
    const pctGarantie = formatNombre(Math.round(((d.montantGaranti ?? 0) / montants) * 10000) / 100);
    return [
      `${d.reservataire} a ${formatNombre(d.part)} % pour ${pctGarantie} % des garanties (attendu ${formatNombre(Math.round(attendu * 100) / 100)} %)`,
    ];
  });
  if (ecarts.length === 0) return [];
  return [
    {
      severity: "avertissement",
      code: "GARANTS_HORS_PROPORTION",
      message: programmeMessage("GARANTS_HORS_PROPORTION", { detail: ecarts.join(" ; ") }),
    },
  ];
}
