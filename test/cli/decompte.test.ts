import { writeFileSync } from "node:fs";
import { gef, readXlsx, tempDir, writeXlsx } from "../support/cli";

const JOURNAL = [
  ["Logement", "Réservataire", "Étape", "Date"],
  ["L1", "PREFECTURE", "mise à disposition", new Date(Date.UTC(2023, 11, 15))],
  ["L1", "ACTION LOGEMENT", "mise à disposition", new Date(Date.UTC(2024, 0, 10))],
  ["L1", "ACTION LOGEMENT", "attribution", new Date(Date.UTC(2024, 0, 20))],
  ["L1", "ACTION LOGEMENT", "bail signé", new Date(Date.UTC(2024, 1, 1))],
  ["L2", "VILLE DE NICE", "mise à disposition", "05/03/2024"],
  ["L2", "VILLE DE NICE", "attribution", "20/03/2024"],
];

describe("gef decompte", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("imprime le bilan de l'année et l'écrit en .xlsx", async () => {
    const file = t.file("journal.xlsx");
    const out = t.file("bilan.xlsx");
    await writeXlsx(file, { Notes: [["rien ici"]], Journal: JOURNAL });
    const r = await gef("decompte", file, "--debut", "2024-01-01", "--fin", "31/12/2024", "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("feuille « Journal », 6 événements");
    expect(r.out).toMatch(/ACTION LOGEMENT\s+1\s+0\s+1\s+1\s+0,0 %/);
    expect(r.out).toMatch(/Total\s+2\s+0\s+2\s+1\s+0,0 %/);
    expect(r.out).not.toContain("PREFECTURE");
    const rows = await readXlsx(out, "Bilan");
    expect(rows[0]).toEqual([
      "Réservataire",
      "Mises à disposition",
      "Propositions",
      "Attributions",
      "Baux signés",
      "Taux de chute",
    ]);
    expect(rows.slice(1)).toEqual([
      ["ACTION LOGEMENT", 1, 0, 1, 1, 0],
      ["VILLE DE NICE", 1, 0, 1, 0, 0],
      ["Total", 2, 0, 2, 1, 0],
    ]);
  });

  it("compte la réinjection de décembre dans l'année de la dernière offre (sortie JSON)", async () => {
    const file = t.file("journal2.xlsx");
    await writeXlsx(file, { Journal: JOURNAL });
    const r = await gef("decompte", file, "--debut", "2023-01-01", "--fin", "2023-12-31", "--json");
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { lignes: { reservataire: string; misesADisposition: number }[] };
    expect(parsed.lignes).toEqual([expect.objectContaining({ reservataire: "Total", misesADisposition: 0 })]);
  });

  it.each([
    [["decompte"], /Indiquez un seul fichier journal/],
    [
      ["decompte", "a.xlsx", "--debut", "demain"],
      /--debut : « demain » n'est pas une date\. Tapez une date comme 31\/12\/2024 ou 2024-12-31/,
    ],
    [["decompte", "a.xlsx", "--fin", "20245"], /--fin : « 20245 » n'est pas une date/],
    [["decompte", "a.xlsx", "--inconnue"], /Option inconnue : --inconnue/],
    [["decompte", "a.xlsx", "--debut"], /L'option --debut attend une valeur/],
    [["decompte", "a.xlsx", "--debut", "2024-12-31", "--fin", "2024-01-01"], /après sa fin/],
    [["commande"], /Commande inconnue : « commande »/],
  ])("refuse %p avec le code 2", async (args, message) => {
    const r = await gef(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("dit qu'un fichier n'est pas un .xlsx, qu'il est protégé, ou qu'il n'a pas de journal", async () => {
    const texte = t.file("texte.xlsx");
    writeFileSync(texte, "pas un classeur");
    expect(await gef("decompte", texte)).toMatchObject({
      code: 2,
      err: expect.stringContaining("n'est pas un classeur .xlsx"),
    });
    const ole = t.file("protege.xlsx");
    writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await gef("decompte", ole)).toMatchObject({
      code: 2,
      err: expect.stringContaining("protégé par un mot de passe"),
    });
    const vide = t.file("vide.xlsx");
    await writeXlsx(vide, {
      Feuil1: [
        ["a", "b"],
        [1, 2],
      ],
    });
    const r = await gef("decompte", vide);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Aucune feuille");
    expect(r.err).toContain("colonne « logement »");
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("affiche l'aide de la commande", async () => {
    const r = await gef("decompte", "--aide");
    expect(r.code).toBe(0);
    expect(r.out).toContain("--debut <date>");
  });
});
