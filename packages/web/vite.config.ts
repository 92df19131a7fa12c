import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dev server forwards the API to the Fastify server so cookies stay same-origin.
const apiTarget = process.env.YARDSTICK_API_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: { "/api": { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The API server serves dist/assets with immutable caching: every file name carries a hash.
    assetsDir: "assets",
    chunkSizeWarningLimit: 600,
  },
});
