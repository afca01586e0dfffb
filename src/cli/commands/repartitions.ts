/**
 * `gef repartitions classeur.xlsx -o repartitions.xlsx [--epci CASA] [--bailleur NOM]`: the three
 * "style ERILIA" tables in an .xlsx (same layout as the pane's sheet) and an HTML report with the
 * three charts as SVG, from a dwelling table or an état des lieux (docs/regles/repartitions.md,
 * docs/produit/commandes.md).
 */
import ExcelJS from "exceljs";
import { accord, parseRules, DEFAULT_REGLES, type RegleCategorie } from "../../domain";
import {
  countSourceRepartition,
  computeRepartitionOf,
  findRepartitionSource,
  findRepartitionEpci,
  type FigureTable,
  type RepartitionSettings,
} from "../../jobs";
import { CliError } from "../errors";
import { formatTable, type Io } from "../io";
import type { FileCommandOptions } from "../parse-options";
import { repartitionHtml } from "../svg-report";
import { EXCEL_MAX_CHARS, safeCell } from "../../xlsx";
import { writeTextFile, writeWorkbookFile } from "../../xlsx/node";
import { checkNotEmpty, checkOutputs, tellRemoved } from "../outputs";
import { readGrids } from "../xlsx";

export interface RepartitionsOptions extends FileCommandOptions {
  readonly html?: string | undefined;
  readonly epci?: string | undefined;
  readonly bailleur?: string | undefined;
  readonly regles?: string | undefined;
  readonly autres: boolean;
  readonly malgreIncoherences: boolean;
}

async function rules(path: string | undefined): Promise<readonly RegleCategorie[]> {
  if (path === undefined) return DEFAULT_REGLES;
  const { readFile } = await import("node:fs/promises");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new CliError("FICHIER_ABSENT", { fichier: path });
  }
  const parsed = parseRules(text);
  if (!parsed.ok)
    throw new CliError("ARGUMENTS", {
      detail: `Règles illisibles : ${parsed.errors.map((p) => p.message).join(" ; ")}`,
      commande: "repartitions",
    });
  return parsed.value;
}

type Figure = FigureTable;

/**
 * A figure as a text table: one column per count, then one per percentage, each headed once
 * (« % PLAI » where the layout gives no « % » header of its own); a percentage that cannot be
 * computed (an empty column) shows « – ».
 */
export function figureTable(f: Figure): string {
  const nCounts = Math.max(0, ...f.rows.map((r) => r.counts.length));
  const nPercents = Math.max(0, ...f.rows.map((r) => r.percents.length));
  const countHeaders = f.header.slice(1, 1 + nCounts);
  const given = f.header.slice(1 + nCounts, 1 + nCounts + nPercents);
  const percentHeaders =
    given.length === nPercents ? given : countHeaders.map((h) => `% ${String(h)}`).slice(0, nPercents);
  const pct = (x: number | undefined): string =>
    x === undefined || !Number.isFinite(x) ? "–" : `${(x * 100).toFixed(1).replace(".", ",")} %`;
  return formatTable([
    [f.header[0] ?? "", ...countHeaders, ...percentHeaders],
    ...f.rows.map((row) => [
      row.label,
      ...row.counts,
      ...Array.from({ length: nPercents }, (_, i) => pct(row.percents[i])),
    ]),
  ]);
}

