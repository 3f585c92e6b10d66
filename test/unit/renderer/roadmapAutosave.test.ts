import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AutosaveQueue,
  autosaveLabel,
  type AutosaveStatus,
  type SaveOutcome,
} from '../../../renderer/src/features/roadmap/comfort/autosaveQueue';

/** A backend double: records what it received, answers ok unless told to fail. */
function fakeBackend() {
  const written: string[] = [];
  let failuresLeft = 0;
  let release: (() => void) | null = null;
  let holding = false;
  return {
    written,
    failNext(times: number) {
      failuresLeft = times;
    },
    /** The next call waits until `release()` (a slow network). */
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      release?.();
    },
    saver(value: string) {
      return async (): Promise<SaveOutcome> => {
        if (holding) await new Promise<void>((resolve) => (release = resolve));
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return { ok: false, message: 'La base de données est occupée.' };
        }
        written.push(value);
        return { ok: true };
      };
    },
  };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then sends only the newest value', async () => {
    const backend = fakeBackend();
    const queue = new AutosaveQueue({ delayMs: 600 });
    for (const text of ['A', 'At', 'Ate', 'Atel', 'Atelier']) {
      queue.edit('action:1', backend.saver(text));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(backend.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(backend.written).toEqual(['Atelier']);
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('keeps each key apart: editing one field does not delay or drop another', async () => {
    const backend = fakeBackend();
    const queue = new AutosaveQueue({ delayMs: 600 });
    queue.edit('action:1', backend.saver('titre'));
    await vi.advanceTimersByTimeAsync(400);
    queue.edit('objective:2', backend.saver('cible'));
    await vi.advanceTimersByTimeAsync(250);
    expect(backend.written).toEqual(['titre']);
    await vi.advanceTimersByTimeAsync(400);
    expect(backend.written).toEqual(['titre', 'cible']);
  });

  it('sends at once on flush (blur, leaving the screen)', async () => {
    const backend = fakeBackend();
    const queue = new AutosaveQueue({ delayMs: 600 });
    queue.edit('action:1', backend.saver('Raison d’être'));
    await queue.flush();
    expect(backend.written).toEqual(['Raison d’être']);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(backend.written).toEqual(['Raison d’être']);
  });

  it('retries after a failure and says so, then sends what was typed meanwhile', async () => {
    const backend = fakeBackend();
    const statuses: AutosaveStatus[] = [];
    const queue = new AutosaveQueue({
      delayMs: 600,
      retryDelaysMs: [1_000],
      onStatus: (status) => statuses.push(status),
    });
    backend.failNext(2);
    queue.edit('action:1', backend.saver('v1'));
    await vi.advanceTimersByTimeAsync(600);
    expect(queue.status()).toEqual({ state: 'failed', message: 'La base de données est occupée.' });
    expect(autosaveLabel(queue.status())).toBe('Non enregistré — nouvel essai');
    queue.edit('action:1', backend.saver('v2'));
    await vi.advanceTimersByTimeAsync(600);
    expect(backend.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(backend.written).toEqual(['v2']);
    expect(queue.status()).toEqual({ state: 'saved' });
    // « Non enregistré — nouvel essai » stays up until a retry succeeds.
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saving', 'failed', 'saved']);
  });

  it('a thrown error (network down) is a failure that is retried, not a lost value', async () => {
    const queue = new AutosaveQueue({ delayMs: 10, retryDelaysMs: [500] });
    const written: string[] = [];
    let down = true;
    queue.edit('k', async () => {
      if (down) throw new Error('réseau');
      written.push('texte');
      return { ok: true };
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(queue.hasUnsaved()).toBe(true);
    down = false;
    await vi.advanceTimersByTimeAsync(500);
    expect(written).toEqual(['texte']);
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('never runs two saves of the same key at once: what is typed during a slow call follows it, in order', async () => {
    const backend = fakeBackend();
    const queue = new AutosaveQueue({ delayMs: 100 });
    backend.hold();
    queue.edit('action:1', backend.saver('premier'));
    await vi.advanceTimersByTimeAsync(100);
    expect(queue.status()).toEqual({ state: 'saving' });
    queue.edit('action:1', backend.saver('second'));
    const flushed = queue.flush('action:1');
    await vi.advanceTimersByTimeAsync(100);
    expect(backend.written).toEqual([]);
    backend.release();
    await flushed;
    expect(backend.written).toEqual(['premier', 'second']);
    expect(autosaveLabel(queue.status())).toBe('Enregistré');
  });
});

describe('autosave of a value the backend refuses', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not retry a refused value, shows why, and sends the next edit', async () => {
    const sent: string[] = [];
    const queue = new AutosaveQueue({ delayMs: 100, retryDelaysMs: [100] });
    queue.edit('action:1', async () => {
      sent.push('');
      return { ok: false, message: 'L’intitulé de l’action est obligatoire.', retry: false };
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual(['']);
    expect(queue.status()).toEqual({ state: 'failed', message: 'L’intitulé de l’action est obligatoire.' });
    expect(queue.hasUnsaved()).toBe(true);
    queue.edit('action:1', async () => {
      sent.push('Ateliers');
      return { ok: true };
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual(['', 'Ateliers']);
    expect(queue.status()).toEqual({ state: 'saved' });
  });
});
