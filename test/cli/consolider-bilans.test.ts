/**
 * `gef consolider --bilans`: the bilans two bailleurs send to ACTION LOGEMENT, written by `gef bilan
 * --par-reservataire`, gathered as counted by hand from their journals; two periods flagged, never added;
 * a file that is not a bilan refused with its name.
 */
import { gef, readXlsx, tempDir, writeXlsx } from "../support/cli";
import { readEntry } from "../../src/xlsx";
import { readZipFile } from "../../src/xlsx/node";

jest.setTimeout(120_000);

const HEAD = ["Logement", "Réservataire", "Étape", "Date", "Commune"];

/** ERILIA, for ACTION LOGEMENT: CASA (Antibes) 2 mises à disposition, 1 proposition, 1 attribution, 1 bail; MNCA (Nice) 1 and 1 attribution. */
const ERILIA = [
  HEAD,
  ["L1", "ACTION LOGEMENT", "mise à disposition", "10/01/2024", "Antibes"],
  ["L1", "ACTION LOGEMENT", "attribution", "20/02/2024", "Antibes"],
  ["L1", "ACTION LOGEMENT", "bail signé", "01/03/2024", "Antibes"],
  ["L2", "ACTION LOGEMENT", "mise à disposition", "05/03/2024", "Antibes"],
  ["L2", "ACTION LOGEMENT", "proposition", "10/03/2024", "Antibes"],
  ["L3", "ACTION LOGEMENT", "mise à disposition", "05/04/2024", "Nice"],
  ["L3", "ACTION LOGEMENT", "attribution", "05/05/2024", "Nice"],
  // Another réservataire's dwelling: absent from ACTION LOGEMENT's file.
  ["L4", "PREFECTURE", "mise à disposition", "06/04/2024", "Antibes"],
];
const ERILIA_OBJECTIFS = [
  ["EPCI", "Réservataire", "Objectif"],
  ["CASA", "ACTION LOGEMENT", 20],
  ["MNCA", "ACTION LOGEMENT", 10],
  ["CASA", "PREFECTURE", 5],
];

/** CDC HABITAT, for ACTION LOGEMENT: CASA 3 mises à disposition, 1 attribution. */
const CDC = [
  HEAD,
  ["M1", "ACTION LOGEMENT", "mise à disposition", "02/02/2024", "Antibes"],
  ["M2", "ACTION LOGEMENT", "mise à disposition", "03/03/2024", "Antibes"],
  ["M3", "ACTION LOGEMENT", "mise à disposition", "04/04/2024", "Antibes"],
  ["M1", "ACTION LOGEMENT", "attribution", "01/05/2024", "Antibes"],
];
const CDC_OBJECTIFS = [
  ["EPCI", "Réservataire", "Objectif"],
  ["CASA", "ACTION LOGEMENT", 10],
];

