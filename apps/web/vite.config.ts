import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// In development the dashboard runs on Vite and the API on its own port (KOERS_API_PORT,
// default 3000 like `pnpm start`); in production the API serves the built dashboard itself.
const apiPort = Number(process.env.KOERS_API_PORT ?? 3000);

/**
 * index.html names only the small boot script; the application and the pages it loads are
 * dynamic imports. This lists them as modulepreloads too, so the browser fetches all three at
 * once while it parses the page (see docs/decisions/0004-boot-script.md).
 */
function preloadApplication(): Plugin {
  return {
    name: 'koers:preload-application',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && (c.name === 'main' || c.name === 'pages' || c.name === 'charts'));
        return chunks.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${c.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadApplication()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Three downloads, all started from index.html: the boot script with what it needs to
        // ask for the first data (no React DOM), the application shell, and the pages.
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'], priority: 3 },
            { name: 'main', test: /src[\\/]main\.tsx$/, priority: 2 },
            // Recharts and what it needs, in their own chunk fetched in parallel with the data (not
            // after it): the first chart waits for the slower of the two, not for both in a row.
            // Above the map's group, so the d3 modules both use (d3-array) stay with the charts.
            {
              name: 'charts',
              test: /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:recharts|d3-(?!geo)[a-z-]+|victory-vendor|internmap|@reduxjs|redux|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|use-sync-external-store|clsx)[\\/]/,
              priority: 3,
            },
            // The data stewards' pages (imports, targets, events) are not preloaded: most readers never open them.
            { name: 'stewards', test: /src[\\/]features[\\/](imports|targets-admin|events-admin)[\\/]/, priority: 2 },
            // The map of Flanders (its drawing code, d3-geo, topojson-client and the boundaries) loads only where a map is shown.
            {
              name: 'map',
              test: /(shared[\\/]map[\\/]flanders-map|[\\/]d3-geo[\\/]|[\\/]d3-array[\\/]|[\\/]topojson-client[\\/]|flanders-municipalities\.topo\.json)/,
              priority: 2,
            },
            { name: 'pages', test: /src[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.KOERS_WEB_PORT ?? 5173),
    proxy: { '/api': { target: `http://localhost:${apiPort}`, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: `http://localhost:${apiPort}` } },
  },
});
