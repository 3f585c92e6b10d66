import { useEffect, useState } from 'react';

/**
 * Width of an element, followed as the window resizes. Written without DOM types on purpose: this folder is also
 * compiled for Node (`tsconfig.node.json`), where only the drawing (`Chart`) runs.
 */
interface Sized {
  readonly clientWidth: number;
}
type ResizeObserverLike = new (callback: () => void) => {
  observe(target: unknown): void;
  disconnect(): void;
};

export function useContainerWidth(fallback: number): [(element: unknown) => void, number] {
  const [element, setElement] = useState<Sized | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    const Observer = (globalThis as { ResizeObserver?: ResizeObserverLike }).ResizeObserver;
    if (!Observer) return;
    const observer = new Observer(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [(node: unknown) => setElement(node as Sized | null), width];
}
