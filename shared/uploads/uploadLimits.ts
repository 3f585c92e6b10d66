/**
 * A file the window sends to the engine travels in pieces (`uploads.open`, then `uploads.append` for each piece,
 * a few at once: `sendInPieces.ts`), so that no single message holds the whole file: copying a 10 MB message
 * between processes blocks the window for a quarter of a second, a piece for well under a millisecond. Pieces
 * of 64 KB, four in flight, send 20,000 rows (9.4 MB) in 0.17–0.27 s in the built app against 0.30–0.44 s for
 * pieces of 256 KB one at a time (alternating runs): a large message costs more than its size in copies.
 */

/** Bytes of the file in one piece (before base64, which makes them a third longer). */
export const UPLOAD_CHUNK_BYTES = 64 * 1024;

/** The largest file the engine keeps (a 100,000-row standard CSV is ≈ 47 MB). */
export const UPLOAD_MAX_BYTES = 64 * 1024 * 1024;

/** « 64 Mo », as the messages say it. */
export const UPLOAD_MAX_LABEL = '64\u00a0Mo';
