/**
 * Identity of a deployed add-in: what webpack writes into dist/manifest.xml.
 *
 * A deploying organisation may set, beside ADDIN_URL:
 * - ADDIN_ID: its own add-in Id (a GUID, as Microsoft 365 identifies add-ins by it: two
 *   organisations loading GEF side by side need two Ids);
 * - ADDIN_NOM: the display name users see in Excel (at most 125 characters);
 * - ADDIN_EDITEUR: the provider name (at most 125 characters).
 * Unset, the manifest's own values stay. Values are checked (French messages) and XML-escaped.
 * @see https://learn.microsoft.com/office/dev/add-ins/reference/manifest/id
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longest DisplayName and ProviderName the manifest schema accepts. */
const TEXTE_MAX = 125;

/** Reads and checks the identity variables; throws an Error with a French message. */
function addinIdentity(env = process.env) {
  const identity = {};
  const id = env.ADDIN_ID;
  if (id !== undefined && id !== "") {
    if (!GUID.test(id.trim())) {
      throw new Error(
        `ADDIN_ID doit être un identifiant GUID comme 8c5b1e2a-3f4d-4e6a-9b7c-1d2e3f4a5b6c (reçu : « ${id} ») ; ` +
          `créez-en un avec : node -e "console.log(crypto.randomUUID())"`,
      );
    }
    identity.id = id.trim().toLowerCase();
  }
  for (const [variable, key, quoi] of [
    ["ADDIN_NOM", "nom", "le nom affiché du complément"],
    ["ADDIN_EDITEUR", "editeur", "le nom de l'éditeur"],
  ]) {
    const value = env[variable];
    if (value === undefined) continue;
    const text = value.trim();
    if (text === "") throw new Error(`${variable} est vide : tapez ${quoi}, ou retirez la variable pour garder celui du manifeste.`);
    if (text.length > TEXTE_MAX) {
      throw new Error(`${variable} fait ${text.length} caractères : ${quoi} en compte ${TEXTE_MAX} au plus.`);
    }
    if (/[\u0000-\u001f\u007f]/.test(text)) {
      throw new Error(`${variable} contient un caractère de contrôle : tapez ${quoi} en texte simple.`);
    }
    identity[key] = text;
  }
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
  if (identity.editeur !== undefined) {
    out = replaceOnce(out, /<ProviderName>[^<]*<\/ProviderName>/, `<ProviderName>${escapeXml(identity.editeur)}</ProviderName>`, "<ProviderName>");
  }
  if (identity.nom !== undefined) {
    out = replaceOnce(out, /<DisplayName DefaultValue="[^"]*"\s*\/>/, `<DisplayName DefaultValue="${escapeXml(identity.nom)}"/>`, "<DisplayName>");
  }
  return out;
}

module.exports = { addinIdentity, rewriteManifest };
