import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { communeChoiceLabel } from '../../../../shared/territory/communeLabel';
import type { CommuneChoiceDto } from '../../../../shared/territory/dto';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { COMMUNE_SEARCH_DELAY_MS, communeResultsSummary, exactChoice, moveActive } from './communePicker';
import { useDebounced } from './useDebounced';

export type CommuneSearch = (query: string) => Promise<CommuneChoiceDto[]>;

const searchFrance: CommuneSearch = async (query) => {
  const result = await call('referential.searchCommunes', { query });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
};

/**
 * The commune of an actor's postal address, among all the communes of France: a text field that proposes
 * communes as one types a name or a postcode (the territory's first, the others with their département,
 * « Laon (02) »), in a list the arrow keys walk through and Entrée picks from (the ARIA combobox pattern).
 * Leaving the field keeps the commune chosen; emptying it leaves none.
 */
export function CommuneSearchField({
  path,
  label,
  value,
  valueLabel,
  error,
  onChange,
  search = searchFrance,
}: {
  path: string;
  label: string;
  /** The INSEE code chosen, or ''. */
  value: string;
  /** How the commune chosen is named, when the form knows it (the territory's, or the one stored). */
  valueLabel: string | null;
  error?: string;
  /** `typed`: what was typed to find it (a postcode typed says which of the commune's postcodes). */
  onChange: (choice: CommuneChoiceDto | null, typed: string | null) => void;
  search?: CommuneSearch;
}) {
  const listId = useId();
  const [picked, setPicked] = useState<{ code: string; label: string } | null>(null);
  /** What the user typed since the field last showed the chosen commune; null: showing it. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [answer, setAnswer] = useState<{ query: string; choices: CommuneChoiceDto[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const settled = useDebounced(query ?? '', COMMUNE_SEARCH_DELAY_MS);
  const latest = useRef(0);

  const chosenLabel = value === '' ? '' : picked?.code === value ? picked.label : (valueLabel ?? value);

  useEffect(() => {
    // While typing, only the text typing paused at is searched; an answer to an earlier text is dropped.
    const ticket = ++latest.current;
    if (!open || (query !== null && settled !== query)) return;
    search(settled).then(
      (choices) => {
        if (ticket !== latest.current) return;
        setAnswer({ query: settled, choices });
        setActive(choices.length > 0 && settled.trim() !== '' ? 0 : -1);
        setFailure(null);
      },
      (reason: unknown) => {
        if (ticket !== latest.current) return;
        setFailure(reason instanceof Error ? reason.message : String(reason));
      },
    );
  }, [open, query, settled, search]);

  const choices = open ? (answer?.choices ?? []) : [];
  const optionId = (index: number) => `${listId}-option-${index}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
    setQuery(null);
  };

  const pick = (choice: CommuneChoiceDto) => {
    setPicked({ code: choice.code, label: communeChoiceLabel(choice) });
    onChange(choice, query);
    close();
  };

  const leave = () => {
    if (query !== null) {
      if (query.trim() === '') {
        if (value !== '') onChange(null, null);
      } else {
        // Only what was proposed for this very text counts: an answer to an older query is not it.
        const exact = answer && answer.query === query ? exactChoice(query, answer.choices) : null;
        if (exact && exact.code !== value) {
          pick(exact);
          return;
        }
      }
    }
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((current) => moveActive(current, choices.length, event.key as 'ArrowDown'));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const choice = choices[active];
      if (choice) pick(choice);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  const waiting = open && (answer === null || answer.query !== settled || settled !== (query ?? ''));
  const status = !open
    ? ''
    : failure
      ? failure
      : waiting
        ? 'Recherche…'
        : communeResultsSummary(choices.length, query ?? '');

  return (
    <div data-field={path} className="commune-search">
      <Field
        label={label}
        error={error}
        hint={'Toute commune de France\u00a0: tapez son nom ou son code postal.'}
      >
        {(props) => (
          <div className="commune-search-box">
            <input
              {...props}
              type="text"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              aria-autocomplete="list"
              aria-expanded={open && choices.length > 0}
              aria-controls={listId}
              aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
              value={query ?? chosenLabel}
              onChange={(event) => {
                setQuery(event.target.value);
                setOpen(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={leave}
            />
            <ul
              id={listId}
              role="listbox"
              aria-label={`Communes proposées pour le champ ${label}`}
              className="commune-search-list"
              hidden={!open || choices.length === 0}
            >
              {choices.map((choice, index) => (
                <li
                  key={choice.code}
                  id={optionId(index)}
                  role="option"
                  aria-label={[communeChoiceLabel(choice), ...choice.postcodes.slice(0, 2)].join(', ')}
                  aria-selected={index === active}
                  className={`commune-search-option${index === active ? ' commune-search-option-on' : ''}${
                    choice.inTerritory ? '' : ' commune-search-option-outside'
                  }`}
                  // Keeps the focus in the field: a click picks, it does not blur first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(choice)}
                >
                  <span className="commune-search-name">{communeChoiceLabel(choice)}</span>
                  <span className="commune-search-postcodes">
                    {choice.postcodes.slice(0, 2).join(', ')}
                    {choice.postcodes.length > 2 ? '…' : ''}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Field>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
