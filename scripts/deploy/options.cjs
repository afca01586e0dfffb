/**
 * `npm run deploy` options: read and checked before anything is built or written. Every refusal is
 * a DeployRefusal (French message saying what to type instead), which the script turns into exit
 * code 2 with nothing written. See docs/deploiement.md.
 */
const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");
const { checkIdentity, checkVersion, DEFAULT_NAMESPACE } = require("../addin-identity.cjs");

const EXAMPLE = "npm run deploy -- --url https://complements.exemple.fr/gef/";
const OPTIONS = {
  url: { type: "string" },
  version: { type: "string" },
  id: { type: "string" },
  nom: { type: "string" },
  editeur: { type: "string" },
  espace: { type: "string" },
  dossier: { type: "string" },
  aide: { type: "boolean" },
};
/** Files every GEF deployment folder holds: the only folders `npm run deploy` agrees to replace. */
const DEPLOY_MARKERS = ["manifest.xml", "taskpane.html", "functions.json"];

class DeployRefusal extends Error {}

/** Names of the loopback: the user's own computer, never a server the whole organisation reaches. */
function isLoopback(hostname) {
  const host = hostname.toLowerCase();
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === "0.0.0.0" ||
    host === "[::1]" ||
    host === "[::]" ||
    /^\[::ffff:(7f[0-9a-f]{2}:|127\.)/.test(host)
  );
}

/** The address the files will be served from, ending with « / »; refuses http:, localhost and the like. */
function checkUrl(text) {
  if (text === undefined || text.trim() === "") {
    throw new DeployRefusal(
      `Adresse manquante : tapez l'adresse HTTPS d'où les fichiers de GEF seront servis, par exemple\n  ${EXAMPLE}`,
    );
  }
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    throw new DeployRefusal(
      `« ${text} » n'est pas une adresse web : tapez une adresse complète comme https://complements.exemple.fr/gef/`,
    );
  }
  if (url.protocol === "http:") {
    throw new DeployRefusal(
      `« ${text} » n'est pas chiffrée (http:) : Office n'ouvre un complément qu'en HTTPS. Tapez https://${url.host}${url.pathname}`,
    );
  }
  if (url.protocol !== "https:")
    throw new DeployRefusal(`« ${text} » doit commencer par https:// (adresse d'un serveur web).`);
  if (isLoopback(url.hostname)) {
    throw new DeployRefusal(
      `« ${text} » désigne l'ordinateur de chaque utilisateur (${url.hostname}), pas un serveur de l'organisation : ` +
        `tapez l'adresse du serveur qui hébergera GEF, par exemple https://complements.exemple.fr/gef/`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new DeployRefusal(
      `« ${text} » ne doit contenir ni identifiant, ni « ? », ni « # » : tapez l'adresse du dossier seule.`,
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The output folder: absent, empty or a former GEF deployment (it is replaced), never a folder of the project. */
function checkFolder(text, root) {
  const folder = path.resolve(text ?? path.join(root, "deploy"));
  const relative = path.relative(folder, root);
  if (relative === "" || !relative.startsWith("..")) {
    throw new DeployRefusal(
      `--dossier « ${text} » contient le projet lui-même : choisissez un dossier à part, par exemple deploy.`,
    );
  }
  if (fs.existsSync(folder)) {
    const entries = fs.readdirSync(folder);
    if (entries.length > 0 && !DEPLOY_MARKERS.every((name) => entries.includes(name))) {
      throw new DeployRefusal(
        `Le dossier ${folder} existe et n'est pas un dossier de déploiement de GEF : il serait remplacé. ` +
          `Choisissez un autre --dossier, ou videz-le vous-même.`,
      );
    }
  }
  return folder;
}

/** Options as parsed by node:util, in French when they do not parse. */
function parse(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const known = Object.keys(OPTIONS)
      .map((name) => `--${name}`)
      .join(", ");
    const code = error && typeof error === "object" && "code" in error ? error.code : "";
    const quoted = /'([^']*)'/.exec(String(error?.message ?? ""))?.[1]?.split(" ")[0] ?? "";
    const what =
      code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
        ? `L'option « ${quoted} » attend sa valeur juste après elle, par exemple --url https://complements.exemple.fr/gef/.`
        : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
          ? `« ${quoted} » n'est précédé d'aucune option : écrivez chaque valeur après son option, entre guillemets si elle a des espaces (--nom "GEF – OPH Sud").`
          : `Option inconnue « ${quoted} ».`;
    throw new DeployRefusal(`${what}\nOptions possibles : ${known}.`);
  }
}

/** Everything the deployment needs, checked; `packageVersion` is package.json's. */
function readOptions(argv, { root, packageVersion, env = process.env }) {
  const values = parse(argv);
  if (values.aide) return { aide: true };
  if (values.url === undefined && env.npm_config_url) {
    throw new DeployRefusal(
      `npm a pris --url pour lui : tapez « -- » entre npm run deploy et les options, ainsi :\n  ${EXAMPLE}`,
    );
  }
  const url = checkUrl(values.url);
  let identity;
  try {
    identity = checkIdentity(values);
    identity.version ??= checkVersion(packageVersion, "La version de package.json");
  } catch (error) {
    throw new DeployRefusal(error instanceof Error ? error.message : String(error));
  }
  identity.espace ??= DEFAULT_NAMESPACE;
  return { aide: false, url, identity, folder: checkFolder(values.dossier, root) };
}

const USAGE = `Construit le dossier à héberger pour déployer GEF (voir README, « Déploiement par la DSI »).

  ${EXAMPLE} [options]

  --url       adresse HTTPS du dossier où les fichiers seront servis (obligatoire)
  --version   version du manifeste, à augmenter à chaque mise à jour (défaut : celle de package.json, sur 4 nombres)
  --id        identifiant GUID propre à votre organisation, à garder pour toujours
  --nom       nom affiché dans Excel ; --editeur : nom de l'éditeur
  --espace    espace de noms des fonctions (défaut : GEF ; une copie de test : GEFTEST)
  --dossier   dossier écrit (défaut : deploy)`;

module.exports = { readOptions, checkUrl, checkFolder, isLoopback, DeployRefusal, USAGE, DEPLOY_MARKERS };
