import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { API_METHODS } from './shared/api/contract';

const root = import.meta.dirname;

// Layout from electron-vite's "customizing" guide: electron/main and electron/preload are the
// Node-side inputs, renderer/ is the renderer root.
export default defineConfig({
  main: {
    // Every library's `process.env.NODE_ENV` switch decided at build time, whatever the environment of the
    // installed app: production builds only (React's development build, were it ever imported by the shell or
    // the engine, would be dropped, not chosen at run time). Checked on the built files by
    // test/shell/productionBuild.test.ts.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // fflate's « browser » build for every library that zips (write-excel-file): its Node build declares its own
    // `require`, which clashes with the one the bundle adds to a chunk that needs it (« Identifier 'require' has
    // already been declared »), and its only extra, zipping in worker threads, is not used.
    resolve: { alias: [{ find: /^fflate$/, replacement: 'fflate/browser' }] },
    build: {
      outDir: 'out/main',
      // Only the runtime `dependencies` stay outside the bundle: the native better-sqlite3 and resvg, and the
      // national reference data. Everything else (kysely, zod, docx…) is a devDependency bundled into out/main:
      // loading hundreds of ES module files cost most of the engine's start-up.
      rollupOptions: {
        // The shell (index) and the engine it starts in its own process (engine): separate entries, so that
        // the main process never loads the database, React or the document code.
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          engine: resolve(root, 'electron/backend/host/engineEntry.ts'),
          // The worker thread in which the engine builds Word files (electron/backend/documents/buildInWorker.ts).
          documentWorker: resolve(root, 'electron/backend/documents/documentWorker.ts'),
          // The browser mode's server (`npm start` without Electron, `npm run web`, the e2e tests).
          web: resolve(root, 'electron/backend/web/cli.ts'),
        },
        output: {
          // Compact but not mangled: function names stay readable in the log's stack traces.
          minify: { compress: true, mangle: false },
          // Every file beside the entries, none in a subfolder: the engine loads its domains on first call
          // (electron/backend/router/onFirstCall.ts), so most of its code runs from shared files, and code that
          // finds a sibling through `import.meta.dirname` (documents/buildInWorker.ts → documentWorker.js)
          // must find out/main wherever the bundler put it.
          chunkFileNames: '[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    // The allowlist, written into the preload at build time from the contract's declarations: the sandboxed
    // preload requires nothing but electron, and no method name is ever written twice.
    define: { __MAILLAGE_API_METHODS__: JSON.stringify(API_METHODS) },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // Shipped minified: a quarter of the size to read from disk and parse at each start.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
