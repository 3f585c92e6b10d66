import { createContext, useContext, type ReactNode } from 'react';
import type { TerritoryDto } from '../../../shared/territory/dto';

interface TerritoryState {
  territory: TerritoryDto;
  /** Replace the territory after a change (settings, logo). */
  setTerritory: (territory: TerritoryDto) => void;
  /** Back to onboarding, once the territory has been left. */
  clearTerritory: () => void;
}

const TerritoryContext = createContext<TerritoryState | null>(null);

export function TerritoryProvider({ value, children }: { value: TerritoryState; children: ReactNode }) {
  return <TerritoryContext.Provider value={value}>{children}</TerritoryContext.Provider>;
}

/** The chosen territory; only screens shown after onboarding use it. */
export function useTerritory(): TerritoryState {
  const state = useContext(TerritoryContext);
  if (!state) throw new Error('useTerritory hors du territoire choisi');
  return state;
}
