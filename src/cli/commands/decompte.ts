/**
 * `gef decompte journal.xlsx [--debut D] [--fin D] [-o bilan.xlsx] [--json]`: the bilan by
 * réservataire and stage, with the same rules as =GEF.DECOMPTE (src/domain/decompte.ts).
 */
import ExcelJS from "exceljs";
import {
  DECOMPTE_HEADER,
  bilan,
  checkPeriode,
  decompteRow,
  decompter,
  formatPercentFixed,
  readJournal,
  readTypedDate,
  type BilanRow,
} from "../../domain";
import { CliError } from "../errors";
import { typedOption } from "../options";
import { formatTable, type Io } from "../io";
import type { FileCommandOptions } from "../parse-options";
import { tellRemoved, refuseInput } from "../outputs";
import { writeWorkbookFile } from "../../xlsx/node";
import { readGrids } from "../xlsx";

export interface DecompteOptions extends FileCommandOptions {
  readonly debut?: string | undefined;
  readonly fin?: string | undefined;
  readonly feuille?: string | undefined;
}

/** `--debut` or `--fin`, read as the pane reads a date (readTypedDate). */
function date(option: "debut" | "fin", text: string | undefined): number | undefined {
  return text === undefined ? undefined : typedOption(readTypedDate(text, `--${option}`), "decompte");
}

export async function decompteCommand(o: DecompteOptions, io: Io): Promise<number> {
  const periode = checkPeriode({ debut: date("debut", o.debut), fin: date("fin", o.fin) });
  if (!periode.ok) throw new CliError("ARGUMENTS", { detail: periode.error.message, commande: "decompte" });
  refuseInput([{ file: o.fichier }], o.sortie);
  const { sheets } = await readGrids(o.fichier);
  const candidates = sheets.filter((s) => o.feuille === undefined || s.name === o.feuille);
  let lastError = "";
  for (const sheet of candidates) {
    const journal = readJournal(sheet.values);
    if (!journal.ok) {
      lastError = `Feuille « ${sheet.name} » : ${journal.error.message}`;
      continue;
    }
    // Columns named by several headers: which one was read (« Réservataire » rather than « Réservation »).
    for (const r of journal.value.remarques) io.err(`${r.severity} : Feuille « ${sheet.name} » : ${r.message}`);
    const result = bilan(decompter(journal.value, periode.value));
    const lignes = [...result.lignes, result.total];
    if (o.json) {
      io.out(
        JSON.stringify({ fichier: o.fichier, feuille: sheet.name, evenements: journal.value.size, lignes }, null, 2),
      );
    } else {
      io.out(`${o.fichier} — feuille « ${sheet.name} », ${journal.value.size} événements`);
      const pct = (l: BilanRow): string => (l.tauxChute === undefined ? "" : formatPercentFixed(l.tauxChute, 1));
      io.out(formatTable([[...DECOMPTE_HEADER], ...lignes.map((l) => [...decompteRow(l).slice(0, 5), pct(l)])]));
    }
    if (o.sortie !== undefined) tellRemoved(io, await writeBilan(o.sortie, lignes), o.json);
    return 0;
  }
  throw new CliError("JOURNAL_INTROUVABLE", { fichier: o.fichier, detail: lastError });
}

/** @returns the number of characters removed from its texts (see xml-text.ts) */
async function writeBilan(path: string, lignes: readonly BilanRow[]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bilan");
  ws.addRow([...DECOMPTE_HEADER]).font = { bold: true };
  for (const l of lignes) ws.addRow(decompteRow(l));
  ws.getColumn(6).numFmt = "0.0%";
  ws.getColumn(1).width = 32;
  return writeWorkbookFile(wb, path);
}
