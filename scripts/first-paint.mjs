#!/usr/bin/env node
/**
 * The pane's first load, measured: scripts fetched before the first paint (bytes) and time to first
 * contentful paint of taskpane.html in Debian's chromium with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate), median of several loads. Outside Office the pane paints its
 * « ouvrez GEF depuis Excel » page once office.js is ready: the same scripts run before it.
 *
 *   node scripts/first-paint.mjs [dist] [--fois 7]      (after npm run build)
 *
 * office.js is served from @microsoft/office-js in place of Microsoft's CDN (no network).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const times = Number(args[args.indexOf("--fois") + 1] ?? 7) || 7;
const dist = path.resolve(args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? path.join(root, "dist"));
const officeDir = path.join(root, "node_modules/@microsoft/office-js/dist");
if (!existsSync(path.join(dist, "taskpane.html"))) {
  console.error(`taskpane.html absent de ${dist} : lancez d'abord npm run build.`);
  process.exit(2);
}

const server = createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  const file = path.join(dist, rel);
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, {
    "content-type": file.endsWith(".js")
      ? "text/javascript"
      : file.endsWith(".html")
        ? "text/html; charset=utf-8"
        : "application/octet-stream",
  });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/taskpane.html`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
const fcp = [];
let scriptBytes = 0;
let scripts = [];
try {
  for (let i = 0; i < times; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route("https://appsforoffice.microsoft.com/**", (route) => {
      const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
      const file = path.join(officeDir, rel);
      return file.startsWith(officeDir) && existsSync(file) && statSync(file).isFile()
        ? route.fulfill({
            path: file,
            contentType: file.endsWith(".js") ? "text/javascript" : "application/octet-stream",
          })
        : route.fulfill({ status: 404, body: "" });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const loaded = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script" && r.url().startsWith("http://127.0.0.1")) loaded.push(r.url());
    });
    await page.goto(url, { waitUntil: "commit", timeout: 180_000 });
    const t = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const seen = performance.getEntriesByName("first-contentful-paint")[0];
          if (seen) return resolve(seen.startTime);
          new PerformanceObserver((list) => {
            const e = list.getEntriesByName("first-contentful-paint")[0];
            if (e) resolve(e.startTime);
          }).observe({ type: "paint", buffered: true });
        }),
    );
    fcp.push(t);
    scripts = loaded.map((u) => new URL(u).pathname.slice(1));
    scriptBytes = scripts.reduce((n, s) => n + statSync(path.join(dist, s)).size, 0);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
fcp.sort((a, b) => a - b);
const median = fcp[Math.floor(fcp.length / 2)];
const result = { dist, scripts, scriptBytes, fcpMs: Math.round(median), fcpAll: fcp.map(Math.round) };
console.log(JSON.stringify(result));
