// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FilePick } from '../../../renderer/src/api/pickedFile';
import { FilePickButton } from '../../../renderer/src/ui/FilePickButton';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Bridge = { invoke: () => Promise<unknown>; chooseFile: (kind: string) => Promise<unknown> };

describe('« Choisir un fichier… »', () => {
  let container: HTMLElement;
  let root: Root;
  const picks: FilePick[] = [];
  const render = (kind: 'import' | 'activite') =>
    act(() =>
      root.render(
        createElement(FilePickButton, {
          kind,
          ariaLabel: 'Fichier à importer',
          onPick: (p) => picks.push(p),
        }),
      ),
    );
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    picks.length = 0;
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    delete (window as { api?: Bridge }).api;
  });

  it('in the desktop window, opens the system’s dialog for the file’s kind and takes what the engine kept', async () => {
    const asked: string[] = [];
    const answers: unknown[] = [
      { ok: true, data: { uploadId: 'u-1', fileName: 'Activités 2026.xlsx' } },
      { ok: true, data: null },
      { ok: false, error: { code: 'invalid_input', message: 'Le fichier «\u00a0vide.csv\u00a0» est vide.' } },
    ];
    // The dialog stays open until the test answers for the user.
    let answer: () => void = () => {};
    (window as { api?: Bridge }).api = {
      invoke: () => Promise.resolve(null),
      chooseFile: (kind) => {
        asked.push(kind);
        return new Promise((resolve) => (answer = () => resolve(answers.shift())));
      },
    };
    render('activite');
    expect(container.querySelector('input[type=file]')).toBeNull();
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Choisir un fichier…');
    expect(button.getAttribute('aria-label')).toBe('Choisir un fichier… (fichier à importer)');
    const click = async () => {
      act(() => button.click());
      // The button is off while the dialog is open: a second click opens no second dialog.
      expect(button.disabled).toBe(true);
      act(() => button.click());
      await act(async () => answer());
      expect(button.disabled).toBe(false);
    };
    await click();
    expect(picks).toHaveLength(1);
    expect(await picks[0]!()).toEqual({
      ok: true,
      file: { uploadId: 'u-1', fileName: 'Activités 2026.xlsx' },
    });
    // Closing the dialog chooses nothing: the screen is not told.
    await click();
    expect(picks).toHaveLength(1);
    // A refusal keeps the engine's French reason.
    await click();
    expect(await picks[1]!()).toEqual({ ok: false, message: 'Le fichier «\u00a0vide.csv\u00a0» est vide.' });
    expect(asked).toEqual(['activite', 'activite', 'activite']);
  });

  it('in the browser mode, offers the browser’s file input and refuses a wrong file before sending anything', async () => {
    render('import');
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.getAttribute('aria-label')).toBe('Fichier à importer');
    expect(input.accept).toBe('.csv,.json,.txt,text/csv,application/json');
    const file = new File(['%PDF-1.7'], 'compte rendu.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file] });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(picks).toHaveLength(1);
    expect(await picks[0]!()).toEqual({
      ok: false,
      message:
        '«\u00a0compte rendu.pdf\u00a0» n’est ni un fichier CSV ni un fichier JSON\u00a0: choisissez un fichier .csv ou .json.',
    });
  });
});
