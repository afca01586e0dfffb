/** Issue 25, point 6: what `gef` writes is never lost, never written over an input, and its file names hold. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { sameFile } from "../../src/cli/files";
import { cutName, nomFichier, uniqueNames } from "../../src/cli/file-names";
import { XlsxError } from "../../src/xlsx/errors";
import { writeAtomically, writeError } from "../../src/xlsx/node-files";
import { gef, readXlsx, tempDir, writeXlsx } from "../support/cli";
import { JOURNAL_SUIVI, OBJECTIFS_SUIVI } from "../support/suivi-exemple";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const journalOf = (...noms: string[]): unknown[][] => [
  ["Logement", "Réservataire", "Étape", "Date"],
  ...noms.map((nom, i) => [`L${i + 1}`, nom, "mise à disposition", "01/02/2024"]),
];
const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

describe("gef : aucune sortie écrite sur un fichier lu", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("refuse « bilan --objectifs X -o X » sans toucher au classeur des objectifs, même par un lien", async () => {
    const journal = t.file("journal.xlsx");
    const objectifs = t.file("objectifs.xlsx");
    await writeXlsx(journal, { Journal: JOURNAL_SUIVI });
    await writeXlsx(objectifs, { Objectifs: OBJECTIFS_SUIVI });
    symlinkSync(objectifs, t.file("lien.xlsx"));
    const before = readFileSync(objectifs);
    for (const out of [objectifs, t.file("lien.xlsx")]) {
      const r = await gef("bilan", journal, "--objectifs", objectifs, "-o", out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`-o désigne le fichier lu (${out}, donné à --objectifs)`);
    }
    const parRes = await gef(
      "bilan",
      journal,
      "--objectifs",
      t.file("lien.xlsx"),
      "--par-reservataire",
      "-o",
      objectifs,
    );
    expect(parRes.code).toBe(0);
    expect(readFileSync(objectifs)).toEqual(before);
  });

  it("vérifie chaque classeur par réservataire avant d'écrire le premier : aucun n'est écrit si l'un serait le journal", async () => {
    const dir = t.file("envois");
    mkdirSync(dir);
    const journal = path.join(dir, "Bilan 2024 - PREFECTURE.xlsx");
    await writeXlsx(journal, { Journal: JOURNAL_SUIVI });
    const before = readFileSync(journal);
    const r = await gef("bilan", journal, "--par-reservataire", "-o", `${dir}/`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`-o désigne le fichier lu (${journal})`);
    expect(readdirSync(dir)).toEqual(["Bilan 2024 - PREFECTURE.xlsx"]);
    expect(readFileSync(journal)).toEqual(before);
  });

  it("compare les chemins sans la casse sous Windows et macOS, même pour un fichier pas encore écrit", () => {
    const platform = Object.getOwnPropertyDescriptor(process, "platform");
    try {
      for (const [os, same] of [
        ["darwin", true],
        ["win32", true],
        ["linux", false],
      ] as const) {
        Object.defineProperty(process, "platform", { value: os });
        jest.isolateModules(() => {
          const files = jest.requireActual<{ sameFile: typeof sameFile }>("../../src/cli/files");
          expect(files.sameFile(t.file("Absent/Bilan.XLSX"), t.file("absent/bilan.xlsx"))).toBe(same);
        });
      }
    } finally {
      if (platform) Object.defineProperty(process, "platform", platform);
    }
  });

  it('refuse « -o "" » au lieu d\'écrire « - A.xlsx » dans le dossier courant', async () => {
    const journal = t.file("vide.xlsx");
    await writeXlsx(journal, { Journal: JOURNAL_SUIVI });
    const before = readdirSync(process.cwd());
    for (const args of [
      ["bilan", journal, "--par-reservataire", "-o", ""],
      ["bilan", journal, "-o", ""],
      ["decompte", journal, "-o", ""],
    ]) {
      const r = await gef(...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain("L'option -o a reçu un nom vide. Tapez le fichier à écrire, par exemple");
    }
    expect(readdirSync(process.cwd())).toEqual(before);
  });
});

describe("gef : fichiers par réservataire", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("numérote « (2) » le second de deux noms dont les 80 premiers caractères sont les mêmes, et le dit", async () => {
    const journal = t.file("longs.xlsx");
    const debut = "OFFICE PUBLIC DE L'HABITAT ".repeat(3).slice(0, 80);
    await writeXlsx(journal, { Journal: journalOf(`${debut} NORD`, `${debut} SUD`) });
    const dir = t.file("longs");
    const r = await gef("bilan", journal, "--par-reservataire", "-o", `${dir}/`);
    expect(r.code).toBe(0);
    const stem = `Bilan 2024 - ${debut.trimEnd()}`;
    expect(readdirSync(dir).sort()).toEqual([`${stem} (2).xlsx`, `${stem}.xlsx`]);
    expect(r.out).toContain("2 classeurs écrits, un par réservataire");
    expect(r.out).toContain(`${stem} (2).xlsx  (${debut} SUD)`);
    expect(r.out).toContain("Un nom de fichier a reçu un numéro, comme « (2) »");
    const sud = await readXlsx(path.join(dir, `${stem} (2).xlsx`), "Bilan 2024");
    expect(sud.flat()).toContain(`${debut} SUD`);
  });

  it("écrit le fichier d'un nom de 300 caractères chinois, coupé à 255 octets sur des caractères entiers", async () => {
    const journal = t.file("cjk.xlsx");
    await writeXlsx(journal, { Journal: journalOf("漢".repeat(300), "PREFECTURE") });
    const dir = t.file("cjk");
    const r = await gef("bilan", journal, "--par-reservataire", "-o", `${dir}/`);
    expect(r.err).not.toContain("erreur inattendue");
    expect(r.code).toBe(0);
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(2);
    const cjk = names.find((n) => n.includes("漢")) ?? "";
    // « Bilan 2024 - » (13 bytes) + 3 bytes a character + « .xlsx » within 255 bytes, « (999) » kept free.
    expect(bytes(cjk)).toBeLessThanOrEqual(255);
    expect(cjk).toMatch(/^Bilan 2024 - (漢)+\.xlsx$/);
    expect(bytes(cjk)).toBeGreaterThan(255 - bytes(" (999)") - 3);
  });

  it("fait d'un nom vide après nettoyage et de « sans nom » deux fichiers, comme de deux noms qui ne diffèrent que par la casse", () => {
    expect(nomFichier("...")).toBe("sans nom");
    expect(
      uniqueNames(["B - sans nom", "B - sans nom", "B - ÉTAT", "B - état", "B - sans nom (2)"]).map((u) => u.name),
    ).toEqual(["B - sans nom", "B - sans nom (3)", "B - ÉTAT", "B - état (2)", "B - sans nom (2)"]);
  });

  it("coupe un nom sur des caractères entiers : jamais la moitié d'un émoji, ni d'une famille jointe par U+200D", () => {
    const famille = "👩‍👩‍👧‍👦";
    const cut = cutName(famille.repeat(20), 100);
    expect(cut).toBe(famille.repeat(Math.floor(100 / bytes(famille))));
    expect(cutName(`a${"😀".repeat(10)}`, 6)).toBe("a😀");
    expect(nomFichier(`A\ud800B/C`)).toBe("AB-C");
  });
});

describe("gef : sorties écrites en entier, même quand la sortie standard se ferme", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  /** Runs the real command with its standard output closed at once (« | true »); its own exit code. */
  const piped = (args: string[]): number => {
    const gefBin = path.join(ROOT, "bin/gef.cjs");
    const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const code = execFileSync("bash", ["-c", `set -o pipefail; node '${gefBin}' ${quoted} | true; echo $?`], {
      encoding: "utf8",
    });
    return Number(code.trim());
  };

  it.each([
    ["decompte", (j: string, out: string) => ["decompte", j, "-o", `${out}.xlsx`], (out: string) => [`${out}.xlsx`]],
    ["bilan -o", (j: string, out: string) => ["bilan", j, "-o", `${out}.xlsx`], (out: string) => [`${out}.xlsx`]],
    [
      "bilan --par-reservataire",
      (j: string, out: string) => ["bilan", j, "--par-reservataire", "-o", `${out}/`],
      (out: string) => [`${out}/Bilan 2024 - PREFECTURE.xlsx`, `${out}/Bilan 2024 - ACTION LOGEMENT.xlsx`],
    ],
  ])("%s | true : le classeur est écrit et le code de sortie est 0", async (name, args, files) => {
    const journal = t.file(`${name.replace(/\W/g, "")}.xlsx`);
    await writeXlsx(journal, { Journal: JOURNAL_SUIVI });
    const out = t.file(`sortie-${name.replace(/\W/g, "")}`);
    expect(piped(args(journal, out))).toBe(0);
    for (const f of files(out)) expect(existsSync(f)).toBe(true);
  });
});

