import { useEffect, useRef, type RefObject } from 'react';
import { hrefOf, type Route } from './route';
import { screenTitle } from './screenTitle';

/**
 * On each new screen: the window's title names it, and the keyboard starts from its content. Focus moves to the
 * main region only when it was on the navigation or nowhere (a menu link, a link the old screen took away): a
 * screen that already placed it (the new-actor form on « Nom ») keeps its choice, and a tab inside the roadmap
 * stays on the tab.
 */
export function useScreenChange(
  route: Route,
  main: RefObject<HTMLElement | null>,
  nav: RefObject<HTMLElement | null>,
) {
  const key = hrefOf(route);
  const first = useRef(true);
  useEffect(() => {
    document.title = screenTitle(route);
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (lost || nav.current?.contains(active)) main.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
    // The route object changes with its address only: `key` says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/** Sets the window's title from a screen that knows more than its route (the actor's name once loaded). */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
