import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A React root mounted in a fresh element for each test of the file (happy-dom), unmounted after it: what a
 * component test renders into, and the text it shows (no-break spaces read as plain ones).
 */
export function useMountedRoot() {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });
  return {
    render: (element: ReactElement) => act(() => root.render(element)),
    container: () => container,
    root: () => root,
    text: () => (container.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '),
  };
}
