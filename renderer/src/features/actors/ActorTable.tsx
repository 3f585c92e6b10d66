import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ActorSummaryDto } from '../../../../shared/actors/dto';
import type { ActorSortField } from '../../../../shared/actors/schemas';
import { navigate } from '../../app/route';
import { ActorRowCells } from './ActorRowCells';
import { ActorTableHead, HEADER_HEIGHT } from './ActorTableHead';
import { pagesForRows, rowAt } from './listPaging';
import { PAGE_SIZE, type ListSort } from './listQueryState';

const ROW_HEIGHT = 52;

/**
 * The directory as a virtualized table: only the rows in view exist in the page, and their pages of 100 are
 * fetched as they scroll into view. Each row's name is a link (Tab reaches it, Enter opens the actor);
 * the arrow keys move between rows.
 */
export function ActorTable({
  total,
  pages,
  requestPages,
  sort,
  onSort,
  scrollKey,
  initialOffset,
  onScrollOffset,
  busy,
}: {
  total: number;
  pages: Record<number, ActorSummaryDto[]>;
  requestPages: (pages: number[]) => void;
  sort: ListSort;
  onSort: (field: ActorSortField) => void;
  /** When it changes (new search, filters or sort), the list goes back to the top. */
  scrollKey: string;
  initialOffset: number;
  onScrollOffset: (offset: number) => void;
  /** The rows shown are about to be replaced (new search, filters or sort). */
  busy: boolean;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const firstScrollKey = useRef(scrollKey);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    initialOffset,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    // While a new query's first page is on its way, the rows in view belong to the old one: wait for it.
    if (busy) return;
    requestPages(pagesForRows(firstIndex, lastIndex, total, PAGE_SIZE));
  }, [firstIndex, lastIndex, total, requestPages, busy]);

  useEffect(() => {
    if (firstScrollKey.current === scrollKey) return;
    firstScrollKey.current = scrollKey;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [scrollKey]);

  const focusRow = (index: number) => {
    if (index < 0 || index >= total) return;
    const linkOf = () => scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${index}"] a`);
    const rendered = linkOf();
    if (rendered) {
      // Focusing scrolls the row into view; the sticky header must not hide it.
      rendered.focus();
      virtualizer.scrollToIndex(index, { align: 'auto' });
      return;
    }
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const tryFocus = (attempt: number) => {
      const link = linkOf();
      if (link) link.focus();
      else if (attempt < 10) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    requestAnimationFrame(() => tryFocus(0));
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: Math.min(total - 1, index + 10),
      PageUp: Math.max(0, index - 10),
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    focusRow(target);
  };

  return (
    <div
      className="actor-table"
      ref={scrollRef}
      role="table"
      aria-label="Acteurs de l’annuaire"
      aria-rowcount={total + 1}
      aria-busy={busy || undefined}
      onScroll={(event) => onScrollOffset(event.currentTarget.scrollTop)}
    >
      <ActorTableHead sort={sort} onSort={onSort} />
      <div role="rowgroup" className="actor-table-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const actor = rowAt(pages, item.index, PAGE_SIZE);
          const style = { height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` };
          if (!actor)
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-busy="true"
                data-index={item.index}
                className="actor-row actor-row-loading"
                style={style}
              >
                <div role="cell" className="actor-cell">
                  <span className="skeleton" />
                  <span className="visually-hidden">Chargement…</span>
                </div>
              </div>
            );
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              data-index={item.index}
              className="actor-row"
              style={style}
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                navigate({ name: 'actor', id: actor.id });
              }}
              onKeyDown={(event) => onRowKeyDown(event, item.index)}
            >
              <ActorRowCells actor={actor} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
