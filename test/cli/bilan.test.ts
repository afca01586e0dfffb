import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { readZipFile } from "../../src/xlsx/platform-node";
import { readEntry } from "../../src/xlsx/zip";
import { gef, readXlsx, recalculated, tempDir, writeXlsx } from "../support/cli";
import { JOURNAL_SUIVI, OBJECTIFS_SUIVI } from "../support/suivi-exemple";

jest.setTimeout(60_000);

const JOURNAL = JOURNAL_SUIVI;
const OBJECTIFS = OBJECTIFS_SUIVI;

describe("gef bilan", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("imprime le bilan du S1 par EPCI et écrit « Bilan S1 2024 » avec son graphique natif", async () => {
    const file = t.file("journal.xlsx");
    const out = t.file("bilan.xlsx");
    await writeXlsx(file, { Journal: JOURNAL, Objectifs: OBJECTIFS });
    const r = await gef("bilan", file, "--periode", "S1", "--annee", "2024", "-o", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    // CASA: L1 re-offered counts once, for ACTION LOGEMENT (1 of 20 = 5 %); the PREFECTURE (0 of 10) is next.
    expect(r.out).toContain("CASA — prochain à servir : PREFECTURE");
    expect(r.out).toMatch(/ACTION LOGEMENT\s+20\s+1\s+0\s+1\s+1\s+5\s%/);
    expect(r.out).toContain("MNCA — prochain à servir : PREFECTURE");
    expect(r.out).toMatch(/Total du bailleur\s+34\s+2\s+0\s+1\s+1/);
    const rows = await readXlsx(out, "Bilan S1 2024");
    expect(rows[0]?.[0]).toBe("Bilan du flux – S1 2024");
    const zip = await readZipFile(out);
    const chart = (await readEntry(zip, "xl/charts/chart1.xml"))?.toString("utf8") ?? "";
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain("Objectif annuel et réalisé (mise à disposition) – S1 2024");
    // Two series, objective and achieved, named by their headers; no value labels (they overlapped), legend below.
    const series = [
      ...chart.matchAll(
        /<c:ser>.*?<c:tx><c:strRef><c:f>[^<]*<\/c:f><c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>([^<]*)<\/c:v>/g,
      ),
    ].map((m) => m[1]);
    expect(series).toEqual(["Objectif annuel", "Réalisé (mise à disposition)"]);
    expect(chart).toContain('<c:showVal val="0"/>');
    expect(chart).toContain('<c:legendPos val="b"/>');
    // LibreOffice opens the file and keeps the chart.
    const lo = await readZipFile(recalculated(out));
    expect(lo.entries.some((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name))).toBe(true);
  });

  it("écrit un classeur par réservataire, avec ses seuls chiffres", async () => {
    const file = t.file("journal2.xlsx");
    const dir = t.file("envois");
    await writeXlsx(file, { Journal: JOURNAL, Objectifs: OBJECTIFS });
    const r = await gef("bilan", file, "--periode", "S1", "--annee", "2024", "--par-reservataire", "-o", `${dir}/`);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      "Bilan S1 2024 - ACTION LOGEMENT.xlsx",
      "Bilan S1 2024 - PREFECTURE.xlsx",
    ]);
    const rows = await readXlsx(path.join(dir, "Bilan S1 2024 - PREFECTURE.xlsx"), "Bilan S1 2024");
    const names = rows.map((row) => row?.[1]).filter((v) => typeof v === "string");
    expect(names).toContain("PREFECTURE");
    expect(names).not.toContain("ACTION LOGEMENT");
  });

  it("écrit le bilan annuel légal, un fichier par réservataire, et signale le logement non rapproché (code 1)", async () => {
    const file = t.file("annuel.xlsx");
    await writeXlsx(file, {
      Journal: [
        ["Logement", "Réservataire", "Étape", "Date"],
        ["L1", "ACTION LOGEMENT", "mise à disposition", "01/05/2023"],
        ["L1", "ACTION LOGEMENT", "attribution", "20/05/2023"],
        ["L9", "VILLE DE NICE", "mise à disposition", "01/07/2023"],
      ],
      Logements: [
        ["N° logement", "Commune", "Financement", "Typologie", "QPV", "Année de construction"],
        ["L1", "Antibes", "PLUS", "T3", 1, 1970],
      ],
    });
    const r = await gef("bilan", file, "--annuel", "2023", "--par-reservataire");
    expect(r.code).toBe(1);
    expect(r.err).toContain("1 logement du journal absent de la table des logements");
    const al = t.file("Bilan annuel 2023 - ACTION LOGEMENT.xlsx");
    expect(existsSync(al)).toBe(true);
    expect(existsSync(t.file("Bilan annuel 2023 - VILLE DE NICE.xlsx"))).toBe(true);
    const rows = await readXlsx(al, "Bilan annuel 2023");
    const line = (critere: string, classe: string): unknown[] | undefined =>
      rows.find((row) => row?.[1] === critere && row?.[2] === classe);
    expect(line("Typologie", "T3")?.slice(3, 5)).toEqual([1, 1]);
    expect(line("Période de construction", "1949-1974")?.slice(3, 5)).toEqual([1, 1]);
    expect(rows.some((row) => row?.[0] === "VILLE DE NICE")).toBe(false);
  });

  it("lit les objectifs écrits par « gef objectifs » dans un autre classeur (--objectifs)", async () => {
    const droits = t.file("droits.xlsx");
    const objectifs = t.file("objectifs-casa.xlsx");
    await writeXlsx(droits, {
      Droits: [
        ["Réservataire", "Droits"],
        ["PREFECTURE", 1],
        ["ACTION LOGEMENT", 3],
      ],
    });
    expect((await gef("objectifs", droits, "--volume", "40", "--epci", "CASA", "-o", objectifs)).code).toBe(0);
    const journal = t.file("journal-casa.xlsx");
    await writeXlsx(journal, { Journal: JOURNAL });
    const r = await gef("bilan", journal, "--periode", "S1", "--annee", "2024", "--objectifs", objectifs, "--json");
    const parsed = JSON.parse(r.out) as {
      groupes: { libelle: string; lignes: { reservataire: string; objectif?: number; realise: number }[] }[];
    };
    // 40 over 1 / 3 → 10 and 30 in CASA; MNCA has no objective (counts only).
    expect(
      parsed.groupes.map((g) => [g.libelle, g.lignes.map((l) => [l.reservataire, l.objectif ?? null, l.realise])]),
    ).toEqual([
      [
        "CASA",
        [
          ["ACTION LOGEMENT", 30, 1],
          ["PREFECTURE", 10, 0],
        ],
      ],
      ["MNCA", [["PREFECTURE", null, 1]]],
    ]);
    expect(r.code).toBe(0);
  });

  it.each([
    [["bilan"], /Indiquez un seul journal/],
    [["bilan", "j.xlsx", "--periode", "T3"], /--periode attend S1, S2 ou annee/],
    [["bilan", "j.xlsx", "--debut", "2024-01-01"], /Donnez à la fois --debut et --fin/],
    [["bilan", "j.xlsx", "--etape", "signature"], /--etape/],
    [["bilan", "j.xlsx", "--seuil", "0"], /--seuil : « 0 » est hors des bornes \(plus de 0 et au plus 100 %\)/],
    // « 150 » and « 150 % » get the same answer (issue 24: « 150 % » was read as 1,5 points).
    [["bilan", "j.xlsx", "--seuil", "150 %"], /--seuil : « 150 % » est hors des bornes/],
    [["bilan", "j.xlsx", "--seuil", "150"], /--seuil : « 150 » est hors des bornes/],
    [
      ["bilan", "j.xlsx", "--annee", "20245"],
      /--annee : « 20245 » est hors des bornes \(de 1950 à 2200\)\. Tapez une année sur quatre chiffres/,
    ],
    [["bilan", "j.xlsx", "--annee", "99"], /--annee : « 99 » est hors des bornes/],
    [["bilan", "j.xlsx", "--annuel", "abc"], /--annuel : « abc » n'est pas une année/],
    [["bilan", "j.xlsx", "--debut", "abc", "--fin", "2024-12-31"], /--debut : « abc » n'est pas une date/],
    [["bilan", "j.xlsx", "--periodes-construction", "1990,1949"], /doivent croître/],
    [["bilan", "j.xlsx", "-o", "j.xlsx"], /ne remplace jamais/],
  ])("refuse %p avec le code 2", async (args, message) => {
    const r = await gef(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("bilan S2 : compte depuis le 1er janvier, donne le semestre seul et dit les lignes en double ignorées (code 1)", async () => {
    const file = t.file("journal-s2.xlsx");
    // JOURNAL_SUIVI with its last row (L3, 05/07/2024) pasted again.
    await writeXlsx(file, { Journal: [...JOURNAL, JOURNAL[JOURNAL.length - 1] ?? []], Objectifs: OBJECTIFS });
    const r = await gef("bilan", file, "--periode", "S2", "--annee", "2024");
    expect(r.code).toBe(1);
    // The year so far: 3 mises à disposition (L1, L2, L3), of which 1 in the semester alone (L3).
    expect(r.out).toMatch(/Total du bailleur\s+34\s+3\s+0\s+1\s+1/);
    expect(r.out).toContain("Réalisé et attendu couvrent les mêmes jours, du 01/01/2024 au 31/12/2024 (366 jours)");
    expect(r.out).toContain("Semestre seul, du 01/07/2024 au 31/12/2024 :");
    expect(r.out).toContain(
      "Atteinte = réalisé ÷ objectif annuel : la part de l'objectif de toute l'année déjà atteinte, à comparer à la part de l'année couverte (100\u00a0%) ;",
    );
    expect(r.out).toContain(
      "Les totaux comptent tous les logements, mais leur atteinte et leur écart ne portent que sur les réservataires qui ont un objectif",
    );
    expect(r.out).toMatch(/Bailleur\s+Total du bailleur\s+1\s+0\s+0\s+0/);
    expect(r.err).toContain(
      "1 ligne du journal répète une ligne précédente (même logement, étape, date et réservataire) : ignorée, l'événement ne compte qu'une fois (ligne 8 = ligne 7).",
    );
  });

  it("compte aux propositions les logements proposés du bilan annuel d'un journal sans mise à disposition", async () => {
    const file = t.file("propositions.xlsx");
    await writeXlsx(file, {
      Journal: [
        ["Logement", "Réservataire", "Étape", "Date"],
        ["L1", "ÉTAT", "proposition", "10/01/2024"],
        ["L2", "ÉTAT", "proposition", "12/02/2024"],
        ["L3", "ACTION LOGEMENT", "proposition", "03/03/2024"],
      ],
    });
    const r = await gef("bilan", file, "--annuel", "2024", "--json");
    const bilan = JSON.parse(r.out) as { reservataires: { nom: string; proposes: number; attribues: number }[] };
    // Issue 25, point 9: « Logements proposés 0 » beside three propositions.
    expect(bilan.reservataires.map((x) => [x.nom, x.proposes, x.attribues])).toEqual([
      ["ACTION LOGEMENT", 1, 0],
      ["ÉTAT", 2, 0],
    ]);
    expect(r.err).toContain(
      "info : Le journal ne note aucune mise à disposition : les logements proposés du bilan annuel sont ceux pour lesquels des candidats ont été proposés",
    );
  });

  it("dit qu'un classeur n'a pas de journal, et donne son aide", async () => {
    const vide = t.file("vide.xlsx");
    await writeXlsx(vide, {
      Feuil1: [
        ["a", "b"],
        [1, 2],
      ],
    });
    const r = await gef("bilan", vide);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Aucune feuille ne contient de journal");
    // Said once (issue 25, point 9: it was printed as a finding, then again as gef's error), ending with one period.
    expect(r.err.split("Aucune feuille ne contient de journal").length - 1).toBe(1);
    expect(r.err).not.toContain("..");
    expect((await gef("bilan", "--aide")).out).toContain("--par-reservataire");
  });
});
