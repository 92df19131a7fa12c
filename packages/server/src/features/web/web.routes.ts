import { stat } from "node:fs/promises";
import { join, normalize, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { DEFAULT_WEB_DIST_DIR, hasWebBuild, missingBuildPage } from "./web-dist.js";

/** Hashed file names never change content, so browsers may keep them for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html names the current hashed files: always revalidate it. */
const NO_CACHE = "no-cache, no-store, must-revalidate";

/**
 * Serves the built single-page app from the API server: `/assets/*` with long caching, other
 * files at the root of dist as they are, and index.html for every other non-API path so the
 * client router can handle deep links. `/api/*` stays with the API (unknown paths → JSON 404).
 */
export async function webRoutes(app: FastifyInstance, options: { distDir?: string } = {}): Promise<void> {
  const distDir = options.distDir ?? DEFAULT_WEB_DIST_DIR;
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, { root: distDir, serve: false, decorateReply: true });

    const sendIndex = (reply: FastifyReply) => {
      if (!hasWebBuild(distDir)) {
        return reply
          .status(503)
          .header("cache-control", NO_CACHE)
          .type("text/html; charset=utf-8")
          .send(missingBuildPage());
      }
      return reply.header("cache-control", NO_CACHE).sendFile("index.html", { cacheControl: false });
    };

    scope.get("/*", { schema: { hide: true } }, async (request, reply) => {
      const path = decodeURIComponent((request.url.split("?")[0] ?? "/").replace(/^\/+/, ""));
      if (path === "api" || path.startsWith("api/")) return reply.callNotFound();
      if (path.startsWith("assets/")) {
        if (!(await isFileInside(distDir, path))) return reply.callNotFound();
        return reply.header("cache-control", IMMUTABLE).sendFile(path, { cacheControl: false });
      }
      if (path && path !== "index.html" && (await isFileInside(distDir, path))) {
        return reply.header("cache-control", "public, max-age=3600").sendFile(path, { cacheControl: false });
      }
      return sendIndex(reply);
    });
  });
}

/** A regular file inside dist (never outside it through `..`). */
async function isFileInside(root: string, relative: string): Promise<boolean> {
  const full = normalize(join(root, relative));
  if (!full.startsWith(normalize(root) + sep)) return false;
  try {
    return (await stat(full)).isFile();
  } catch {
    return false;
  }
}
