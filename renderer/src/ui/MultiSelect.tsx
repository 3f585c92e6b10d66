import { withTypographicApostrophes } from '../../../shared/format/apostrophes';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { normalizeForSearch } from '../../../shared/text/normalize';
import './MultiSelect.css';

export interface MultiSelectOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A compact dropdown of checkboxes: a button that tells how many values are chosen, and a panel with an
 * optional search box. Escape or a click outside closes it; focus goes back to the button.
 */
export function MultiSelect<T extends string>({
  label,
  options,
  selected,
  onChange,
  searchable = options.length > 8,
  searchLabel,
  align = 'start',
}: {
  /** The button's text and the panel's accessible name. */
  label: string;
  options: readonly MultiSelectOption<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  searchable?: boolean;
  /** The search box's label (« Rechercher une typologie »). */
  searchLabel?: string;
  align?: 'start' | 'end';
}) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  const visible = useMemo(() => {
    const needle = normalizeForSearch(search);
    if (!needle) return options;
    return options.filter((option) => normalizeForSearch(option.label).includes(needle));
  }, [options, search]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    const first = panelRef.current?.querySelector<HTMLInputElement>('input');
    first?.focus();
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    setSearch('');
    buttonRef.current?.focus();
  };
  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <div
      className="multiselect"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        type="button"
        ref={buttonRef}
        className={`multiselect-button${selected.length > 0 ? ' multiselect-button-active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {label}
        {selected.length > 0 ? <span className="multiselect-count"> ({selected.length})</span> : null}
        <span className="multiselect-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open ? (
        <div
          className={`multiselect-panel multiselect-panel-${align}`}
          id={panelId}
          ref={panelRef}
          role="group"
          aria-label={label}
        >
          {searchable ? (
            <input
              type="search"
              className="input multiselect-search"
              aria-label={searchLabel ?? `Rechercher\u00a0: ${label}`}
              placeholder="Rechercher…"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          ) : null}
          <ul className="multiselect-options">
            {visible.map((option) => (
              <li key={option.value}>
                <label className="multiselect-option">
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    onChange={() => toggle(option.value)}
                  />
                  <span>{withTypographicApostrophes(option.label)}</span>
                </label>
              </li>
            ))}
            {visible.length === 0 ? <li className="multiselect-none">Aucun choix ne correspond.</li> : null}
          </ul>
          <div className="multiselect-footer">
            {selected.length > 0 ? (
              <button type="button" className="btn btn-ghost" onClick={() => onChange([])}>
                Tout désélectionner
              </button>
            ) : (
              <span />
            )}
            <button type="button" className="btn" onClick={close}>
              Fermer
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
