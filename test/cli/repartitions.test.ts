import { readFileSync } from "node:fs";
import { displayValue, readLogements } from "../../src/domain";
import { countSourceRepartition, findRepartitionSource } from "../../src/jobs";
import { makeLogementGrid } from "../../sandbox/logement-grid";
import type { Io } from "../../src/cli/io";
import { repartitionsCommand, type RepartitionsOptions } from "../../src/cli/commands/repartitions";
import { readXlsx, tempDir, writeXlsx } from "../support/cli";

async function run(
  o: Partial<RepartitionsOptions> & { fichier: string },
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false };
  const code = await repartitionsCommand({ autres: false, malgreIncoherences: false, json: false, ...o }, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("gef repartitions", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  const grid = makeLogementGrid(1500, { seed: 11, scheme: "ancien" });

  it("écrit les trois tableaux et un rapport HTML avec trois graphiques SVG, pour un EPCI", async () => {
    const file = t.file("parc.xlsx");
    const out = t.file("repartitions.xlsx");
    await writeXlsx(file, { Logements: grid });
    const r = await run({ fichier: file, sortie: out, epci: "CASA", bailleur: "ERILIA", autres: true });
    expect(r.out).toContain("périmètre : CASA");
    const source = findRepartitionSource([{ name: "Logements", values: grid }]);
    if (!source) throw new Error("source attendue");
    const expected = countSourceRepartition(source, { epci: "240600585", autresAvecConsentement: true }).repartition;
    const rows = await readXlsx(out, "Répartitions du parc");
    // The EPCI chosen is named in every title, as in the pane's sheet (a chart copied elsewhere says what it covers).
    expect(rows[0]?.[0]).toBe("Répartitions du parc – CASA – ERILIA");
    const plafond = rows.findIndex((row) => row?.[0] === "Tous réservataires par plafond – CASA – ERILIA");
    expect(rows.slice(plafond + 2, plafond + 5).map((row) => row?.[1])).toEqual(expected.parFinancement);
    const html = readFileSync(t.file("repartitions.html"), "utf8");
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain("Tous réservataires par typologie – CASA – ERILIA");
    // The block beside the charts, as in the .xlsx: its totals are those of the sheet.
    expect(html).toContain("<h2>Hors des graphiques</h2>");
    const nonClasses = rows.find((row) => displayValue(row?.[0]).startsWith("Réservataires non classés"));
    expect(html).toContain(
      `${displayValue(nonClasses?.[0])}</th><td>${Number(nonClasses?.[1]).toLocaleString("fr-FR")}</td>`,
    );
    expect(r.code).toBe(expected.totalRows > 0 ? 1 : 0);
  });

  it("liste les libellés non classés et sort en 1 sans l'accord --autres", async () => {
    const file = t.file("parc2.xlsx");
    const withUnknown = grid.map((row, i) => (i === 1 ? [...row.slice(0, 9), "ASSOCIATION INCONNUE"] : row));
    await writeXlsx(file, { Logements: withUnknown });
    const r = await run({ fichier: file, json: true });
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { nonMappes: { libelle: string; logements: number }[]; total: number };
    expect(parsed.nonMappes).toContainEqual({ libelle: "ASSOCIATION INCONNUE", logements: 1 });
    const read = readLogements(withUnknown);
    expect(parsed.total).toBe(read.ok ? read.table.size : -1);
  });

  it("refuse un EPCI absent et un classeur sans données, avec un message", async () => {
    const file = t.file("parc3.xlsx");
    await writeXlsx(file, { Logements: grid });
    await expect(run({ fichier: file, epci: "NULLEPART" })).rejects.toThrow(/EPCI « NULLEPART » inconnu/);
    const vide = t.file("vide.xlsx");
    await writeXlsx(vide, { Feuil1: [["rien"]] });
    await expect(run({ fichier: vide })).rejects.toThrow(/ni table des logements .* ni état des lieux/);
  });
});
