/**
 * `npm run deploy`'s refusals: what a DSI may type wrong, each refused with a French message that
 * says what to type, exit code 2 and nothing written. The expected messages come from the rules
 * of docs/deploiement.md (HTTPS only, a server of the organisation, four-number version, namespace).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Options {
  aide: boolean;
  url: string;
  folder: string;
  identity: { version: string; espace: string; id?: string; nom?: string };
}
/* eslint-disable @typescript-eslint/no-require-imports */
const { readOptions, isLoopback } = require("../../scripts/deploy/options.cjs") as {
  readOptions: (
    argv: string[],
    context: { root: string; packageVersion: string; env?: Record<string, string> },
  ) => Options;
  isLoopback: (hostname: string) => boolean;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "deploy.mjs");
const context = { root: ROOT, packageVersion: "0.1.0", env: {} };
const read = (...argv: string[]): Options => readOptions(argv, context);

describe("npm run deploy : options acceptées", () => {
  it("ajoute le « / » final de l'adresse et écrit la version sur quatre nombres", () => {
    const options = read("--url", "https://complements.exemple.fr/gef", "--version", "1.2.3");
    expect(options.url).toBe("https://complements.exemple.fr/gef/");
    expect(options.identity.version).toBe("1.2.3.0");
    expect(options.identity.espace).toBe("GEF");
    expect(options.folder).toBe(path.join(ROOT, "deploy"));
  });

  it("prend la version de package.json quand --version manque (0.1.0 → 0.1.0.0)", () => {
    expect(read("--url", "https://complements.exemple.fr/gef/").identity.version).toBe("0.1.0.0");
    expect(read("--url", "https://a.exemple.fr/", "--version", "2.10.0.7").identity.version).toBe("2.10.0.7");
  });

  it("garde l'espace de noms, l'Id (en minuscules) et le nom tapés", () => {
    const options = read(
      "--url",
      "https://a.exemple.fr/",
      "--espace",
      "GEF_ESSAI2",
      "--id",
      "8C5B1E2A-3F4D-4E6A-9B7C-1D2E3F4A5B6C",
      "--nom",
      "GEF – essai",
    );
    expect(options.identity).toMatchObject({
      espace: "GEF_ESSAI2",
      id: "8c5b1e2a-3f4d-4e6a-9b7c-1d2e3f4a5b6c",
      nom: "GEF – essai",
    });
  });

  it("reconnaît les adresses de l'ordinateur local sous toutes leurs formes", () => {
    for (const host of [
      "localhost",
      "gef.localhost",
      "127.0.0.1",
      "127.1.2.3",
      "0.0.0.0",
      "[::1]",
      "[::ffff:7f00:1]",
    ]) {
      expect([host, isLoopback(host)]).toEqual([host, true]);
    }
    for (const host of ["complements.exemple.fr", "10.0.0.12", "localhost.exemple.fr", "[2001:db8::1]"]) {
      expect([host, isLoopback(host)]).toEqual([host, false]);
    }
  });
});

describe("npm run deploy : refus (message français, rien d'écrit)", () => {
  it.each<[string, string[], RegExp]>([
    ["sans --url", [], /Adresse manquante.*\n.*npm run deploy -- --url https:\/\//],
    [
      "une adresse http:",
      ["--url", "http://complements.exemple.fr/gef/"],
      /n'est pas chiffrée \(http:\).*Tapez https:\/\/complements\.exemple\.fr\/gef\//,
    ],
    ["localhost", ["--url", "https://localhost:3000/"], /désigne l'ordinateur de chaque utilisateur \(localhost\)/],
    ["127.0.0.1", ["--url", "https://127.0.0.1/gef/"], /désigne l'ordinateur de chaque utilisateur \(127\.0\.0\.1\)/],
    ["::1", ["--url", "https://[::1]:8443/"], /désigne l'ordinateur de chaque utilisateur \(\[::1\]\)/],
    [
      "une adresse illisible",
      ["--url", "complements.exemple.fr"],
      /n'est pas une adresse web : tapez une adresse complète/,
    ],
    ["une adresse avec « ? »", ["--url", "https://a.exemple.fr/gef/?v=2"], /ni identifiant, ni « \? », ni « # »/],
    [
      "une version à deux nombres",
      ["--url", "https://a.exemple.fr/", "--version", "1.2"],
      /--version doit être .* comme 1\.2\.0 .*« 1\.2 »/,
    ],
    [
      "une version à six chiffres",
      ["--url", "https://a.exemple.fr/", "--version", "1.0.0.123456"],
      /--version doit être/,
    ],
    [
      "un espace de noms en minuscules",
      ["--url", "https://a.exemple.fr/", "--espace", "gef-essai"],
      /--espace doit commencer.*tapez par exemple --espace GEFESSAI\./,
    ],
    ["un espace de noms de 33 lettres", ["--url", "https://a.exemple.fr/", "--espace", "G".repeat(33)], /32 au plus/],
    [
      "un Id qui n'est pas un GUID",
      ["--url", "https://a.exemple.fr/", "--id", "gef-06"],
      /--id doit être un identifiant GUID/,
    ],
    [
      "une option inconnue",
      ["--url", "https://a.exemple.fr/", "--adresse", "x"],
      /Option inconnue « --adresse »\.\nOptions possibles : --url/,
    ],
    [
      "une valeur sans option",
      ["--url", "https://a.exemple.fr/", "--nom", "GEF", "OPH"],
      /« OPH » n'est précédé d'aucune option/,
    ],
  ])("refuse %s", (_cas, argv, message) => {
    expect(() => read(...argv)).toThrow(message);
  });

  it("refuse d'écrire dans le projet lui-même ou dans un dossier qui n'est pas un déploiement de GEF", () => {
    expect(() => read("--url", "https://a.exemple.fr/", "--dossier", ROOT)).toThrow(/contient le projet lui-même/);
    expect(() => read("--url", "https://a.exemple.fr/", "--dossier", path.join(ROOT, "src"))).toThrow(
      /n'est pas un dossier de déploiement de GEF : il serait remplacé/,
    );
  });

  it("dit de taper « -- » quand npm a gardé --url pour lui", () => {
    expect(() => readOptions([], { ...context, env: { npm_config_url: "https://a.exemple.fr/" } })).toThrow(
      /tapez « -- » entre npm run deploy et les options/,
    );
  });

  it("le script sort avec le code 2, le message sur la sortie d'erreur, sans créer le dossier", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gef-refus-"));
    try {
      const folder = path.join(dir, "deploy");
      for (const argv of [[], ["--url", "http://complements.exemple.fr/gef/"], ["--url", "https://localhost/"]]) {
        const run = spawnSync(process.execPath, [SCRIPT, ...argv, "--dossier", folder], {
          encoding: "utf8",
          env: { PATH: process.env["PATH"] ?? "" },
        });
        expect([argv.join(" "), run.status]).toEqual([argv.join(" "), 2]);
        expect(run.stderr).toMatch(/Rien n'a été écrit\./);
        expect(run.stdout).toBe("");
      }
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
