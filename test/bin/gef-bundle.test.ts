/**
 * `npx gef` runs a compiled bundle (build/gef.cjs, esbuild), built on demand by bin/gef.cjs: the
 * command a user types must work from the sources of this tree without tsx, and `gef --aide` must not
 * load exceljs (it costs more than the rest of gef: the start-up goal is in `npm run bench`).
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { tempDir, modeleRows, writeXlsx } from "../support/cli";
import { filledModele } from "../support/ddets-modele";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "gef.cjs");

describe("gef compilé (bin/gef.cjs → build/gef.cjs)", () => {
  it("gef --aide affiche l'aide française et sort avec le code 0", () => {
    const out = execFileSync(process.execPath, [BIN, "--aide"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(out).toMatch(/^gef — gestion en flux des droits de réservation/);
    expect(out).toMatch(/verifier <fichiers\.xlsx…>/);
  });

  it("n'exécute ni tsx ni exceljs pour afficher l'aide", () => {
    // Builds (or reuses) the bundle, runs --aide inside this process, then lists the modules loaded.
    const script = `
      const { ensureCli } = require(${JSON.stringify(path.join(ROOT, "scripts", "build-cli.cjs"))});
      ensureCli().then((bundle) => {
        const loadedBefore = new Set(Object.keys(require.cache));
        return require(bundle).main(["--aide"], { out() {}, err() {}, interactive: false, status() {} }).then((code) => {
          const loaded = Object.keys(require.cache).filter((k) => !loadedBefore.has(k));
          process.stdout.write(JSON.stringify({ code, bundle, loaded }));
        });
      });`;
    const r = JSON.parse(
      execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000 }),
    ) as {
      code: number;
      bundle: string;
      loaded: string[];
    };
    expect(r.code).toBe(0);
    expect(path.relative(ROOT, r.bundle)).toBe(path.join("build", "gef.cjs"));
    expect(r.loaded.filter((m) => /[\\/]node_modules[\\/](exceljs|tsx)[\\/]/.test(m))).toEqual([]);
    expect(r.loaded.some((m) => m.endsWith("gef.cjs"))).toBe(true);
  });

  it("lit un vrai classeur par le paquet compilé (exceljs chargé au premier usage)", async () => {
    const t = tempDir();
    try {
      const file = t.file("modele.xlsx");
      await writeXlsx(file, { "Calcul assiette": modeleRows(filledModele()) });
      const out = execFileSync(process.execPath, [BIN, "verifier", file, "--json"], { cwd: ROOT, encoding: "utf8" });
      const report = JSON.parse(out) as unknown;
      expect(JSON.stringify(report)).toContain("modele.xlsx");
    } finally {
      t.cleanup();
    }
  });

  it("gef verifier sur un fichier absent répond en français (code 2)", () => {
    let code = 0;
    let err = "";
    try {
      execFileSync(process.execPath, [BIN, "verifier", path.join(ROOT, "absent", "x.xlsx")], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (e) {
      const failure = e as { status: number; stderr: string };
      code = failure.status;
      err = failure.stderr;
    }
    expect(code).toBe(2);
    expect(err).toMatch(/introuvable/);
  });
});
