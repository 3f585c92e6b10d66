import type { TerritoryDto } from '../../../shared/territory/dto';
import { call } from '../api/client';
import { useLoaded } from '../api/useLoaded';
import { Notice } from '../ui/Notice';
import { ToastProvider } from '../ui/Toast';
import { TerritoryProvider } from './TerritoryContext';
import { Shell } from './Shell';
import { OnboardingScreen } from '../features/onboarding/OnboardingScreen';
import { hrefOf, parseRoute } from './route';

/** Toasts belong to a screen: `#/` and `#/acteurs` are the same one. */
const currentScreen = () => hrefOf(parseRoute(window.location.hash));

export function App() {
  const { loaded: loading, replace } = useLoaded(() => call('territory.get', {}), 'territoire');

  if (loading.state === 'loading') return <p className="app-loading">Ouverture de Maillage…</p>;
  if (loading.state === 'error')
    return (
      <main className="app-error">
        <Notice tone="error">{loading.message}</Notice>
      </main>
    );
  const setTerritory = (territory: TerritoryDto) => replace(territory);
  const clearTerritory = () => {
    window.location.hash = '#/';
    replace(null);
  };
  return (
    <ToastProvider screenOf={currentScreen}>
      {loading.data ? (
        <TerritoryProvider value={{ territory: loading.data, setTerritory, clearTerritory }}>
          <Shell />
        </TerritoryProvider>
      ) : (
        <OnboardingScreen
          onChosen={(territory) => {
            window.location.hash = '#/acteurs';
            setTerritory(territory);
          }}
        />
      )}
    </ToastProvider>
  );
}
