/**
 * The Programmes neufs job, shared by the pane and `gef programme`: find the operation's dwellings and
 * the « Droits du programme » among the sheets read, add the shares typed (`--part`, `--garant`),
 * split, and lay out the « Programme <nom> » sheet (docs/regles/programmes-neufs.md).
 */
import {
  fusionnerDroits,
  lireDroitsProgramme,
  lireOperation,
  programmeMessage,
  repartirProgramme,
  foldText,
  formatNombre,
  type ProgrammeDiagnostic,
  type DroitProgramme,
  type LogementProgramme,
  type RepartitionProgramme,
  type SheetRead,
} from "../../domain";
import type { PlanSheet } from "../sheet-plan";
import { sheetProgramme } from "./sheet-programme";

/** What the user chose besides the sheets. */
export interface ReglagesProgramme {
  /** The operation's name, in the sheet's name (« Programme <nom> »). */
  readonly nom: string;
  readonly convention: boolean;
  /** Year of delivery: the first lettings count in the réservataires' flux for that year. */
  readonly livraison?: number | undefined;
  /** Shares typed (points), replacing the table's share of the same réservataire or added to the table. */
  readonly parts?: readonly { readonly reservataire: string; readonly part: number }[];
  /** Guarantors typed with their amount guaranteed (euros). */
  readonly garants?: readonly { readonly reservataire: string; readonly montant: number }[];
}

/** What the job found and made. */
export interface TravailProgramme {
  /** The sheet where the dwellings were read, and the one of the shares (undefined: typed or none). */
  readonly operation: string | undefined;
  readonly droits: string | undefined;
  readonly logements: readonly LogementProgramme[];
  readonly repartition: RepartitionProgramme | undefined;
  readonly diagnostics: readonly ProgrammeDiagnostic[];
  /** The sheet to write, when a split was made. */
  readonly plan: PlanSheet | undefined;
}

const erreur = (code: "OPERATION_INTROUVABLE" | "DROITS_PROGRAMME_INTROUVABLES"): ProgrammeDiagnostic => ({
  severity: "erreur",
  code,
  message: programmeMessage(code),
});

/** The table's shares with the typed ones laid over them (same réservataire, names folded). */
function droitsSaisis(
  table: readonly DroitProgramme[],
  r: ReglagesProgramme,
  diagnostics: ProgrammeDiagnostic[],
): DroitProgramme[] {
  const out = [...table];
  const index = (nom: string): number => out.findIndex((d) => foldText(d.reservataire) === foldText(nom));
  for (const p of r.parts ?? []) {
    const i = index(p.reservataire);
    if (i < 0) out.push({ reservataire: p.reservataire, part: p.part, garant: false, montantGaranti: undefined });
    else out[i] = { ...(out[i] as DroitProgramme), part: p.part };
  }
  for (const g of r.garants ?? []) {
    const i = index(g.reservataire);
    if (i < 0) {
      const valeur = `${formatNombre(g.montant)} €`;
      diagnostics.push({
        severity: "erreur",
        code: "GARANT_SANS_PART",
        message: programmeMessage("GARANT_SANS_PART", { libelle: g.reservataire, valeur }),
      });
    } else out[i] = { ...(out[i] as DroitProgramme), garant: true, montantGaranti: g.montant };
  }
  return out;
}

/**
 * Splits the operation found in `operation` among the shares of `droits` (a « Droits du programme »
 * table, searched in these sheets) and those typed in `r`.
 */
export function travailProgramme(
  operation: readonly SheetRead[],
  droits: readonly SheetRead[],
  r: ReglagesProgramme,
): TravailProgramme {
  const diagnostics: ProgrammeDiagnostic[] = [];
  const ops = operation.map((s) => ({ s, lu: lireOperation(s.name, s.values) })).find((x) => x.lu !== undefined);
  const dr = droits.map((s) => ({ s, lu: lireDroitsProgramme(s.name, s.values) })).find((x) => x.lu !== undefined);
  const vide = {
    operation: ops?.s.name,
    droits: dr?.s.name,
    logements: ops?.lu?.logements ?? [],
    repartition: undefined,
    plan: undefined,
  };
  if (ops?.lu === undefined) return { ...vide, diagnostics: [erreur("OPERATION_INTROUVABLE")] };
  diagnostics.push(...ops.lu.diagnostics, ...(dr?.lu?.diagnostics ?? []));
  const saisis = droitsSaisis(dr?.lu?.droits ?? [], r, diagnostics);
  if (saisis.length === 0) return { ...vide, diagnostics: [...diagnostics, erreur("DROITS_PROGRAMME_INTROUVABLES")] };
  const fusion = fusionnerDroits(saisis);
  diagnostics.push(...fusion.diagnostics);
  const split = repartirProgramme(ops.lu.logements, fusion.droits, { convention: r.convention });
  diagnostics.push(...split.diagnostics);
  const rep = split.repartition;
  if (rep === undefined) return { ...vide, diagnostics };
  const typed = (r.parts?.length ?? 0) > 0 || (r.garants?.length ?? 0) > 0;
  const source =
    `logements de « ${ops.s.name} » (${formatNombre(ops.lu.logements.length)})` +
    (dr === undefined ? "" : `, droits de « ${dr.s.name} »`) +
    (typed ? `, parts saisies` : "");
  return { ...vide, repartition: rep, diagnostics, plan: sheetProgramme(rep, r.nom, r.livraison, source, diagnostics) };
}

/** The `--json` shape of `gef programme`: exactly totaux, tableau, logements and constats (each `{ code, niveau, message }`, the severity under its public name). */
export function jsonProgramme(t: TravailProgramme): {
  totaux: Record<string, number>;
  tableau: { reservataire: string; financement: string; typologie: string; logements: number }[];
  logements: { logement: string; reservataire: string }[];
  constats: { code: string; niveau: string; message: string }[];
} {
  const r = t.repartition;
  return {
    totaux: Object.fromEntries((r?.reservataires ?? []).map((nom, i) => [nom, r?.totaux[i] ?? 0])),
    tableau: (r?.reservataires ?? []).flatMap((reservataire, i) =>
      (r?.categories ?? []).map((c, j) => ({
        reservataire,
        financement: c.financement,
        typologie: c.typologie,
        logements: r?.tableau[i]?.[j] ?? 0,
      })),
    ),
    logements: (r?.attribution ?? []).map((a) => ({
      logement: a.logement.logement,
      reservataire: r?.reservataires[a.ligne] ?? "",
    })),
    constats: t.diagnostics.map((d) => ({ code: d.code, niveau: d.severity, message: d.message })),
  };
}
