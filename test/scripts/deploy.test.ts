/**
 * `npm run deploy`'s folder, from one production build shared by the whole file (about a minute):
 * assembled twice, as a DSI would for a test copy (made-up accented address, --version 2.3.4, --espace
 * GEFTEST, its own Id) and for production (another address, package.json's version, namespace GEF).
 * Each folder is read back here on its own terms (not through the script's own checks): manifest
 * valid against the XSDs, the version asked, no « localhost » in any file, bundles named by content
 * hash, every file the manifest names present, nothing of the developers' build.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Identity {
  version: string;
  espace: string;
  id?: string;
}
interface DeployOptions {
  url: string;
  identity: Identity;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const { buildBundles } = require("../../scripts/deploy/build.cjs") as { buildBundles: (out: string) => Promise<void> };
const { assemble, checkFolderContent } = require("../../scripts/deploy/assemble.cjs") as {
  assemble: (built: string, out: string, options: DeployOptions) => void;
  checkFolderContent: (out: string, url: string) => string[];
};
const { validateManifest } = require("../../scripts/deploy/xsd.cjs") as {
  validateManifest: (file: string) => { status: string; output?: string };
};
const { checkUrl } = require("../../scripts/deploy/options.cjs") as { checkUrl: (text: string) => string };
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "..", "..");
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string })
  .version;
const ESSAI: DeployOptions = {
  // An accented domain: its address holds « xn-- », which must not end up in an XML comment.
  url: checkUrl("https://essai.habitat-équité.fr/outils/gef"),
  identity: { version: "2.3.4.0", espace: "GEFTEST", id: "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b" },
};
const PRODUCTION: DeployOptions = {
  url: "https://complements.exemple.fr/gef/",
  identity: { version: `${PACKAGE_VERSION}.0`, espace: "GEF" },
};

let dir = "";
const folderOf = (options: DeployOptions): string => path.join(dir, options === ESSAI ? "essai" : "production");
const read = (options: DeployOptions, rel: string): string =>
  fs.readFileSync(path.join(folderOf(options), ...rel.split("/")), "utf8");

function filesUnder(base: string, prefix = ""): string[] {
  return fs
    .readdirSync(path.join(base, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(base, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** The resource `id`'s DefaultValue in a manifest. */
