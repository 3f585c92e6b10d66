// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { useMountedRoot } from './support/mountedRoot';
import type { DocumentChoiceDto } from '../../../shared/documents/documentDto';
import { DocumentChoicePicker } from '../../../renderer/src/features/documents/DocumentChoicePicker';

/** The choices `documents.availability` gives for a roadmap adopted once and amended since. */
const CHOICES: DocumentChoiceDto[] = [
  {
    key: 'projet',
    label: 'Projet de version 2 (amendement de la version 1), à adopter',
    fileName: 'Feuille de route – version 2 (projet du 5 avril 2026) – CC du Civraisien en Poitou.docx',
    request: { kind: 'feuilleDeRoute', options: { version: 'projet' } },
  },
  {
    key: 'version-1',
    label: 'Version 1, adoptée le 2 avril 2026 à Civray (4 signatures sur 4)',
    fileName: 'Feuille de route – version 1 adoptée le 2 avril 2026 – CC du Civraisien en Poitou.docx',
    request: { kind: 'feuilleDeRoute', options: { version: 1 } },
  },
];

describe('the choice of a version on the Documents screen', () => {
  const mounted = useMountedRoot();

  it('offers every version by its name, says which file each gives, and reports the one picked', () => {
    let selected = CHOICES[0]!;
    const picked: string[] = [];
    const render = () =>
      act(() =>
        mounted.root().render(
          createElement(DocumentChoicePicker, {
            kind: 'feuilleDeRoute',
            choices: CHOICES,
            selected,
            onSelect: (key: string) => {
              picked.push(key);
              selected = CHOICES.find((choice) => choice.key === key)!;
            },
          }),
        ),
      );
    render();
    const select = mounted.container().querySelector('select')!;
    expect(mounted.container().querySelector('label')!.textContent).toBe('Quelle version');
    expect([...select.options].map((option) => option.textContent)).toEqual(CHOICES.map((c) => c.label));
    expect(mounted.container().textContent).toContain(CHOICES[0]!.fileName);

    act(() => {
      select.value = 'version-1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(picked).toEqual(['version-1']);
    render();
    expect(mounted.container().textContent).toContain(CHOICES[1]!.fileName);
    expect(mounted.container().textContent).not.toContain(CHOICES[0]!.fileName);
  });
});