export async function repartitionsCommand(o: RepartitionsOptions, io: Io): Promise<number> {
  checkNotEmpty("-o", o.sortie, "« -o repartitions.xlsx »");
  checkNotEmpty("--html", o.html, "« --html repartitions.html »");
  const html = o.html ?? (o.sortie ? o.sortie.replace(/\.xlsx$/i, "") + ".html" : undefined);
  if (o.sortie !== undefined && !/\.xlsx$/i.test(o.sortie))
    throw new CliError("SORTIE_PAS_XLSX", { fichier: o.sortie });
  const inputs = [{ file: o.fichier }, ...(o.regles === undefined ? [] : [{ file: o.regles, option: "--regles" }])];
  checkOutputs(inputs, [
    ...(o.sortie === undefined ? [] : [{ file: o.sortie, option: "-o" }]),
    ...(html === undefined ? [] : [{ file: html, option: "--html" }]),
  ]);
  const regles = await rules(o.regles);
  const { sheets } = await readGrids(o.fichier);
  const source = findRepartitionSource(sheets);
  if (!source) {
    throw new CliError("ARGUMENTS", {
      detail: `${o.fichier} ne contient ni table des logements (Commune/DEPCOM et Financement/FINAN) ni état des lieux (PLAI, PLUS, PLS × T1..T6)`,
      commande: "repartitions",
    });
  }
  // The pane's job (computeRepartition), with the EPCI typed by the user resolved to its SIREN.
  const settings: RepartitionSettings = {
    epci: undefined,
    bailleur: o.bailleur ?? "",
    regles,
    autresAvecConsentement: o.autres,
    malgreIncoherences: o.malgreIncoherences,
  };
  const epci = o.epci === undefined ? undefined : findRepartitionEpci(o.epci, source, settings);
  if (o.epci !== undefined && epci === undefined) {
    const present = countSourceRepartition(source, settings).epci;
    throw new CliError("ARGUMENTS", {
      detail: `EPCI « ${o.epci} » inconnu ; EPCI présents : ${present.map((e) => e.libelle).join(", ")}`,
      commande: "repartitions",
    });
  }
  const plan = computeRepartitionOf(source, { ...settings, epci });
  const { repartition } = plan;
  const r = repartition.repartition;
  if (plan.kind === "incoherences") {
    for (const i of repartition.incoherences) io.err(`${source.sheet}!${i.cell} : ${i.message}`);
    io.err(
      "gef : les totaux de l'état des lieux ne concordent pas ; rien n'est écrit. Ajoutez --malgre-incoherences pour tracer à partir des cellules de détail.",
    );
    return 1;
  }
  const { layout } = plan;
  if (o.json) {
    io.out(
      JSON.stringify(
        {
          fichier: o.fichier,
          feuille: source.sheet,
          source: source.kind,
          perimetre: repartition.perimetre,
          total: r.total,
          figures: layout.figures,
          nonMappes: r.nonMappes,
          horsGraphique: r.horsGraphique,
          lignesNonClassees: r.totalRows,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(
      `${o.fichier} — « ${source.sheet} » (${source.kind === "logements" ? "table des logements" : "état des lieux"}), périmètre : ${repartition.perimetre}, ${accord(r.total, "logement")}`,
    );
    for (const f of layout.figures) {
      io.out(`\n${f.title}`);
      io.out(figureTable(f));
    }
    if (r.nonMappes.length > 0)
      io.out(
        `\nLibellés non classés (${o.autres ? "comptés en AUTRES RESERVATAIRES" : "ajoutez --autres pour les compter en AUTRES RESERVATAIRES"}) : ${r.nonMappes.map((m) => `« ${m.libelle} » ${m.logements}`).join(", ")}`,
      );
    if (r.totalRows > 0)
      io.out(
        `${r.totalRows} ligne(s) non classée(s) : ${r.lignes
          .slice(0, 5)
          .map((l) => `ligne ${l.ligne} (${l.raison})`)
          .join(" ; ")}${r.totalRows > 5 ? " ; …" : ""}`,
      );
  }
  let removed = 0;
  if (o.sortie) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(layout.sheetName);
    let cut = 0;
    let last = 0;
    for (const b of layout.blocks) {
      last = Math.max(last, b.row + b.cells.length);
      b.cells.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = ws.getCell(b.row + i + 1, b.col + j + 1);
          cell.value = typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : safeCell(v, () => cut++);
          const fmt = b.formats[i]?.[j];
          if (fmt && fmt !== "General") cell.numFmt = fmt;
          if (b.boldRows.includes(i)) cell.font = { bold: true };
        }),
      );
    }
    if (cut > 0) {
      const note = `Note : ${cut} texte(s) de plus de ${EXCEL_MAX_CHARS.toLocaleString("fr-FR")} caractères, la limite d'une cellule d'Excel, coupé(s) et terminé(s) par « … ».`;
      ws.getCell(last + 2, 1).value = note;
      io.err(`gef : ${note}`);
    }
    ws.getColumn(1).width = 44;
    removed = await writeWorkbookFile(wb, o.sortie);
  }
  if (html) {
    const title = `Répartitions du parc${o.bailleur ? ` – ${o.bailleur}` : ""}`;
    await writeTextFile(
      html,
      repartitionHtml(
        layout,
        title,
        `Périmètre : ${repartition.perimetre} ; source : ${o.fichier}, « ${source.sheet} » ; ${accord(r.total, "logement")}`,
      ),
    );
    if (!o.json) io.out(`\nÉcrit : ${[o.sortie, html].filter(Boolean).join(", ")}`);
  }
  tellRemoved(io, removed, o.json);
  const problems =
    r.nonMappes.length > 0 && !o.autres ? 1 : r.totalRows > 0 || repartition.incoherences.length > 0 ? 1 : 0;
  return problems;
}