describe("gef consolider --bilans", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  /** The bilan a bailleur sends ACTION LOGEMENT for `periode` of 2024. */
  async function bilan(
    bailleur: string,
    journal: unknown[][],
    objectifs: unknown[][],
    periode: string,
    prefix: string,
  ): Promise<string> {
    const file = t.file(`${prefix}-journal.xlsx`);
    await writeXlsx(file, { Journal: journal, Objectifs: objectifs });
    const r = await gef(
      "bilan",
      file,
      "--periode",
      periode,
      "--annee",
      "2024",
      "--bailleur",
      bailleur,
      "--par-reservataire",
      "-o",
      t.file(`${prefix}.xlsx`),
    );
    expect(r.code).toBe(0);
    return t.file(`${prefix} - ACTION LOGEMENT.xlsx`);
  }

  it("additionne les bilans S1 2024 de deux bailleurs comme on les compte à la main", async () => {
    const a = await bilan("ERILIA", ERILIA, ERILIA_OBJECTIFS, "S1", "erilia");
    const b = await bilan("CDC HABITAT", CDC, CDC_OBJECTIFS, "S1", "cdc");
    const out = t.file("conso.xlsx");
    const r = await gef("consolider", "--bilans", a, b, "-o", out, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { lignes: Record<string, unknown>[]; totaux: Record<string, unknown> };
    const strip = (l: Record<string, unknown>): unknown => ({
      bailleur: l.bailleur,
      epci: l.epci,
      objectif: l.objectif,
      misesADisposition: l.misesADisposition,
      propositions: l.propositions,
      attributions: l.attributions,
      baux: l.baux,
    });
    expect(json.lignes.map(strip)).toEqual([
      {
        bailleur: "CDC HABITAT",
        epci: "CASA",
        objectif: 10,
        misesADisposition: 3,
        propositions: 0,
        attributions: 1,
        baux: 0,
      },
      {
        bailleur: "ERILIA",
        epci: "CASA",
        objectif: 20,
        misesADisposition: 2,
        propositions: 1,
        attributions: 1,
        baux: 1,
      },
      {
        bailleur: "ERILIA",
        epci: "MNCA",
        objectif: 10,
        misesADisposition: 1,
        propositions: 0,
        attributions: 1,
        baux: 0,
      },
    ]);
    expect(json.lignes.every((l) => l.reservataire === "ACTION LOGEMENT")).toBe(true);
    expect(json.totaux).toEqual({ objectif: 40, misesADisposition: 6, propositions: 1, attributions: 3, baux: 1 });

    const rows = await readXlsx(out, "Bilans reçus");
    const total = (label: string): unknown[] | undefined => rows.find((row) => row?.[0] === label);
    // CASA: 5 mises à disposition for 30 → 16,7 %; of them 2 attributed → chute 3 ÷ 5 = 60 %.
    expect(total("Total CASA")?.slice(3, 8)).toEqual([30, 5, 1, 2, 1]);
    expect(total("Total CASA")?.[8]).toBeCloseTo(5 / 30, 10);
    expect(total("Total CASA")?.[10]).toBeCloseTo(0.6, 10);
    // All: 6 for 40 = 15 %; écart 6 − 40 × 182 ÷ 366 = −13,9; chute 3 ÷ 6 = 50 %.
    expect(total("Total")?.slice(3, 8)).toEqual([40, 6, 1, 3, 1]);
    expect(total("Total")?.[8]).toBeCloseTo(0.15, 10);
    expect(total("Total")?.[9]).toBe(-13.9);
    expect(total("Total")?.[10]).toBeCloseTo(0.5, 10);
    // Each bailleur's atteinte (all EPCI), drawn as a native chart: ERILIA 3 ÷ 30, CDC HABITAT 3 ÷ 10.
    const atteinte = (nom: string): unknown => rows.filter((row) => row?.[0] === nom && row.length === 2)[0]?.[1];
    expect(atteinte("ERILIA")).toBeCloseTo(0.1, 10);
    expect(atteinte("CDC HABITAT")).toBeCloseTo(0.3, 10);
    const chart = (await readEntry(await readZipFile(out), "xl/charts/chart1.xml"))?.toString("utf8") ?? "";
    expect(chart).toContain("Atteinte de l'objectif par bailleur – S1 2024");
  });

  it("signale un bilan du S1 et un bilan de l'année, sans les additionner (code 1)", async () => {
    const a = await bilan("ERILIA", ERILIA, ERILIA_OBJECTIFS, "S1", "erilia-s1");
    const b = await bilan("CDC HABITAT", CDC, CDC_OBJECTIFS, "annee", "cdc-annee");
    const r = await gef("consolider", "--bilans", a, b, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as {
      totaux: unknown;
      periodes: { periode: string; totaux: Record<string, unknown> }[];
      constats: { code: string; message: string }[];
    };
    expect(json.totaux).toBeNull();
    expect(json.periodes.map((p) => [p.periode, p.totaux.misesADisposition])).toEqual([
      ["S1 2024", 3],
      ["année 2024", 3],
    ]);
    const flag = json.constats.find((c) => c.code === "PERIODES_DIFFERENTES");
    expect(flag?.message).toContain(
      "ne couvrent pas la même période (S1 2024 : erilia-s1 - ACTION LOGEMENT.xlsx ; année 2024 : cdc-annee - ACTION LOGEMENT.xlsx)",
    );
    expect(flag?.message).toContain("jamais additionnés");
  });

  it("refuse un fichier qui n'est pas un bilan, en le nommant, et consolide les autres", async () => {
    const a = await bilan("ERILIA", ERILIA, ERILIA_OBJECTIFS, "S1", "erilia-seul");
    const autre = t.file("journal de mars.xlsx");
    await writeXlsx(autre, { Journal: CDC });
    const r = await gef("consolider", "--bilans", a, autre);
    expect(r.code).toBe(1);
    expect(r.out).toContain("« journal de mars.xlsx » n'est pas un bilan du flux écrit par GEF");
    expect(r.out).toMatch(/Total\s+30\s+3\s+1\s+2\s+1/);
    const seul = await gef("consolider", "--bilans", autre);
    expect(seul.code).toBe(2);
    expect(seul.err).toContain("« journal de mars.xlsx » n'est pas un bilan du flux écrit par GEF");
  });
});
