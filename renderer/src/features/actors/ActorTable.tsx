import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ActorSummaryDto } from '../../../../shared/actors/dto';
import type { ActorSortField } from '../../../../shared/actors/schemas';
import { formatDate } from '../../../../shared/format/french';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { hrefOf, navigate } from '../../app/route';
import { freshnessBadge, roleLabel, truncateList } from './actorLabels';
import { pagesForRows, rowAt } from './listPaging';
import { ariaSortOf, PAGE_SIZE, type ListSort } from './listQueryState';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 40;

const COLUMNS: { label: string; sortField?: ActorSortField; numeric?: boolean }[] = [
  { label: 'Nom', sortField: 'name' },
  { label: 'Commune', sortField: 'commune' },
  { label: 'Typologies' },
  { label: 'Rôles' },
  { label: 'Lieux', numeric: true },
  { label: 'Dernière vérification', sortField: 'lastVerifiedOn' },
];

/** A list of labels on one line: the first ones, then « +2 »; read in full by screen readers. */
function LabelList({ labels, max }: { labels: string[]; max: number }) {
  if (labels.length === 0) return <span className="cell-empty">—</span>;
  const { shown, more } = truncateList(labels, max);
  return (
    <>
      <span className="visually-hidden">{labels.join(', ')}</span>
      <span className="cell-labels" aria-hidden="true" title={labels.join('\n')}>
        <span className="cell-labels-text">{shown.join(', ')}</span>
        {more > 0 ? <span className="badge badge-muted cell-more">+{more}</span> : null}
      </span>
    </>
  );
}

function VerificationCell({ actor }: { actor: ActorSummaryDto }) {
  const badge = freshnessBadge(actor.freshness);
  return (
    <div className="cell-verification">
      {actor.lastVerifiedOn ? <span>{formatDate(actor.lastVerifiedOn)}</span> : null}
      {badge ? <span className={`badge badge-${badge.tone}`}>{badge.label}</span> : null}
    </div>
  );
}

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
      <div role="rowgroup" className="actor-table-head">
        <div
          role="row"
          aria-rowindex={1}
          className="actor-row actor-row-head"
          style={{ height: HEADER_HEIGHT }}
        >
          {COLUMNS.map((column) => (
            <div
              key={column.label}
              role="columnheader"
              aria-sort={column.sortField ? ariaSortOf(sort, column.sortField) : undefined}
              className={`actor-cell${column.numeric ? ' actor-cell-numeric' : ''}`}
            >
              {column.sortField ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => column.sortField && onSort(column.sortField)}
                >
                  {column.label}
                  <span className="sort-indicator" aria-hidden="true">
                    {sort.field === column.sortField ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              ) : (
                column.label
              )}
            </div>
          ))}
        </div>
      </div>
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
              <div role="cell" className="actor-cell actor-cell-name">
                <a href={hrefOf({ name: 'actor', id: actor.id })} className="row-link">
                  {actor.name}
                </a>
              </div>
              <div role="cell" className="actor-cell">
                {actor.communeName ?? <span className="cell-empty">—</span>}
              </div>
              <div role="cell" className="actor-cell">
                <LabelList labels={actor.typologies.map(typologyLabel)} max={1} />
              </div>
              <div role="cell" className="actor-cell">
                <LabelList labels={actor.roles.map(roleLabel)} max={2} />
              </div>
              <div role="cell" className="actor-cell actor-cell-numeric">
                {actor.placeCount}
              </div>
              <div role="cell" className="actor-cell">
                <VerificationCell actor={actor} />
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
