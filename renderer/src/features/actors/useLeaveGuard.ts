import { useEffect } from 'react';

/**
 * While a form has unsaved changes, closing the window asks the browser's question, and a link inside the app
 * (the navigation, the breadcrumb) calls `onLeaveAsked` with its address instead of leaving.
 */
export function useLeaveGuard(dirty: boolean, onLeaveAsked: (href: string | null) => void): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onLinkClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      onLeaveAsked(link.getAttribute('href'));
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onLinkClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onLinkClick, true);
    };
  }, [dirty, onLeaveAsked]);
}