function resource(xml: string, id: string): string {
  const m = new RegExp(`<bt:(?:String|Url|Image) id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"`).exec(xml);
  if (!m?.[1]) throw new Error(`ressource ${id} introuvable`);
  return m[1];
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gef-deploy-test-"));
  const built = path.join(dir, "build");
  await buildBundles(built);
  for (const options of [ESSAI, PRODUCTION]) assemble(built, folderOf(options), options);
}, 600_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ["copie d'essai (--espace GEFTEST, --version 2.3.4)", ESSAI],
  ["production (espace GEF, version de package.json)", PRODUCTION],
])("dossier de déploiement : %s", (_name, options) => {
  it("a un manifeste valide selon les schémas XSD du manifeste Office (hors ligne)", () => {
    const result = validateManifest(path.join(folderOf(options), "manifest.xml"));
    expect(result).toEqual({ status: "valide" });
  });

  it("porte la version demandée, sur quatre nombres", () => {
    expect(/<Version>([^<]*)<\/Version>/.exec(read(options, "manifest.xml"))?.[1]).toBe(options.identity.version);
  });

  it("ne contient « localhost » dans aucun fichier, ni carte de source, ni bac à sable, ni office.js local", () => {
    const files = filesUnder(folderOf(options));
    const withLocalhost = files.filter((rel) =>
      fs
        .readFileSync(path.join(folderOf(options), rel))
        .toString("latin1")
        .toLowerCase()
        .includes("localhost"),
    );
    expect(withLocalhost).toEqual([]);
    expect(files.filter((rel) => /\.map$|bac-a-sable|office-js/.test(rel))).toEqual([]);
    expect(read(options, "taskpane.html")).toContain("src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("nomme ses scripts par leur contenu (js/nom.<8 hexadécimaux>.js), sauf functions.js que le manifeste nomme", () => {
    const scripts = filesUnder(folderOf(options)).filter((rel) => rel.endsWith(".js"));
    expect(scripts).toContain("functions.js");
    const others = scripts.filter((rel) => rel !== "functions.js");
    expect(others.length).toBeGreaterThanOrEqual(5);
    expect(others.filter((rel) => !/^js\/[\w-]+\.[0-9a-f]{8}\.js$/.test(rel))).toEqual([]);
    // The page loads the pane's hashed bundle, which is there.
    const pane = /src=(js\/taskpane\.[0-9a-f]{8}\.js)/.exec(read(options, "taskpane.html"))?.[1];
    expect(pane !== undefined && others.includes(pane)).toBe(true);
  });

  it("contient chaque fichier que le manifeste nomme, sous l'adresse donnée, et le script le trouve aussi", () => {
    const xml = read(options, "manifest.xml");
    const addresses = [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(addresses.length).toBeGreaterThanOrEqual(10);
    expect(addresses.filter((a) => !a.startsWith(options.url))).toEqual([]);
    const missing = addresses
      .map((a) => a.slice(options.url.length).split("#")[0] ?? "")
      .filter((rel) => !fs.existsSync(path.join(folderOf(options), rel)));
    expect(missing).toEqual([]);
    expect(checkFolderContent(folderOf(options), options.url)).toEqual([]);
  });

  it(`publie les fonctions sous l'espace de noms ${options.identity.espace} : manifeste, functions.json, aide et volet`, () => {
    const espace = options.identity.espace;
    const xml = read(options, "manifest.xml");
    expect(resource(xml, "Functions.Namespace")).toBe(espace);
    expect(resource(xml, "GetStarted.Description")).toContain(`Tapez =${espace}. dans une cellule`);
    // functions.json holds the names without namespace (Excel adds the manifest's), with help links to this copy.
    const metadata = JSON.parse(read(options, "functions.json")) as {
      functions: { id: string; name: string; helpUrl: string }[];
    };
    expect(metadata.functions.map((f) => f.name)).toEqual([
      "ASSIETTE",
      "TAUX_ROTATION",
      "FLUX_RESERVATAIRE",
      "DECOMPTE",
      "TAUX_CHUTE",
      "PROCHAIN_RESERVATAIRE",
    ]);
    expect(metadata.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.name));
    expect(metadata.functions.filter((f) => !f.helpUrl.startsWith(`${options.url}help.html#`))).toEqual([]);
    const help = read(options, "help.html");
    expect(help).toContain(`<code>=${espace}.ASSIETTE(5600;150;100;17)</code>`);
    expect(help).toContain(`Tapez <code>=${espace}.</code> dans une cellule`);
    if (espace !== "GEF") expect(help).not.toMatch(/\bGEF\.[A-Z]/);
    expect(read(options, "taskpane.html")).toContain(`<meta name="gef-espace" content="${espace}">`);
  });
});

describe("deux copies côte à côte", () => {
  it("ont les mêmes scripts, octet pour octet : l'adresse et l'espace de noms ne sont pas dans les scripts", () => {
    const scripts = (options: DeployOptions): string[] =>
      filesUnder(folderOf(options)).filter((rel) => rel.endsWith(".js"));
    expect(scripts(ESSAI)).toEqual(scripts(PRODUCTION));
    for (const rel of scripts(ESSAI)) expect([rel, read(ESSAI, rel) === read(PRODUCTION, rel)]).toEqual([rel, true]);
  });

  it("ont deux Id, deux espaces de noms et chacune son adresse", () => {
    const essai = read(ESSAI, "manifest.xml");
    const production = read(PRODUCTION, "manifest.xml");
    expect(/<Id>([^<]*)<\/Id>/.exec(essai)?.[1]).toBe("0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b");
    expect(/<Id>([^<]*)<\/Id>/.exec(production)?.[1]).toBe("33e6037d-f9e8-4b7e-b0fb-35aba9646b76");
    expect(resource(essai, "Taskpane.Url")).toBe("https://essai.xn--habitat-quit-iebe.fr/outils/gef/taskpane.html");
    expect(resource(production, "Taskpane.Url")).toBe("https://complements.exemple.fr/gef/taskpane.html");
  });
});
