/**
 * The pane's actions on the strict simulated workbook at real scale (issue « the pane at real scale
 * in Excel »): « Vérifier », « Remplir » and « Répartitions » on 200 000 dwellings × 60 columns, with
 * the table on another sheet and as the active sheet, then 1 000 000 rows × 10 columns. For each:
 * the time, the syncs, the bytes read, and the largest request and response of any sync, against
 * Office's 5 MB limit. Figures for this machine; nothing is asserted here (the tests assert the limits).
 */
import type { ActionStats, ModeleSettings } from "../src/excel/action-types";
import { createRepartitionActions, DEFAULT_REPARTITION_SETTINGS } from "../src/excel/repartition-actions";
import { createModeleActions } from "../src/excel/modele-actions";
import { exampleModele } from "../sandbox/example";
import { FakeWorkbook } from "../excel-sim/fake-workbook";
import { wideLogementGrid } from "../test/support/wide-table";

const SETTINGS: ModeleSettings = {
  partPrioritaires: 0.25,
  partFonctionnaires: 0.05,
  methode: "ENTREES",
  annees: undefined,
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2).replace(".", ",")} Mo`;

async function measureActions(
  label: string,
  book: FakeWorkbook,
  row: (what: string, value: string) => void,
): Promise<void> {
  const modele = createModeleActions(book.run);
  const actions: [string, () => Promise<{ stats: ActionStats }>][] = [
    ["Vérifier", () => modele.check(SETTINGS)],
    ["Remplir", () => modele.fill(SETTINGS, "remplacer")],
    ["Répartitions", () => createRepartitionActions(book.run).draw(DEFAULT_REPARTITION_SETTINGS)],
  ];
  for (const [name, act] of actions) {
    book.syncLog.length = 0;
    const t0 = performance.now();
    const { stats } = await act();
    const ms = performance.now() - t0;
    const { request, response } = book.largestPayloads();
    const failed = book.syncLog.filter((s) => s.error !== undefined).length;
    row(
      `  ${name} (${label})`,
      `${ms.toFixed(0)} ms, ${stats.syncs} sync., ${mb(stats.bytesRead ?? 0)} lus, plus grande requête ${mb(request)}, plus grande réponse ${mb(response)}${failed > 0 ? `, ${failed} sync. refusée(s) puis relue(s)` : ""}`,
    );
  }
}

export async function benchPane(): Promise<string[]> {
  const lines: string[] = [
    "",
    "Volet sur le classeur simulé strict (limite d'Excel sur le web : 5 Mo par requête et par réponse ; budget de GEF : 2 Mo)",
  ];
  const row = (what: string, value: string): void => void lines.push(`${what.padEnd(64)}${value}`);
  const wide = wideLogementGrid(200_000, 60, 1);
  const book = new FakeWorkbook({ "Calcul assiette": exampleModele(), Logements: wide }, "Calcul assiette");
  await measureActions("200 000 × 60, table sur une autre feuille", book, row);
  book.active = "Logements";
  await measureActions("200 000 × 60, table sur la feuille active", book, row);
  const narrow = wideLogementGrid(1_000_000, 10, 2);
  const big = new FakeWorkbook({ "Calcul assiette": exampleModele(), Logements: narrow }, "Calcul assiette");
  await measureActions("1 000 000 × 10", big, row);
  return lines;
}
