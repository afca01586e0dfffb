#!/usr/bin/env node
// Entry of `npx gef`: runs the compiled bundle build/gef.cjs, built by `npm run build` or here on
// demand (esbuild, under a second) when it is missing or older than its sources.
const { ensureCli } = require("../scripts/build-cli.cjs");

ensureCli().then(
  (bundle) =>
    require(bundle)
      .main(process.argv.slice(2))
      .then((code) => {
        process.exitCode = code;
      }),
  (error) => {
    process.stderr.write(
      `gef : compilation de la commande impossible (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).\n` +
        "Installez d'abord les dépendances du projet : npm ci\n",
    );
    process.exitCode = 2;
  },
);
