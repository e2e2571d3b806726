import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Two pages: the explorer (served at /) and GraphiQL (served at /graphql to browsers).
// Everything is bundled locally: the built pages need no network other than the server itself.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    // Stable file names, overwritten in place: builds of the server running side by side never see a file vanish.
    emptyOutDir: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // React libraries mark modules "use client"; the directive means nothing in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
      input: {
        explorer: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:5080', '/export': 'http://localhost:5080' },
  },
});
