import Papa from 'papaparse';

/**
 * Papaparse fed with a text in pieces, synchronously: its own chunked reading (`ChunkStreamer.parseChunk`, which
 * every one of its streamers uses) reads each piece after what is left of the one before, and a record a piece's
 * end cuts is read again whole with the next; the last piece is read as the end of the text. The same records,
 * cursors and errors as `Papa.parse` on the whole text (`test/unit/import/csvPieces.test.ts` holds it to that),
 * without the whole text. Papaparse offers no public synchronous entry for pieces: its string streamer is
 * given the pieces instead of slices of one string.
 */

interface Streamer {
  _finished: boolean;
  _nextChunk: () => unknown;
  parseChunk(chunk: string): unknown;
}

const { StringStreamer } = Papa as unknown as { StringStreamer: new (config: unknown) => Streamer };

export function parsePieces(pieces: Iterator<string>, config: Papa.ParseConfig<string[]>): void {
  // What `Papa.parse` sets before reading a string.
  const streamer = new StringStreamer({ ...config, dynamicTyping: false, transform: false });
  // Each piece is given from this loop, not from the streamer asking for the next at the end of the last
  // (`_nextChunk`, left doing nothing): asked so, the pieces would pile up on the stack until the last.
  streamer._nextChunk = () => undefined;
  let next = pieces.next();
  for (let first = true; !next.done; first = false) {
    // `Papa.parse` drops a BOM at the start of its text.
    const piece = first && next.value.charCodeAt(0) === 0xfeff ? next.value.slice(1) : next.value;
    next = pieces.next();
    streamer._finished = next.done === true;
    streamer.parseChunk(piece);
  }
}
