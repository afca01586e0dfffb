/**
 * `gef consolider --bilans bilan1.xlsx bilan2.xlsx … [-o conso.xlsx] [--json]`: the bilans a réservataire
 * receives from its bailleurs, gathered in one sheet « Bilans reçus » (the job of src/jobs/consolidation, shared
 * with the pane). A file that is not such a bilan is refused with its name, the others still go through.
 * Exit code (docs/choix.md « Codes de sortie de gef »): 0 all clean, 1 a file refused, a bilan twice or periods
 * that differ, 2 no bilan usable (nothing written).
 * @see docs/produit/commandes.md
 */
import path from "node:path";
import { formatNombre, formatPourcent } from "../../domain";
import {
  COMPTES_BILAN,
  consolidateBilans,
  sheetBilansRecus,
  type ConsolidationBilans,
  type PeriodeConsolidee,
  type TotalBilans,
} from "../../jobs";
import { writePlans } from "../../xlsx/node";
import { CliError, problemOf } from "../errors";
import { expandFiles, sameFile } from "../files";
import { formatTable, progress, type Io } from "../io";
import { checkFolder, checkNotEmpty, tellRemoved } from "../outputs";
import { readGrids } from "../xlsx";

export interface ConsoliderBilansOptions {
  readonly fichiers: readonly string[];
  readonly sortie: string | undefined;
  readonly json: boolean;
}

/** The four counts under their JSON names. */
const comptesJson = (c: readonly number[]): Record<(typeof COMPTES_BILAN)[number], number> =>
  Object.fromEntries(COMPTES_BILAN.map((k, i) => [k, c[i] ?? 0])) as Record<(typeof COMPTES_BILAN)[number], number>;

const totauxJson = (t: TotalBilans): object => ({ objectif: t.objectif ?? null, ...comptesJson(t.comptes) });

function toJson(c: ConsolidationBilans, sortie: string | undefined): object {
  const lignes = c.periodes.flatMap((p) =>
    p.lignes.map((l) => ({
      bailleur: l.bailleur,
      epci: l.epci,
      reservataire: l.reservataire,
      periode: p.periode,
      objectif: l.objectif ?? null,
      ...comptesJson(l.comptes),
    })),
  );
  const one = c.periodes.length === 1 ? c.periodes[0] : undefined;
  return {
    sortie: sortie ?? null,
    lignes,
    // Periods are never added up: with several, « totaux » is null and each has its own.
    totaux: one === undefined ? null : totauxJson(one.total),
    periodes: c.periodes.map((p) => ({ periode: p.periode, fichiers: p.fichiers, totaux: totauxJson(p.total) })),
    constats: c.diagnostics.map((d) => ({
      fichier: d.fichier ?? null,
      gravite: d.severity,
      code: d.code,
      message: d.message,
    })),
  };
}

const pct = (x: number | undefined): string => (x === undefined ? "" : formatPourcent(x));
const n = (x: number | undefined): string => (x === undefined ? "" : formatNombre(x));

function printPeriode(io: Io, p: PeriodeConsolidee): void {
  io.out(`Période ${p.periode} (${p.fichiers.join(", ")}) :`);
  const line = (a: string, b: string, t: TotalBilans): string[] => [
    a,
    b,
    n(t.objectif),
    ...t.comptes.map(n),
    pct(t.atteinte),
    pct(t.tauxChute),
  ];
  io.out(
    formatTable([
      [
        "Bailleur",
        "EPCI",
        "Objectif",
        "Mises à disp.",
        "Propositions",
        "Attributions",
        "Baux",
        "Atteinte",
        "Taux de chute",
      ],
      ...p.parEpci.flatMap((g) => [
        ...g.lignes.map((l) => [
          l.bailleur,
          l.epci,
          n(l.objectif),
          ...l.comptes.map(n),
          pct(l.objectif ? l.realise / l.objectif : undefined),
          pct(l.tauxChute),
        ]),
        line(`Total ${g.epci}`, "", g.total),
      ]),
      line("Total", "", p.total),
    ]),
  );
  io.out("");
}

export async function consoliderBilansCommand(o: ConsoliderBilansOptions, io: Io): Promise<number> {
  checkNotEmpty("-o", o.sortie, "« -o bilans-recus.xlsx »");
  if (o.sortie !== undefined) {
    if (!/\.xlsx$/i.test(o.sortie)) throw new CliError("SORTIE_PAS_XLSX", { fichier: o.sortie });
    const sortie = o.sortie;
    const clash = expandFiles(o.fichiers).find((f) => sameFile(f, sortie));
    if (clash !== undefined) throw new CliError("SORTIE_PARMI_ENTREES", { fichier: clash });
    checkFolder(o.sortie);
  }
  const files = expandFiles(o.fichiers);
  const tick = progress(io, files.length);
  const sources: { fichier: string; sheets: Awaited<ReturnType<typeof readGrids>>["sheets"] }[] = [];
  const unreadable: { fichier: string; message: string }[] = [];
  for (const [i, fichier] of files.entries()) {
    try {
      sources.push({ fichier, sheets: (await readGrids(fichier)).sheets });
    } catch (e) {
      unreadable.push({ fichier: path.basename(fichier), message: problemOf(e, fichier).message });
    }
    tick(i + 1, fichier);
  }
  const c0 = consolidateBilans(sources);
  const c: ConsolidationBilans = {
    ...c0,
    diagnostics: [
      ...unreadable.map((u) => ({
        fichier: u.fichier,
        severity: "erreur" as const,
        code: "ILLISIBLE",
        message: u.message,
      })),
      ...c0.diagnostics,
    ],
  };
  if (c.bilans.length === 0) {
    for (const d of c.diagnostics) io.err(`gef : ${d.message}`);
    throw new CliError("AUCUN_LISIBLE", { detail: String(files.length), option: "consolider" });
  }
  const removed = o.sortie === undefined ? 0 : await writePlans(o.sortie, [sheetBilansRecus(c)]);
  if (o.json) io.out(JSON.stringify(toJson(c, o.sortie), null, 2));
  else {
    io.out(`Bilans reçus : ${files.length} fichier(s), ${c.bilans.length} bilan(s) consolidé(s).`);
    io.out("");
    for (const p of c.periodes) printPeriode(io, p);
    for (const d of c.diagnostics) io.out(`${d.fichier ? `${d.fichier} : ` : ""}${d.message}`);
    if (o.sortie !== undefined) io.out(`Écrit : ${o.sortie} (feuille « ${sheetBilansRecus(c).name} »).`);
  }
  tellRemoved(io, removed, o.json);
  return c.diagnostics.some((d) => d.severity !== "info") ? 1 : 0;
}
