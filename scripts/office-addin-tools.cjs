/**
 * Microsoft's office-addin-* command-line tools (office-addin-manifest here), always run with their
 * usage data off. They depend on office-addin-usage-data, whose documented opt-out is the command
 * `office-addin-usage-data off` (its README; Microsoft's notice: https://aka.ms/OfficeAddInCLIPrivacy).
 * The version installed today (2.1) no longer sends anything, but an older or newer one could: the
 * opt-out is run before every tool, by this module in scripts and tests, and by .ci/run in CI.
 */
const { spawnSync } = require("node:child_process");

let usageDataIsOff = false;

/** `office-addin-usage-data off`, once per process; throws if the opt-out cannot run. */
function usageDataOff() {
  if (usageDataIsOff) return;
  const cli = require.resolve("office-addin-usage-data/cli.js");
  const run = spawnSync(process.execPath, [cli, "off"], { encoding: "utf8" });
  if (run.error || run.status !== 0) {
    throw new Error(
      `Impossible de couper les données d'usage des outils Office (office-addin-usage-data off) : ${run.error?.message ?? run.stderr}`,
    );
  }
  usageDataIsOff = true;
}

/** Runs `tool` (an npm package with a cli.js, e.g. "office-addin-manifest") with `args`, usage data off. */
function runOfficeAddinTool(tool, args, options = {}) {
  usageDataOff();
  return spawnSync(process.execPath, [require.resolve(`${tool}/cli.js`), ...args], options);
}

module.exports = { runOfficeAddinTool, usageDataOff };