describe("gef : une écriture impossible dit le chemin et la cause", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("nomme le dossier absent, avant de lire le journal", async () => {
    const out = path.join(t.dir, "absent", "bilan.xlsx");
    const r = await gef("bilan", t.file("journal-absent.xlsx"), "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `gef : Impossible d'écrire ${out} : le dossier ${path.dirname(out)} n'existe pas. Créez-le ou choisissez un autre dossier, puis relancez.`,
    );
  });

  it("nomme le chemin sous « -o …/sub/ » qui ne peut devenir un dossier, au lieu d'une « erreur inattendue », sans rien créer", async () => {
    const journal = t.file("journal.xlsx");
    await writeXlsx(journal, { Journal: JOURNAL_SUIVI });
    const r = await gef("bilan", journal, "--par-reservataire", "-o", `${journal}/sub/`);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `gef : Impossible d'écrire ${journal}/sub/ : le dossier ${journal} n'est pas accessible en écriture (c'est un fichier, pas un dossier). Choisissez un dossier où vous pouvez écrire, ou demandez ce droit.`,
    );
    const absent = await gef("bilan", t.file("absent.xlsx"), "--par-reservataire", "-o", `${t.dir}/neuf/sub/`);
    expect(absent.err).toContain("Fichier introuvable");
    expect(existsSync(t.file("neuf"))).toBe(false);
  });

  it("refuse deux sorties sur le même fichier (« -o r.xlsx --html r.xlsx »)", async () => {
    const r = await gef("repartitions", t.file("parc.xlsx"), "-o", t.file("r.xlsx"), "--html", t.file("r.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `gef : -o et --html désignent le même fichier (${t.file("r.xlsx")}) : GEF écrirait l'un par-dessus l'autre. Choisissez deux noms différents.`,
    );
  });

  it("nomme un dossier en lecture seule, et ne parle d'Excel que pour un fichier existant occupé", async () => {
    const code = (c: string): Error => Object.assign(new Error(`${c}: boom`), { code: c });
    const dir = t.file("lecture-seule");
    mkdirSync(dir);
    const neuf = path.join(dir, "neuf.xlsx");
    const refus = writeError(code("EACCES"), neuf);
    expect(refus.message).toBe(
      `Impossible d'écrire ${neuf} : le dossier ${dir} n'est pas accessible en écriture (accès refusé : vérifiez les droits sur le dossier). Choisissez un dossier où vous pouvez écrire, ou demandez ce droit.`,
    );
    expect(writeError(code("EROFS"), neuf).message).toContain(
      "n'est pas accessible en écriture (le disque est en lecture seule)",
    );
    await writeAtomically(neuf, (tmp) => Promise.resolve(writeFileSync(tmp, "")));
    expect(writeError(code("EBUSY"), neuf).message).toBe(
      `Impossible de remplacer ${neuf} (fichier occupé par un autre programme) : le fichier est-il ouvert dans Excel ? Fermez-le, puis relancez.`,
    );
    const plein = writeError(code("ENOSPC"), neuf);
    expect(plein).toBeInstanceOf(XlsxError);
    expect(plein.message).not.toContain("Excel");
    // A folder made read-only after the check: the temporary file cannot be created.
    const attempt = writeAtomically(path.join(dir, "autre.xlsx"), () => Promise.reject(code("EACCES")));
    await expect(attempt).rejects.toThrow(`le dossier ${dir} n'est pas accessible en écriture`);
  });
});
