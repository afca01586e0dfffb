#!/usr/bin/env node
// Entry of `npx gef`: runs the TypeScript sources through tsx (installed with the project).
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
