// `npm start`: builds and serves the add-in on https://localhost:3000 (webpack dev server), with a
// locally generated certificate, and prints how to load it in Excel.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCertificates } from "./certs.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { created, ca } = await ensureCertificates();
const base = "https://localhost:3000/";

console.log(`
GEF – serveur de développement
  Manifeste : ${base}manifest.xml   (fichier : ${path.join(root, "manifest.xml")})
  Volet     : ${base}taskpane.html
  Aide      : ${base}help.html
  Bac à sable (sans Excel, classeur simulé) : ${base}bac-a-sable.html

Certificat : ${created ? "créé" : "réutilisé"} ; autorité locale ${ca}
  Faites-la approuver une fois par votre navigateur ou votre système (sinon ouvrez ${base}taskpane.html
  et acceptez l'avertissement), car Office n'accepte que le HTTPS de confiance.

Charger GEF dans Excel sur le web :
  1. ouvrez un classeur sur https://excel.cloud.microsoft (ou office.com) ;
  2. Accueil > Compléments > Plus de compléments > Mes compléments > Charger mon complément ;
  3. choisissez le fichier manifest.xml ci-dessus.
Excel pour Windows ou Mac : dans un terminal, \`npx office-addin-usage-data off\` (coupe une fois pour toutes
  les données d'usage des outils de Microsoft), puis \`npx office-addin-debugging start manifest.xml\`.
Arrêt : Ctrl+C.
`);

const child = spawn(
  process.execPath,
  [path.join(root, "node_modules/webpack/bin/webpack.js"), "serve", "--mode", "development"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 0));
