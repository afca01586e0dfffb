/**
 * Browser tests: the production build (dist/) served on 127.0.0.1 by the test itself, Debian's
 * chromium driven by playwright-core (never a downloaded browser), office.js from the package
 * @microsoft/office-js instead of Microsoft's CDN.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const SCREENSHOTS = path.join(ROOT, "test-results", "captures");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json",
  ".css": "text/css",
};

/** Serves dist/ (and office.js under /office-js/) on 127.0.0.1, on a free port. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/ absent : lancez « npm run build » avant les tests du navigateur");
  }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const rel = decodeURIComponent(url.pathname);
    const base = rel.startsWith("/office-js/") ? OFFICE_JS : DIST;
    const file = path.join(base, rel.startsWith("/office-js/") ? rel.slice("/office-js/".length) : rel);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Debian's chromium, headless, with nothing reaching outside this machine (playwright gives it a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium introuvable (${CHROMIUM}) : « apt-get install -y chromium » ou « bash .ci/run »`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A page where Microsoft's CDN office.js is answered with the local copy and any other outside request is refused. */
export async function openPage(browser: Browser, baseUrl: string, width = 320, height = 720): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    const cdn = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.*)$/.exec(url);
    if (cdn) {
      const file = path.join(OFFICE_JS, (cdn[1] ?? "office.js").split("?")[0] ?? "office.js");
      if (file.startsWith(OFFICE_JS) && existsSync(file)) {
        return route.fulfill({ path: file, contentType: TYPES[path.extname(file)] ?? "text/javascript" });
      }
    }
    return route.abort();
  });
  return page;
}

/** Saves a screenshot under test-results/captures/ (not committed) for a reviewer. */
export async function capture(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The served dist/ and the browser of a describe block: set before its first test, closed after its last. */
export interface BrowserEnv {
  url: string;
  browser: Browser;
}

/** Serves dist/ and launches Chromium for the enclosing describe block (beforeAll), and closes both (afterAll). */
export function withBrowser(): BrowserEnv {
  const env = {} as BrowserEnv;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist();
    env.url = server.url;
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await (env.browser as Browser | undefined)?.close();
    await server?.close();
  });
  return env;
}
