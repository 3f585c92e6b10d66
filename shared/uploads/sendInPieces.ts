import { UPLOAD_CHUNK_BYTES } from './uploadLimits';

/**
 * The loop that sends a file of `size` bytes in pieces (`uploads.append`): up to `PIECES_IN_FLIGHT` pieces
 * travel at once, so that the engine stores a piece while the next ones cross the processes (one piece at a
 * time, the engine sat idle during each round trip). Each piece says where it starts and the engine puts it
 * there, whatever the order they arrive in (`electron/backend/uploads/receivedRanges.ts`). `sendPiece` reads
 * and encodes its piece only when it leaves, so at most `PIECES_IN_FLIGHT` pieces are in memory at once.
 * `sendPiece` answers null once its piece is stored, or a failure: then no further piece leaves, and the
 * first failure is answered (null when every piece was stored); a piece that throws stops the others too.
 */

export const PIECES_IN_FLIGHT = 4;

export async function sendInPieces<Failure>(
  size: number,
  sendPiece: (offset: number, end: number) => Promise<Failure | null>,
  pieceBytes = UPLOAD_CHUNK_BYTES,
): Promise<Failure | null> {
  let next = 0;
  let failure: { value: Failure } | null = null;
  let thrown = false;
  const lane = async () => {
    while (failure === null && !thrown && next < size) {
      const offset = next;
      next = Math.min(size, offset + pieceBytes);
      try {
        const outcome = await sendPiece(offset, next);
        if (outcome !== null) failure ??= { value: outcome };
      } catch (error) {
        thrown = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: PIECES_IN_FLIGHT }, lane));
  return failure === null ? null : (failure as { value: Failure }).value;
}
