import {
  communeSearchInput,
  epciSearchInput,
  epciSirenInput,
  territoryLogoInput,
  territorySettingsInput,
} from './schemas';
import type { CommuneChoiceDto, EpciDetailDto, EpciSummaryDto, TerritoryDto } from './dto';
import { takes, takesNothing } from '../api/declare';

/** The national reference of EPCI and communes, and the territory the user works on. */
export const territoryApi = {
  'referential.searchEpci': takes(epciSearchInput).answers<EpciSummaryDto[]>(),
  'referential.getEpci': takes(epciSirenInput).answers<EpciDetailDto>(),
  /** Any commune of France by name, INSEE code or postcode, the territory's first (an actor's address). */
  'referential.searchCommunes': takes(communeSearchInput).answers<CommuneChoiceDto[]>(),
  'territory.get': takesNothing().answers<TerritoryDto | null>(),
  'territory.choose': takes(epciSirenInput).answers<TerritoryDto>(),
  'territory.createDemo': takesNothing().answers<TerritoryDto>(),
  'territory.updateSettings': takes(territorySettingsInput).answers<TerritoryDto>(),
  'territory.setLogo': takes(territoryLogoInput).answers<TerritoryDto>(),
  /** Everything is erased; a real territory's data is copied next to the file first. */
  'territory.reset': takesNothing().answers<{ backupPath: string | null }>(),
};

export type TerritoryMethod = keyof typeof territoryApi;
