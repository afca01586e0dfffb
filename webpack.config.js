/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Build of the add-in: one page (taskpane.html) hosting the shared runtime, i.e. the task pane and
 * the custom functions; functions.json generated from the JSDoc; the help page, icons and manifest.
 *
 * `npm run build` (dist/) is the developers' build: addresses on https://localhost:3000/, the sandbox
 * page, source maps. A deployment is built by `npm run deploy` (scripts/deploy.mjs), which calls this
 * configuration with env.gefDeploy = { outputPath }: no sandbox, no source maps, bundles named by
 * content hash under js/ (functions.js keeps its name: the manifest names it), and no address in
 * anything built here (scripts/deploy/assemble.cjs writes the manifest and rewrites the addresses).
 *
 * The commune → EPCI table (src/domain/epci/data.generated.ts) is split into its own chunk: the pane
 * replaces src/domain/epci/data-source.ts by data-source.lazy.ts, which loads it with import() when
 * src/excel first needs it (see loadDecoupage), so that it is not in the script before first paint.
 */
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
const CERTS = path.resolve(__dirname, ".certs");
const DATA_SOURCE = path.resolve(__dirname, "src/domain/epci/data-source");

/** The variables of the former deployment build: refused, so that no one deploys a localhost manifest. */
function refuseFormerVariables() {
  const set = ["ADDIN_URL", "ADDIN_ID", "ADDIN_NOM", "ADDIN_EDITEUR"].filter((name) => process.env[name]);
  if (set.length > 0) {
    throw new Error(
      `${set.join(", ")} n'est plus lu : « npm run build » construit la version de développement (localhost). ` +
        `Pour un déploiement, tapez : npm run deploy -- --url https://complements.exemple.fr/gef/ (voir README, « Déploiement par la DSI »).`,
    );
  }
}

/** Output names: stable for a developer; for a deployment, by content hash under js/ except functions.js. */
function outputFor(deploy) {
  if (!deploy) return { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true };
  return {
    path: deploy.outputPath,
    filename: (pathData) => (pathData.chunk?.name === "functions" ? "functions.js" : "js/[name].[contenthash:8].js"),
    chunkFilename: "js/[name].[contenthash:8].js",
    clean: true,
  };
}

module.exports = (env, argv) => {
  const deploy = env?.gefDeploy;
  const production = deploy !== undefined || argv.mode === "production";
  if (!deploy) refuseFormerVariables();
  // The sandbox: the real pane against the simulated workbook, on its own page (never loaded by
  // taskpane.html); never in a deployment.
  const sandbox = !deploy;
  const https = fs.existsSync(path.join(CERTS, "localhost.crt"))
    ? {
        type: "https",
        options: {
          key: fs.readFileSync(path.join(CERTS, "localhost.key")),
          cert: fs.readFileSync(path.join(CERTS, "localhost.crt")),
          ca: fs.readFileSync(path.join(CERTS, "ca.crt")),
        },
      }
    : "https";
  return {
    mode: production ? "production" : "development",
    devtool: deploy ? false : production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
      ...(sandbox ? { "bac-a-sable": "./sandbox/index.tsx" } : {}),
    },
    output: outputFor(deploy),
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The commune → EPCI table in a chunk of its own, loaded on demand (src/domain/epci/data-source.lazy.ts).
      // Every import of it is replaced, whatever its relative path ("./data-source", "./epci/data-source").
      new webpack.NormalModuleReplacementPlugin(/data-source$/, (resource) => {
        if (path.resolve(resource.context, resource.request) === DATA_SOURCE) resource.request = `${DATA_SOURCE}.lazy`;
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        officeJs: production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL,
      }),
      ...(sandbox
        ? [
            new HtmlWebpackPlugin({
              filename: "bac-a-sable.html",
              template: "./sandbox/bac-a-sable.html",
              chunks: ["bac-a-sable"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          // The developers' manifest as it is (localhost); a deployment's is written by scripts/deploy/assemble.cjs.
          ...(deploy ? [] : [{ from: "manifest.xml", to: "manifest.xml" }]),
        ],
      }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: 3000,
      server: https,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [
        { directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" },
      ],
      // The pane is opened as https://localhost:3000 (the manifest's address) while the server listens
      // on 127.0.0.1: both names are accepted, and live reload connects back to localhost, so that
      // its Origin (localhost) and Host agree (« Invalid Host/Origin header » otherwise).
      allowedHosts: ["localhost", "127.0.0.1"],
      client: { overlay: false, webSocketURL: "wss://localhost:3000/ws" },
    },
  };
};
