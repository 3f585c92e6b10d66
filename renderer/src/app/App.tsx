import { useEffect, useState } from 'react';
import type { TerritoryDto } from '../../../shared/territory/dto';
import { call } from '../api/client';
import { Notice } from '../ui/Notice';
import { ToastProvider } from '../ui/Toast';
import { TerritoryProvider } from './TerritoryContext';
import { Shell } from './Shell';
import { OnboardingScreen } from '../features/onboarding/OnboardingScreen';

type Loading =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; territory: TerritoryDto | null };

export function App() {
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });

  useEffect(() => {
    void call('territory.get', {}).then((result) =>
      setLoading(
        result.ok
          ? { state: 'ready', territory: result.data }
          : { state: 'error', message: result.error.message },
      ),
    );
  }, []);

  if (loading.state === 'loading') return <p className="app-loading">Ouverture de Maillage…</p>;
  if (loading.state === 'error')
    return (
      <main className="app-error">
        <Notice tone="error">{loading.message}</Notice>
      </main>
    );
  const setTerritory = (territory: TerritoryDto) => setLoading({ state: 'ready', territory });
  const clearTerritory = () => {
    window.location.hash = '#/';
    setLoading({ state: 'ready', territory: null });
  };
  return (
    <ToastProvider>
      {loading.territory ? (
        <TerritoryProvider value={{ territory: loading.territory, setTerritory, clearTerritory }}>
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
