/**
 * The parts of a file already received, as sorted, disjoint, non-adjacent ranges `[start, end)`: the window
 * sends several pieces at once (`shared/uploads/sendInPieces.ts`), which may arrive in any order. A piece
 * that overlaps a part already received is refused (answers false) rather than written over it. Pieces sent
 * in order keep a single range; a few pieces in flight, a few ranges.
 */
export class ReceivedRanges {
  private readonly ranges: [number, number][] = [];
  private total = 0;

  /** Records `[start, end)`; false (and nothing recorded) when any byte of it was already received. */
  add(start: number, end: number): boolean {
    if (end <= start) return true;
    let at = 0;
    while (at < this.ranges.length && this.ranges[at]![1] <= start) at++;
    const following = this.ranges[at];
    if (following && following[0] < end) return false;
    const previous = this.ranges[at - 1];
    if (previous && previous[1] === start) {
      previous[1] = end;
      if (following && following[0] === end) {
        previous[1] = following[1];
        this.ranges.splice(at, 1);
      }
    } else if (following && following[0] === end) following[0] = start;
    else this.ranges.splice(at, 0, [start, end]);
    this.total += end - start;
    return true;
  }

  /** Bytes received so far. */
  get received(): number {
    return this.total;
  }
}
