/**
 * The pieces of a text read so far (`decodeInPieces`), addressed by their place in the whole text: what a reader
 * needs of the text around its cursor, while the pieces behind it are let go.
 */
export class PieceWindow {
  private pieces: string[] = [];
  private starts: number[] = [];
  private length = 0;

  add(piece: string): void {
    this.pieces.push(piece);
    this.starts.push(this.length);
    this.length += piece.length;
  }

  /** Lets go the pieces wholly before `at`. */
  forgetBefore(at: number): void {
    while (this.pieces.length > 1 && this.starts[0]! + this.pieces[0]!.length <= at) {
      this.pieces.shift();
      this.starts.shift();
    }
  }

  /** The UTF-16 unit at `at`, NaN outside what is held (as `String.charCodeAt`). */
  charCodeAt(at: number): number {
    for (let i = 0; i < this.pieces.length; i++) {
      const offset = at - this.starts[i]!;
      if (offset >= 0 && offset < this.pieces[i]!.length) return this.pieces[i]!.charCodeAt(offset);
    }
    return NaN;
  }

  /** How many `\n` the text holds from `from` (included) to `to` (excluded). */
  countNewlines(from: number, to: number): number {
    let count = 0;
    for (let i = 0; i < this.pieces.length; i++) {
      const piece = this.pieces[i]!;
      const start = this.starts[i]!;
      const end = Math.min(to - start, piece.length);
      let at = piece.indexOf('\n', Math.max(from - start, 0));
      while (at !== -1 && at < end) {
        count++;
        at = piece.indexOf('\n', at + 1);
      }
    }
    return count;
  }
}
