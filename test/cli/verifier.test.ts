import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diagnoseModele } from "../../src/domain";
import { epciForModele } from "../../src/jobs";
import { gef, gefTerminal, tempDir, modeleRows, writeXlsx } from "../support/cli";
import {
  EPCI_VAR,
  FIGURES_06_LIST,
  buildModele,
  filledModele,
  insertBlankRows,
  receivedModele,
  relabel,
  removeLine,
  withCell,
  type ModeleGrids,
} from "../support/ddets-modele";

interface FichierJson {
  fichier: string;
  lu: boolean;
  feuille?: string;
  bailleur?: string;
  verdict?: string;
  erreurs?: number;
  avertissements?: number;
  code?: string;
  message?: string;
  remarque?: string;
  diagnostics?: { gravite: string; code: string; cellule: string; message: string }[];
}

const asPane = (
  t: ModeleGrids,
  parts: Parameters<typeof diagnoseModele>[2] = {},
): { gravite: string; code: string; cellule: string; message: string }[] =>
  diagnoseModele(t.values, t.formulas, parts).map((d) => ({
    gravite: d.severity,
    code: d.code,
    cellule: d.cell,
    message: d.message,
  }));

const fautif = (): ModeleGrids => withCell(withCell(filledModele(), "B14", 999), "C31", 5);

