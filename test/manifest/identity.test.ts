/**
 * A deploying organisation's own add-in Id, display name and provider (ADDIN_ID, ADDIN_NOM,
 * ADDIN_EDITEUR beside ADDIN_URL): the manifest webpack writes, read back by Microsoft's own tool,
 * `office-addin-manifest info` (offline; `validate` needs Microsoft's web service).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Identity {
  id?: string;
  nom?: string;
  editeur?: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const identityModule = require("../../scripts/addin-identity.cjs") as {
  addinIdentity: (env: Record<string, string | undefined>) => Identity;
  rewriteManifest: (xml: string, devUrl: string, url: string, identity: Identity) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => unknown;

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_URL = "https://localhost:3000/";
const CLI = path.join(ROOT, "node_modules", "office-addin-manifest", "cli.js");

/** What `office-addin-manifest info` prints about a manifest: its « Clé: valeur » lines. */
function info(xml: string): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gef-manifest-"));
  try {
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, xml);
    const out = execFileSync(process.execPath, [CLI, "info", file], { encoding: "utf8" });
    const fields: Record<string, string> = {};
    for (const line of out.split("\n")) {
      const m = /^\s*([A-Za-z ]+):\s?(.*)$/.exec(line);
      if (m?.[1] !== undefined) fields[m[1].trim()] = (m[2] ?? "").trim();
    }
    return fields;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("Identité du complément déployé (ADDIN_ID, ADDIN_NOM, ADDIN_EDITEUR)", () => {
  it("office-addin-manifest info lit l'Id, le nom et l'éditeur choisis par l'organisation", () => {
    const identity = identityModule.addinIdentity({
      ADDIN_ID: "8C5B1E2A-3F4D-4E6A-9B7C-1D2E3F4A5B6C",
      ADDIN_NOM: "GEF – Habitat & Territoires <Sud>",
      ADDIN_EDITEUR: "Office public de l'habitat",
    });
    const xml = identityModule.rewriteManifest(SOURCE, DEV_URL, "https://complements.exemple.fr/gef/", identity);
    const read = info(xml);
    expect(read["Id"]).toBe("8c5b1e2a-3f4d-4e6a-9b7c-1d2e3f4a5b6c");
    expect(read["Name"]).toBe("GEF – Habitat & Territoires <Sud>");
    expect(read["Provider"]).toBe("Office public de l'habitat");
    expect(read["Source Location"]).toBe("https://complements.exemple.fr/gef/taskpane.html");
  });

  it("sans variable, garde l'identité du manifeste source", () => {
    const source = info(SOURCE);
    const read = info(identityModule.rewriteManifest(SOURCE, DEV_URL, DEV_URL, identityModule.addinIdentity({})));
    expect(read["Id"]).toBe(source["Id"]);
    expect(read["Name"]).toBe(source["Name"]);
    expect(read["Provider"]).toBe(source["Provider"]);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ["un Id qui n'est pas un GUID", { ADDIN_ID: "gef-06" }, /ADDIN_ID doit être un identifiant GUID.*« gef-06 »/],
    ["un nom vide", { ADDIN_NOM: "   " }, /ADDIN_NOM est vide : tapez le nom affiché/],
    ["un éditeur vide", { ADDIN_EDITEUR: "" }, /ADDIN_EDITEUR est vide/],
    ["un nom de 126 caractères", { ADDIN_NOM: "x".repeat(126) }, /ADDIN_NOM fait 126 caractères.*125 au plus/],
    ["un saut de ligne dans l'éditeur", { ADDIN_EDITEUR: "OPH\nSud" }, /caractère de contrôle/],
  ])("refuse %s avec un message français", (_cas, env, message) => {
    expect(() => identityModule.addinIdentity(env)).toThrow(message);
  });

  it("la configuration webpack refuse une identité invalide avant de compiler", () => {
    const saved = process.env["ADDIN_ID"];
    process.env["ADDIN_ID"] = "pas-un-guid";
    try {
      expect(() => webpackConfig({}, { mode: "production" })).toThrow(/ADDIN_ID doit être un identifiant GUID/);
    } finally {
      if (saved === undefined) delete process.env["ADDIN_ID"];
      else process.env["ADDIN_ID"] = saved;
    }
  });
});
