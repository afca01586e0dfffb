// Generates, once, a local certificate authority and a certificate for localhost in .certs/,
// without sudo and without installing anything in the system: Office requires HTTPS even on
// localhost. Trusting the authority is left to the user (the start script says how).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createCA, createCert } from "mkcert";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CERTS = path.join(root, ".certs");

export async function ensureCertificates() {
  const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(CERTS, f));
  if (files.every((f) => existsSync(f))) return { created: false, ca: files[0] };
  mkdirSync(CERTS, { recursive: true });
  const ca = await createCA({
    organization: "GEF developpement local",
    countryCode: "FR",
    state: "Alpes-Maritimes",
    locality: "Nice",
    validity: 825,
  });
  const cert = await createCert({ ca, domains: ["localhost", "127.0.0.1"], validity: 825 });
  writeFileSync(files[0], ca.cert);
  writeFileSync(path.join(CERTS, "ca.key"), ca.key, { mode: 0o600 });
  writeFileSync(files[1], `${cert.cert}\n${ca.cert}`);
  writeFileSync(files[2], cert.key, { mode: 0o600 });
  return { created: true, ca: files[0] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { created, ca } = await ensureCertificates();
  console.log(created ? `Certificats créés dans ${CERTS}` : `Certificats déjà présents dans ${CERTS}`);
  console.log(`Autorité à approuver : ${ca}`);
}
