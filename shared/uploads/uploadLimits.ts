/**
 * A file the window sends to the engine travels in pieces (`uploads.open`, then `uploads.append` for each piece),
 * so that no single message holds the whole file: copying a 10 MB message between processes blocks the
 * window for a quarter of a second, a 256 KB piece for about a millisecond.
 */

/** Bytes of the file in one piece (before base64, which makes them a third longer). */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;

/** The largest file the engine keeps (a 100,000-row standard CSV is ≈ 47 MB). */
export const UPLOAD_MAX_BYTES = 64 * 1024 * 1024;

/** « 64 Mo », as the messages say it. */
export const UPLOAD_MAX_LABEL = '64\u00a0Mo';
