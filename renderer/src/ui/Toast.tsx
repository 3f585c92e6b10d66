import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export interface ToastMessage {
  message: string;
  tone?: 'success' | 'error' | 'info';
  action?: { label: string; onClick: () => void };
}

interface ShownToast extends ToastMessage {
  key: number;
  /** The screen the toast belongs to; null until the action that raised it is over. */
  screen: string | null;
}

const ToastContext = createContext<(toast: ToastMessage) => void>(() => {});

const currentAddress = () => window.location.hash;

/**
 * Short messages at the bottom of the window, with an optional action (« Annuler »). A toast belongs to the
 * screen that is shown once the action that raised it is over: « Acteur enregistré », raised by the form just
 * before it opens the record, belongs to the record; it goes away when the user moves to another screen.
 * `screenOf` names the current screen (the address by default; the app passes its route, so that `#/` and
 * `#/acteurs` are the same screen).
 */
export function ToastProvider({
  children,
  screenOf = currentAddress,
}: {
  children: ReactNode;
  screenOf?: () => string;
}) {
  const [toast, setToast] = useState<ShownToast | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const counter = useRef(0);
  const show = useCallback(
    (next: ToastMessage) => {
      const key = ++counter.current;
      setToast({ ...next, key, screen: null });
      // A navigation in the same click (save, then open the record) has already changed the address by then.
      setTimeout(() => {
        setToast((shown) =>
          shown?.key === key && shown.screen === null ? { ...shown, screen: screenOf() } : shown,
        );
      }, 0);
    },
    [screenOf],
  );
  useEffect(() => {
    const onNavigation = () =>
      setToast((shown) => (shown && shown.screen !== null && shown.screen !== screenOf() ? null : shown));
    window.addEventListener('hashchange', onNavigation);
    return () => window.removeEventListener('hashchange', onNavigation);
  }, [screenOf]);
  useEffect(() => {
    clearTimeout(timer.current);
    if (toast) timer.current = setTimeout(() => setToast(null), toast.action ? 10_000 : 5_000);
    return () => clearTimeout(timer.current);
    // The delay starts when a toast appears, not when it learns its screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [toast?.key]);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" aria-live="polite">
        {toast ? (
          <div key={toast.key} className={`toast toast-${toast.tone ?? 'info'}`}>
            <span>{toast.message}</span>
            {toast.action ? (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  toast.action?.onClick();
                  setToast(null);
                }}
              >
                {toast.action.label}
              </button>
            ) : null}
            <button type="button" className="toast-close" aria-label="Fermer" onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
