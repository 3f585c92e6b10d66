/**
 * Imported first by the entry points that serve users (the engine, bench, document preview). It was there for
 * React, which the engine used to draw the documents' charts off-screen and whose development build is several
 * times slower. The charts are now SVG text and nothing the engine loads reads NODE_ENV: this file, and the
 * NODE_ENV that `electron/main/engineProcess.ts` and `electron/backend/web/engineWorker.ts` give the engine,
 * can go with the next change to those entries. Tests keep their own NODE_ENV.
 */
process.env.NODE_ENV ??= 'production';
