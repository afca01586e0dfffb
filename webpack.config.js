/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Build of the add-in: one page (taskpane.html) hosting the shared runtime, i.e. the task pane and
 * the custom functions; functions.json generated from the JSDoc; the help page, icons and manifest.
 *
 * ADDIN_URL (production): the HTTPS address the add-in is served from, ending with "/". It replaces
 * https://localhost:3000/ in manifest.xml and functions.json. Default: https://localhost:3000/.
 * ADDIN_ID, ADDIN_NOM, ADDIN_EDITEUR: the deploying organisation's add-in Id (GUID), display name
 * and provider, written into dist/manifest.xml (scripts/addin-identity.cjs checks them).
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
const { addinIdentity, rewriteManifest } = require("./scripts/addin-identity.cjs");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
const CERTS = path.resolve(__dirname, ".certs");
const DATA_SOURCE = path.resolve(__dirname, "src/domain/epci/data-source");

/** The production address, checked: HTTPS and a trailing slash. */
function addinUrl() {
  const url = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\/[^\s]+\/$/.test(url)) {
    throw new Error(`ADDIN_URL doit être une adresse https se terminant par « / » (reçu : ${url})`);
  }
  return url;
}

/** The manifest rewritten for the production address and the deploying organisation's identity. */
const manifestFor = (url, identity) => (content) => Buffer.from(rewriteManifest(content.toString(), DEV_URL, url, identity));

/** Rewrites the help links of functions.json (generated from the JSDoc, which names the dev address). */
class RebaseFunctionsJsonPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RebaseFunctionsJson", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RebaseFunctionsJson", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const text = asset.source.source().toString().split(DEV_URL).join(this.url);
          compilation.updateAsset("functions.json", new webpack.sources.RawSource(text));
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const url = production ? addinUrl() : DEV_URL;
  const identity = addinIdentity();
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
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The sandbox: the real pane against the simulated workbook, on its own page (never loaded by
      // taskpane.html). GEF_SANS_BAC_A_SABLE=1 leaves it out of a deployment build.
      ...(process.env.GEF_SANS_BAC_A_SABLE === "1" ? {} : { "bac-a-sable": "./sandbox/index.tsx" }),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
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
      new RebaseFunctionsJsonPlugin(url),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        officeJs: production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL,
      }),
      ...(process.env.GEF_SANS_BAC_A_SABLE === "1"
        ? []
        : [new HtmlWebpackPlugin({ filename: "bac-a-sable.html", template: "./sandbox/bac-a-sable.html", chunks: ["bac-a-sable"] })]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestFor(url, identity) },
        ],
      }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: 3000,
      server: https,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" }],
      // The pane is opened as https://localhost:3000 (the manifest's address) while the server listens
      // on 127.0.0.1: both names are accepted, and live reload connects back to localhost, so that
      // its Origin (localhost) and Host agree (« Invalid Host/Origin header » otherwise).
      allowedHosts: ["localhost", "127.0.0.1"],
      client: { overlay: false, webSocketURL: "wss://localhost:3000/ws" },
    },
  };
};
