/**
 * Imported first by every entry point that serves users (Electron main, browser mode, bench, document
 * preview): React, which the backend uses to draw charts off-screen, reads NODE_ENV once when it loads,
 * and its development build is several times slower. Tests keep their own NODE_ENV.
 */
process.env.NODE_ENV ??= 'production';
