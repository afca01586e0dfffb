/**
 * A deploying organisation's own add-in Id, display name and provider (`npm run deploy -- --id …
 * --nom … --editeur …`): the manifest the deployment writes, read back by Microsoft's own tool,
 * `office-addin-manifest info` (offline, usage data off; `validate` needs Microsoft's web service).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Identity {
  id?: string;
  nom?: string;
  editeur?: string;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const identityModule = require("../../scripts/addin-identity.cjs") as {
  checkIdentity: (options: Record<string, string | undefined>) => Identity;
  rewriteManifest: (xml: string, devUrl: string, url: string, identity: Identity) => string;
};
const webpackConfig = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => unknown;
const { runOfficeAddinTool } = require("../../scripts/office-addin-tools.cjs") as {
  runOfficeAddinTool: (tool: string, args: string[], options: object) => { stdout: string; status: number | null };
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_URL = "https://localhost:3000/";

/** What `office-addin-manifest info` prints about a manifest: its « Clé: valeur » lines. */
function info(xml: string): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gef-manifest-"));
  try {
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, xml);
    const run = runOfficeAddinTool("office-addin-manifest", ["info", file], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const out = run.stdout;
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

describe("Identité du complément déployé (--id, --nom, --editeur)", () => {
  it("office-addin-manifest info lit l'Id, le nom et l'éditeur choisis par l'organisation", () => {
    const identity = identityModule.checkIdentity({
      id: "8C5B1E2A-3F4D-4E6A-9B7C-1D2E3F4A5B6C",
      nom: "GEF – Habitat & Territoires <Sud>",
      editeur: "Office public de l'habitat",
    });
    const xml = identityModule.rewriteManifest(SOURCE, DEV_URL, "https://complements.exemple.fr/gef/", identity);
    const read = info(xml);
    expect(read["Id"]).toBe("8c5b1e2a-3f4d-4e6a-9b7c-1d2e3f4a5b6c");
    expect(read["Name"]).toBe("GEF – Habitat & Territoires <Sud>");
    expect(read["Provider"]).toBe("Office public de l'habitat");
    expect(read["Source Location"]).toBe("https://complements.exemple.fr/gef/taskpane.html");
  });

  it("sans option, garde l'identité du manifeste source", () => {
    const source = info(SOURCE);
    const read = info(identityModule.rewriteManifest(SOURCE, DEV_URL, DEV_URL, identityModule.checkIdentity({})));
    expect(read["Id"]).toBe(source["Id"]);
    expect(read["Name"]).toBe(source["Name"]);
    expect(read["Provider"]).toBe(source["Provider"]);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ["un Id qui n'est pas un GUID", { id: "gef-06" }, /--id doit être un identifiant GUID.*« gef-06 »/],
    ["un nom vide", { nom: "   " }, /--nom est vide : tapez le nom affiché/],
    ["un éditeur vide", { editeur: "" }, /--editeur est vide/],
    ["un nom de 126 caractères", { nom: "x".repeat(126) }, /--nom fait 126 caractères.*125 au plus/],
    ["un saut de ligne dans l'éditeur", { editeur: "OPH\nSud" }, /caractère de contrôle/],
  ])("refuse %s avec un message français", (_cas, options, message) => {
    expect(() => identityModule.checkIdentity(options)).toThrow(message);
  });

  it("« npm run build » refuse les variables de l'ancien déploiement (ADDIN_URL…) et renvoie vers npm run deploy", () => {
    const saved = process.env["ADDIN_URL"];
    process.env["ADDIN_URL"] = "https://complements.exemple.fr/gef/";
    try {
      expect(() => webpackConfig({}, { mode: "production" })).toThrow(
        /ADDIN_URL n'est plus lu.*npm run deploy -- --url/,
      );
    } finally {
      if (saved === undefined) delete process.env["ADDIN_URL"];
      else process.env["ADDIN_URL"] = saved;
    }
  });
});
