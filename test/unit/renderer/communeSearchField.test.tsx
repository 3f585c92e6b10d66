// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { useMountedRoot } from './support/mountedRoot';
import type { CommuneChoiceDto } from '../../../shared/territory/dto';
import { CommuneSearchField } from '../../../renderer/src/features/actors/CommuneSearchField';
import {
  communeResultsSummary,
  exactChoice,
  moveActive,
} from '../../../renderer/src/features/actors/communePicker';

const choice = (code: string, name: string, postcodes: string[], inTerritory = false): CommuneChoiceDto => ({
  code,
  name,
  departement: code.slice(0, 2),
  postcodes,
  inTerritory,
});
const SAINT_LAON = choice('86227', 'Saint-Laon', ['86200'], true);
const LAON = choice('02408', 'Laon', ['02000']);
const CIVRAY_86 = choice('86078', 'Civray', ['86400']);
const CIVRAY_18 = choice('18066', 'Civray', ['18290']);

describe('the commune picker’s rules', () => {
  it('walks the list with the arrow keys, wrapping at both ends', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });

  it('says how many communes are proposed, or that none matches, in French', () => {
    expect(communeResultsSummary(1, 'laon')).toMatch(/^1\u00a0commune proposée\. Flèches/);
    expect(communeResultsSummary(1234, 'l')).toMatch(/^1\u202f234\u00a0communes proposées/);
    expect(communeResultsSummary(0, 'Zzz')).toBe(
      'Aucune commune de France ne correspond à «\u00a0Zzz\u00a0».',
    );
  });

  it('takes a text left in the field for the commune it names exactly, never for one of two homonyms', () => {
    expect(exactChoice('laon', [SAINT_LAON, LAON])).toBe(LAON);
    expect(exactChoice('Laon (02)', [SAINT_LAON, LAON])).toBe(LAON);
    expect(exactChoice('saint laon', [SAINT_LAON, LAON])).toBe(SAINT_LAON);
    expect(exactChoice('lao', [SAINT_LAON, LAON])).toBeNull();
    expect(exactChoice('Civray', [CIVRAY_86, CIVRAY_18])).toBeNull();
    expect(exactChoice('Civray', [{ ...CIVRAY_86, inTerritory: true }, CIVRAY_18])?.code).toBe('86078');
    expect(exactChoice('02000', [LAON])).toBe(LAON);
    expect(exactChoice('', [LAON])).toBeNull();
  });
});

describe('the commune field of an actor’s address', () => {
  const mounted = useMountedRoot();

  const queries: string[] = [];
  const typedWith: (string | null)[] = [];
  const search = (query: string) => {
    queries.push(query);
    const key = query.toLowerCase();
    return Promise.resolve(
      key === '' ? [SAINT_LAON] : [SAINT_LAON, LAON].filter((c) => c.name.toLowerCase().includes(key)),
    );
  };

  function mount(value: string, valueLabel: string | null, picked: (CommuneChoiceDto | null)[]) {
    act(() =>
      mounted.root().render(
        createElement(CommuneSearchField, {
          path: 'communeCode',
          label: 'Commune',
          value,
          valueLabel,
          onChange: (next: CommuneChoiceDto | null, typed: string | null) => {
            picked.push(next);
            typedWith.push(typed);
          },
          search,
        }),
      ),
    );
    return mounted.container().querySelector<HTMLInputElement>('input[role="combobox"]')!;
  }

  const type = (input: HTMLInputElement, text: string) =>
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 350)));
  const key = (input: HTMLInputElement, name: string) =>
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
    });
  const options = () =>
    [...mounted.container().querySelectorAll('[role="option"]')].map((o) => o.textContent);

  it('shows the commune stored, searches as one types once typing pauses, and picks with the keyboard', async () => {
    queries.length = 0;
    const picked: (CommuneChoiceDto | null)[] = [];
    const input = mount('02408', 'Laon (02)', picked);
    expect(input.value).toBe('Laon (02)');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(mounted.container().querySelector('label')!.textContent).toBe('Commune');

    type(input, 'l');
    type(input, 'la');
    type(input, 'laon');
    await settle();
    expect(queries).toEqual(['laon']); // one search for the text typing stopped at
    expect(options()).toEqual(['Saint-Laon86200', 'Laon (02)02000']);
    expect(
      [...mounted.container().querySelectorAll('[role="option"]')].map((o) => o.getAttribute('aria-label')),
    ).toEqual(['Saint-Laon, 86200', 'Laon (02), 02000']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listId = input.getAttribute('aria-controls')!;
    expect(
      mounted
        .container()
        .querySelector(`#${CSS.escape(listId)}`)!
        .getAttribute('role'),
    ).toBe('listbox');
    expect(mounted.container().querySelector('[role="status"]')!.textContent).toMatch(
      /^2\u00a0communes proposées/,
    );

    // The first is active; ArrowDown moves to Laon (02), Entrée picks it.
    const activeText = () =>
      mounted.container().querySelector(`#${CSS.escape(input.getAttribute('aria-activedescendant')!)}`)!
        .textContent;
    expect(activeText()).toBe('Saint-Laon86200');
    key(input, 'ArrowDown');
    expect(activeText()).toBe('Laon (02)02000');
    key(input, 'Enter');
    expect(picked.map((p) => p?.code)).toEqual(['02408']);
    expect(typedWith.at(-1)).toBe('laon');
    expect(input.value).toBe('Laon (02)');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on the territory’s communes with the arrow key, closes on Échap keeping the commune', async () => {
    const picked: (CommuneChoiceDto | null)[] = [];
    const input = mount('', null, picked);
    key(input, 'ArrowDown');
    await settle();
    expect(options()).toEqual(['Saint-Laon86200']);
    type(input, 'zzz');
    await settle();
    expect(mounted.container().querySelector('[role="status"]')!.textContent).toBe(
      'Aucune commune de France ne correspond à «\u00a0zzz\u00a0».',
    );
    key(input, 'Escape');
    expect(input.value).toBe('');
    expect(picked).toEqual([]);
  });

  it('leaving the field: an exact name picks it, an emptied field leaves no commune', async () => {
    const picked: (CommuneChoiceDto | null)[] = [];
    const input = mount('86227', 'Saint-Laon', picked);
    type(input, 'Laon');
    await settle();
    act(() => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(picked.map((p) => p?.code)).toEqual(['02408']);

    type(input, '');
    act(() => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(picked.at(-1)).toBeNull();
  });
});
