import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where `npm run build` puts the web app (packages/web/dist), relative to this file. */
export const DEFAULT_WEB_DIST_DIR = fileURLToPath(new URL("../../../../web/dist", import.meta.url));

/** Whether a build is there; checked per request so a build made after start is picked up. */
export function hasWebBuild(distDir: string): boolean {
  return existsSync(join(distDir, "index.html"));
}

/** The page `/` answers before the web app was built: what is missing and the command to fix it. */
export function missingBuildPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Yardstick: web app not built</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#222}code{background:#f1f3f5;padding:.1rem .3rem;border-radius:4px}</style></head>
<body><main>
<h1>The Yardstick web app has not been built yet</h1>
<p>The API is running (see <a href="/api/docs">/api/docs</a>), but there is no web app to serve from <code>packages/web/dist</code>.</p>
<p>Build it once with <code>npm run build</code> and reload this page, or start the server with <code>npm start</code>, which builds it when needed.
For development with hot reload, use <code>npm run dev</code>.</p>
</main></body></html>`;
}