describe("gef verifier", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("déclare conforme un modèle propre, avec le nom du bailleur, et sort avec le code 0", async () => {
    const file = t.file("propre.xlsx");
    await writeXlsx(file, { "Calcul assiette": modeleRows(filledModele()) });
    const r = await gef("verifier", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${file} — feuille « Calcul assiette » (Azur Habitat Social) : conforme`);
    expect(r.out).toContain("1 conforme(s), 0 avec erreur(s)");
  });

  it.each([
    ["un modèle fautif", fautif()],
    ["le modèle tel que reçu", receivedModele()],
    [
      "un modèle aux lignes décalées et reformulées",
      relabel(insertBlankRows(filledModele(), [5, 14, 30]), "PLI", "Logements PLI"),
    ],
    [
      "un modèle sans sa ligne patrimoine",
      removeLine(filledModele(), "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022"),
    ],
  ])("donne pour %s les constats du volet, codes et messages compris (--json)", async (_, modele) => {
    const file = t.file("modele.xlsx");
    await writeXlsx(file, { Feuil1: modeleRows(modele) });
    const r = await gef("verifier", file, "--json");
    const [fichier] = (JSON.parse(r.out) as { fichiers: FichierJson[] }).fichiers;
    expect(fichier?.diagnostics).toEqual(asPane(modele));
  });

  it("liste les problèmes d'un modèle fautif, cellule par cellule, et sort avec le code 1", async () => {
    const file = t.file("fautif.xlsx");
    await writeXlsx(file, { Feuil1: modeleRows(fautif()) });
    const r = await gef("verifier", file);
    expect(r.code).toBe(1);
    expect(r.out).toContain("(Azur Habitat Social) : 3 erreur(s), 1 avertissement(s)");
    const lines = r.out.split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}erreur +B14 +B14 \(total des logements exclus, CAPG\) : le total vaut 999 .*\[TOTAL_INCORRECT\]$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}erreur +C31 +C31 \(taux de rotation, CAPL\) : le taux vaut 5, soit 500\s%.*\[TAUX_EN_POINTS\]$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}avertissement +B14 .*\[SAISIE_MANUELLE\]$/));
  });

  it("n'échoue pas sur des avertissements seuls, et montre les informations avec --infos", async () => {
    const file = t.file("recu.xlsx");
    await writeXlsx(file, { Feuil1: modeleRows(receivedModele()) });
    const r = await gef("verifier", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("(recu) : 0 erreur(s), 10 avertissement(s)");
    expect(r.out).not.toContain("MODELE_VIERGE");
    expect((await gef("verifier", file, "--infos")).out).toContain("[MODELE_VIERGE]");
  });

  it("applique les parts de l'État choisies, comme le volet", async () => {
    // The State rows at 20 % of the yearly flux: under the 25 % ceiling by default, right at 20 %.
    const at20 = (modele: ModeleGrids): ModeleGrids => {
      let out = modele;
      ["B", "C", "D", "E", "F"].forEach((col, i) => {
        const f = FIGURES_06_LIST[i];
        if (f === undefined) return;
        const assiette =
          f.patrimoine - f.exclus.reduce((a, b) => a + b, 0) - f.soustraits.reduce((a, b) => a + b, 0) + f.nouvelles;
        out = withCell(out, `${col}32`, Math.floor(assiette * f.taux * 0.2), `=ROUNDDOWN(${col}30*${col}31*0.2,0)`);
      });
      return out;
    };
    const modele = at20(filledModele());
    const file = t.file("parts.xlsx");
    await writeXlsx(file, { Feuil1: modeleRows(modele) });
    const parDefaut = JSON.parse((await gef("verifier", file, "--json")).out) as { fichiers: FichierJson[] };
    expect(parDefaut.fichiers[0]?.diagnostics).toEqual(asPane(modele));
    const a20 = await gef("verifier", file, "--json", "--part-prioritaires", "20 %");
    expect((JSON.parse(a20.out) as { fichiers: FichierJson[] }).fichiers[0]?.diagnostics).toEqual(
      asPane(modele, { partPrioritaires: 0.2 }),
    );
    expect(a20.code).toBe(0);
    // « 1 » is 1 %, as in the pane (readPartEtat), never 100 %.
    const a1 = await gef("verifier", file, "--json", "--part-prioritaires", "1");
    expect((JSON.parse(a1.out) as { fichiers: FichierJson[] }).fichiers[0]?.diagnostics).toEqual(
      asPane(modele, { partPrioritaires: 0.01 }),
    );
    // Above the ceiling with --convention: accepted and used.
    const a30 = await gef("verifier", file, "--json", "--part-prioritaires", "30", "--convention");
    expect((JSON.parse(a30.out) as { fichiers: FichierJson[] }).fichiers[0]?.diagnostics).toEqual(
      asPane(modele, { partPrioritaires: 0.3 }),
    );
  });

  it("lit les formules partagées d'Excel (recopiées vers la droite) comme des formules", async () => {
    const modele = filledModele();
    const rows = modeleRows(modele);
    // Row 14 (exclus) as Excel saves a formula filled right: one master, four copies.
    const row = rows[13] ?? [];
    row[1] = { formula: "SUM(B16:B21)", shareType: "shared", ref: "B14:F14", result: modele.values[13]?.[1] };
    for (let c = 2; c <= 5; c++) row[c] = { sharedFormula: "B14", result: modele.values[13]?.[c] };
    const file = t.file("partagees.xlsx");
    await writeXlsx(file, { Feuil1: rows });
    const r = await gef("verifier", file);
    expect(r.out).toContain(": conforme");
    expect(r.code).toBe(0);
  });

  it("cherche le modèle sur la feuille active, puis sur les autres", async () => {
    const file = t.file("deuxieme-feuille.xlsx");
    await writeXlsx(file, { Consignes: [["À remplir avant le 31 mars"]], "Calcul assiette": modeleRows(fautif()) });
    const r = await gef("verifier", file, "--json");
    const [fichier] = (JSON.parse(r.out) as { fichiers: FichierJson[] }).fichiers;
    expect(fichier).toMatchObject({
      feuille: "Calcul assiette",
      verdict: "3 erreur(s), 1 avertissement(s)",
      erreurs: 3,
      avertissements: 1,
    });
  });

  it("prend un motif que le shell n'a pas développé, ou un dossier, et ignore les fichiers verrous d'Excel", async () => {
    const dir = path.join(t.dir, "dossier");
    mkdirSync(dir);
    await writeXlsx(path.join(dir, "b.xlsx"), { Feuil1: modeleRows(filledModele()) });
    await writeXlsx(path.join(dir, "a.xlsx"), { Feuil1: modeleRows(fautif()) });
    writeFileSync(path.join(dir, "~$a.xlsx"), "verrou");
    writeFileSync(path.join(dir, "notes.txt"), "rien");
    for (const arg of [path.join(dir, "*.xlsx"), dir]) {
      const r = await gef("verifier", arg, "--json");
      expect((JSON.parse(r.out) as { fichiers: FichierJson[] }).fichiers.map((f) => path.basename(f.fichier))).toEqual([
        "a.xlsx",
        "b.xlsx",
      ]);
      expect(r.code).toBe(1);
    }
    expect(await gef("verifier", path.join(dir, "*.xls"))).toMatchObject({
      code: 2,
      err: expect.stringContaining("Aucun classeur .xlsx ne correspond"),
    });
  });

  it("signale chaque fichier inutilisable en clair et vérifie les autres (code 1)", async () => {
    const propre = t.file("ok.xlsx");
    await writeXlsx(propre, { Feuil1: modeleRows(filledModele()) });
    const texte = t.file("texte.xlsx");
    writeFileSync(texte, "pas un classeur");
    const ole = t.file("protege.xlsx");
    writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const sansModele = t.file("sans-modele.xlsx");
    await writeXlsx(sansModele, { Feuil1: [["Liste des logements"], ["rien d'autre"]], Feuil2: [["vide"]] });
    const r = await gef("verifier", propre, texte, ole, sansModele, t.file("absent.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${propre} — feuille « Feuil1 » (Azur Habitat Social) : conforme`);
    expect(r.out).toContain(`${texte} : inutilisable — ${texte} n'est pas un classeur .xlsx`);
    expect(r.out).toContain(`${ole} : inutilisable — ${ole} est protégé par un mot de passe ou au format .xls`);
    expect(r.out).toContain(
      `Aucune feuille de ${sansModele} ne contient le modèle DDETS « Calcul de l'assiette » (feuilles lues : « Feuil1 », « Feuil2 »)`,
    );
    expect(r.out).toContain(`Fichier introuvable ou illisible : ${t.file("absent.xlsx")}`);
    expect(r.out).toContain("1 conforme(s), 0 avec erreur(s), 0 avec avertissement(s) seulement, 4 inutilisable(s)");
    expect(r.out + r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("dit qu'un classeur tronqué est endommagé, qu'il soit lu en entier ou en flux", async () => {
    const propre = t.file("a-tronquer.xlsx");
    await writeXlsx(propre, { Feuil1: modeleRows(filledModele()) });
    const tronque = t.file("tronque.xlsx");
    writeFileSync(tronque, readFileSync(propre).subarray(0, 3000));
    for (const flux of [[], ["--flux"]]) {
      const r = await gef("verifier", tronque, ...flux);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        `gef : ${tronque} est endommagé ou illisible : le fichier est peut-être incomplet (copie interrompue)`,
      );
      expect(r.err).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it("sort avec le code 2 quand aucun fichier n'a pu être lu", async () => {
    const texte = t.file("seul.xlsx");
    writeFileSync(texte, "pas un classeur");
    const r = await gef("verifier", texte);
    expect(r.code).toBe(2);
    expect(r.err).toContain("n'est pas un classeur .xlsx");
    const json = await gef("verifier", texte, "--json");
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual({
      fichiers: [
        { fichier: texte, lu: false, code: "PAS_UN_XLSX", message: expect.stringContaining("n'est pas un classeur") },
      ],
    });
  });

  it("vérifie un modèle d'un autre département avec les EPCI de son en-tête, comme le volet, et le dit", async () => {
    const file = t.file("var.xlsx");
    const modele = buildModele({
      figures: FIGURES_06_LIST.slice(0, 4),
      headers: EPCI_VAR.map((e) => e.sigle ?? ""),
      departement: "VAR",
      identite: true,
      computed: "formules",
    });
    await writeXlsx(file, { Feuil1: modeleRows(modele) });
    const r = await gef("verifier", file);
    expect(r.out).toContain(
      "→ Ce classeur semble être le modèle d'un autre département : la ligne d'en-tête nomme MTPM (Métropole Toulon-Provence-Méditerranée, département 83), " +
        "CAPV, DPVA, SSB ; la ligne du département indique « VAR ». Il est vérifié avec les EPCI que son en-tête désigne : MTPM.",
    );
    expect(r.out).toContain("C12 : l'en-tête « CAPV » n'est pas un EPCI attendu (MTPM)");
    expect(r.code).toBe(0);
    const [fichier] = (JSON.parse((await gef("verifier", file, "--json")).out) as { fichiers: FichierJson[] }).fichiers;
    expect(fichier?.remarque).toContain("autre département");
    expect(fichier?.diagnostics).toEqual(asPane(modele, { epci: epciForModele(modele.values) }));
  });

  it("dit qu'aucune colonne EPCI n'est reconnue quand l'en-tête n'en nomme aucune", async () => {
    const file = t.file("zones.xlsx");
    const modele = buildModele({
      figures: FIGURES_06_LIST.slice(0, 2),
      headers: ["ZONE NORD", "ZONE SUD"],
      identite: true,
      computed: "formules",
    });
    await writeXlsx(file, { Feuil1: modeleRows(modele) });
    const r = await gef("verifier", file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "la ligne d'en-tête nomme ZONE NORD, ZONE SUD. Aucun de ses en-têtes ne désigne un EPCI connu.",
    );
    expect(r.out).toContain("aucune colonne EPCI n'a été trouvée sur la ligne « Calcul de l'assiette »");
  });

  it("dessine une barre de progression sur un terminal quand les fichiers sont nombreux", async () => {
    const files = ["p1.xlsx", "p2.xlsx", "p3.xlsx"].map((f) => t.file(f));
    for (const f of files) await writeXlsx(f, { Feuil1: modeleRows(filledModele()) });
    const r = await gefTerminal("verifier", ...files);
    expect(r.status).toContain("[########................] 1/3");
    expect(r.status).toContain("[########################] 3/3");
    expect(r.status.endsWith("\n")).toBe(true);
    expect((await gef("verifier", ...files)).code).toBe(0);
  });

  it.each([
    [["verifier"], /Indiquez les classeurs .xlsx à vérifier/],
    [["verifier", "a.xlsx", "--inconnue"], /Option inconnue : --inconnue/],
    [
      ["verifier", "a.xlsx", "--part-prioritaires", "beaucoup"],
      /--part-prioritaires : « beaucoup » n'est pas un pourcentage\. Tapez un pourcentage de 0 à 100 %/,
    ],
    [
      ["verifier", "a.xlsx", "--part-fonctionnaires", "120"],
      /--part-fonctionnaires : « 120 » est hors des bornes \(de 0 à 100 %\)/,
    ],
    [
      ["verifier", "a.xlsx", "--part-prioritaires", "150 %"],
      /--part-prioritaires : « 150 % » est hors des bornes \(de 0 à 100 %\)/,
    ],
    // CCH R.441-5-2: 25 % and 5 % at most, unless a signed convention sets more (--convention).
    [
      ["verifier", "a.xlsx", "--part-prioritaires", "30"],
      /30\s%\sdépasse le plafond légal de 25\s%.*ajoutez --convention/,
    ],
    [["verifier", "a.xlsx", "--part-fonctionnaires", "6 %"], /6\s%\sdépasse le plafond légal de 5\s%/],
  ])("refuse %p avec le code 2", async (args, message) => {
    const r = await gef(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
