/**
 * The deployment's webpack build (webpack.config.js with env.gefDeploy): the pane, the functions and
 * their metadata, the help page and the icons, into `outputPath`, with no address other than the
 * development one in the files that name the add-in's address (scripts/deploy/assemble.cjs rewrites it).
 */
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..", "..");

/** Builds into `outputPath`; resolves once written and closed, rejects with webpack's errors. */
function buildBundles(outputPath) {
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = makeConfig({ gefDeploy: { outputPath } }, { mode: "production" });
  config.context = ROOT;
  const compiler = webpack(config);
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error) {
          reject(error);
        } else if (stats?.hasErrors()) {
          reject(
            new Error(`La compilation a échoué :\n${stats.toString({ all: false, errors: true, colors: false })}`),
          );
        } else {
          resolve();
        }
      });
    });
  });
}

module.exports = { buildBundles };
