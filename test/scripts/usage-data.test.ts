/**
 * Microsoft's office-addin-* tools never run with their usage data on: CI switches it off with the
 * package's documented command (`office-addin-usage-data off`) before the tests, and scripts and
 * tests reach the tools only through scripts/office-addin-tools.cjs, which runs that command first.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const HELPER = "scripts/office-addin-tools.cjs";

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? (e.name === "manifest-xsd" ? [] : filesUnder(`${dir}/${e.name}`)) : [`${dir}/${e.name}`],
    );
}

describe("outils office-addin-* : données d'usage coupées", () => {
  it("CI coupe les données d'usage avant de lancer les tests", () => {
    const ci = fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8");
    const off = ci.indexOf("office-addin-usage-data off");
    expect(off).toBeGreaterThan(ci.indexOf("npm ci"));
    expect(off).toBeLessThan(ci.indexOf("npm test"));
  });

  it("scripts et tests n'appellent un outil office-addin-* que par scripts/office-addin-tools.cjs", () => {
    const direct = [...filesUnder("scripts"), ...filesUnder("test")]
      .filter((rel) => rel !== HELPER && /\.(c?js|mjs|ts|tsx)$/.test(rel))
      .filter((rel) =>
        /office-addin-[a-z-]+\/cli\.js|resolve\(["']office-addin-/.test(fs.readFileSync(path.join(ROOT, rel), "utf8")),
      );
    expect(direct).toEqual([]);
    const helper = fs.readFileSync(path.join(ROOT, HELPER), "utf8");
    // The tool runs after the opt-out, in the one function that runs tools.
    const run = helper.slice(helper.indexOf("function runOfficeAddinTool"));
    expect(run.indexOf("usageDataOff()")).toBeGreaterThan(0);
    expect(run.indexOf("usageDataOff()")).toBeLessThan(run.indexOf("spawnSync"));
    expect(helper).toMatch(/\[cli, "off"\]/);
  });
});
