/**
 * Identity of a deployed add-in: what `npm run deploy` (scripts/deploy.mjs) writes into the deployed
 * manifest beside the address.
 *
 * - --id: the organisation's own add-in Id (a GUID: Microsoft 365 identifies add-ins by it, two
 *   copies of GEF side by side need two Ids, and one copy keeps its Id for life);
 * - --nom: the display name users see in Excel, --editeur: the provider (125 characters at most);
 * - --version: the manifest's <Version>, four numbers (the admin centre only takes a higher one);
 * - --espace: the custom functions' namespace (GEF by default).
 * Unset, the manifest's own values stay. Values are checked (French messages) and XML-escaped.
 * @see https://learn.microsoft.com/office/dev/add-ins/reference/manifest/id
 * @see https://learn.microsoft.com/javascript/api/manifest/namespace
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longest DisplayName and ProviderName the manifest schema accepts. */
const TEXTE_MAX = 125;
/** The manifest schema's version: 1 to 4 numbers of 1 to 5 digits; GEF writes four. */
const VERSION = /^\d{1,5}(\.\d{1,5}){2,3}$/;
/** A namespace: a capital letter, then capitals, digits or « _ » (Excel's function names), 32 at most. */
const NAMESPACE = /^[A-Z][A-Z0-9_]{0,31}$/;
const DEFAULT_NAMESPACE = "GEF";

/** The version written with four numbers (« 1.2.0 » → « 1.2.0.0 »); throws a French message otherwise. */
function checkVersion(text, where = "--version") {
  const value = String(text).trim();
  if (!VERSION.test(value)) {
    throw new Error(
      `${where} doit être un numéro de version à trois ou quatre nombres, comme 1.2.0 ou 1.2.0.3 (reçu : « ${text} »).`,
    );
  }
  const parts = value.split(".").map((p) => String(Number(p)));
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

/** The namespace as typed, checked; throws a French message saying what to type. */
function checkNamespace(text) {
  const value = String(text).trim();
  if (NAMESPACE.test(value)) return value;
  const suggestion = value
    .toUpperCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Z0-9_]/g, "")
    .replace(/^[^A-Z]+/, "")
    .slice(0, 32);
  throw new Error(
    `--espace doit commencer par une lettre majuscule, suivie de majuscules, de chiffres ou de « _ », 32 au plus (reçu : « ${text} »)` +
      (suggestion ? ` ; tapez par exemple --espace ${suggestion}.` : "."),
  );
}

/** Checks --id, --nom and --editeur; throws an Error with a French message. */
function checkIdentity(options) {
  const identity = {};
  const id = options.id;
  if (id !== undefined) {
    if (!GUID.test(String(id).trim())) {
      throw new Error(
        `--id doit être un identifiant GUID comme 8c5b1e2a-3f4d-4e6a-9b7c-1d2e3f4a5b6c (reçu : « ${id} ») ; ` +
          `créez-en un avec : node -e "console.log(crypto.randomUUID())"`,
      );
    }
    identity.id = String(id).trim().toLowerCase();
  }
  for (const [key, quoi] of [
    ["nom", "le nom affiché du complément"],
    ["editeur", "le nom de l'éditeur"],
  ]) {
    const value = options[key];
    if (value === undefined) continue;
    const text = String(value).trim();
    if (text === "")
      throw new Error(`--${key} est vide : tapez ${quoi}, ou retirez l'option pour garder celui du manifeste.`);
    if (text.length > TEXTE_MAX) {
      throw new Error(`--${key} fait ${text.length} caractères : ${quoi} en compte ${TEXTE_MAX} au plus.`);
    }
    if (/[\u0000-\u001f\u007f]/.test(text)) {
      throw new Error(`--${key} contient un caractère de contrôle : tapez ${quoi} en texte simple.`);
    }
    identity[key] = text;
  }
  if (options.version !== undefined) identity.version = checkVersion(options.version);
  if (options.espace !== undefined) identity.espace = checkNamespace(options.espace);
  return identity;
}

const escapeXml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** Replaces one element of the manifest, failing loudly if the manifest no longer has it. */
function replaceOnce(xml, pattern, replacement, what) {
  if (!pattern.test(xml)) throw new Error(`manifest.xml : élément ${what} introuvable, identité non appliquée.`);
  return xml.replace(pattern, replacement);
}

/** The manifest's text with the development address replaced by `url` and the identity applied. */
function rewriteManifest(xml, devUrl, url, identity) {
  let out = xml.split(devUrl).join(url);
  if (identity.id !== undefined) out = replaceOnce(out, /<Id>[^<]*<\/Id>/, `<Id>${identity.id}</Id>`, "<Id>");
  if (identity.version !== undefined)
    out = replaceOnce(out, /<Version>[^<]*<\/Version>/, `<Version>${identity.version}</Version>`, "<Version>");
  if (identity.editeur !== undefined) {
    out = replaceOnce(
      out,
      /<ProviderName>[^<]*<\/ProviderName>/,
      `<ProviderName>${escapeXml(identity.editeur)}</ProviderName>`,
      "<ProviderName>",
    );
  }
  if (identity.nom !== undefined) {
    out = replaceOnce(
      out,
      /<DisplayName DefaultValue="[^"]*"\s*\/>/,
      `<DisplayName DefaultValue="${escapeXml(identity.nom)}"/>`,
      "<DisplayName>",
    );
  }
  if (identity.espace !== undefined) out = rewriteNamespace(out, identity.espace);
  return out;
}

/** The namespace resource and every text telling users to type « =GEF. ». */
function rewriteNamespace(xml, espace) {
  const out = replaceOnce(
    xml,
    /(<bt:String id="Functions\.Namespace" DefaultValue=")[^"]*("\s*\/>)/,
    `$1${espace}$2`,
    'bt:String id="Functions.Namespace"',
  );
  return out.replace(/(DefaultValue="[^"]*)/g, (value) => inNamespace(value, espace));
}

/** A text naming GEF's functions (« =GEF.ASSIETTE », « =GEF. »), with `espace` in place of GEF. */
function inNamespace(text, espace) {
  return espace === DEFAULT_NAMESPACE ? text : text.replace(/\bGEF\.(?=[A-Z_]|<\/code>)|(?<==)GEF\./g, `${espace}.`);
}

module.exports = { checkIdentity, checkVersion, checkNamespace, inNamespace, rewriteManifest, DEFAULT_NAMESPACE };
