import { z } from 'zod';
import type { ApiMethod } from './methods';
import { actorIdInput, actorInput, actorListQuery, actorUpdateInput } from '../actors/schemas';
import type { ActorDto, ActorListPageDto, OpeningHoursReading, TrashedActorDto } from '../actors/dto';
import {
  epciSearchInput,
  epciSirenInput,
  territoryLogoInput,
  territorySettingsInput,
} from '../territory/schemas';
import type { EpciDetailDto, EpciSummaryDto, TerritoryDto } from '../territory/dto';
import { mapImportInput, mapSvgInput } from '../map/schemas';
import type { MapDto, MapImportReportDto } from '../map/dto';
import { exportFileInput, exportPreviewInput } from '../interop/exportDto';
import type { ExportFileDto, ExportPreviewDto } from '../interop/exportDto';
import { duplicateMergeInput, duplicatePairInput } from '../duplicates/duplicateDto';
import type { DuplicatePairDto } from '../duplicates/duplicateDto';
import { importFileInput, importJobInput } from '../interop/importSchemas';
import type { ImportJobDto, ImportPreviewDto } from '../interop/importDto';
import {
  indicatorDatasetIdInput,
  indicatorFileInput,
  indicatorImportInput,
} from '../diagnostic/indicatorSchemas';
import type {
  IndicatorDatasetDto,
  IndicatorImportDto,
  IndicatorPreviewDto,
} from '../diagnostic/indicatorDto';
import { diagnosticInputs, type DiagnosticOutputs } from '../diagnostic/diagnosticApi';
import { governanceInputs, type GovernanceOutputs } from '../governance/governanceApi';
import { roadmapInputs, type RoadmapOutputs } from '../roadmap/roadmapApi';
import { documentInputs, type DocumentOutputs } from '../documents/documentApi';
import { backupInputs, type BackupOutputs } from '../backups/backupApi';

const emptyInput = z.object({}).default({});

/** The input schema of every method: the router validates each call against it. */
export const inputSchemas = {
  'app.info': emptyInput,
  'app.reportError': z.object({
    /** Where it happened: « écran », « fenêtre » (an error event), « promesse » (an unhandled rejection). */
    where: z.enum(['écran', 'fenêtre', 'promesse']),
    message: z.string().max(2_000),
    stack: z.string().max(8_000).default(''),
  }),
  'referential.searchEpci': epciSearchInput,
  'referential.getEpci': epciSirenInput,
  'territory.get': emptyInput,
  'territory.choose': epciSirenInput,
  'territory.createDemo': emptyInput,
  'territory.updateSettings': territorySettingsInput,
  'territory.setLogo': territoryLogoInput,
  'territory.reset': emptyInput,
  'actors.list': actorListQuery,
  'actors.get': actorIdInput,
  'actors.create': actorInput,
  'actors.update': actorUpdateInput,
  'actors.delete': actorIdInput,
  'actors.restore': actorIdInput,
  'actors.trash': emptyInput,
  'actors.purge': actorIdInput,
  'openingHours.read': z.object({ value: z.string().max(500) }),
  'map.importContours': mapImportInput,
  'map.svg': mapSvgInput,
  'export.preview': exportPreviewInput,
  'export.file': exportFileInput,
  'duplicates.list': emptyInput,
  'duplicates.dismiss': duplicatePairInput,
  'duplicates.merge': duplicateMergeInput,
  'import.preview': importFileInput,
  'import.start': importFileInput,
  'import.progress': importJobInput,
  'import.cancel': importJobInput,
  'indicators.preview': indicatorFileInput,
  'indicators.import': indicatorImportInput,
  'indicators.list': emptyInput,
  'indicators.delete': indicatorDatasetIdInput,
  ...diagnosticInputs,
  ...governanceInputs,
  ...roadmapInputs,
  ...documentInputs,
  ...backupInputs,
} satisfies Record<ApiMethod, z.ZodType>;

export interface AppInfoDto {
  version: string;
  schemaVersion: number;
  databasePath: string;
  /** Today's date for the app (ISO), from the backend's clock. */
  today: string;
  /** Maillage's log file, to tell a user where to look when something went wrong (null in tests). */
  logPath: string | null;
}

/** What each method answers with (plain JSON). */
export interface ApiOutputs
  extends DiagnosticOutputs, GovernanceOutputs, RoadmapOutputs, DocumentOutputs, BackupOutputs {
  'app.info': AppInfoDto;
  /** Written to the log file; answers where that file is. */
  'app.reportError': { logPath: string | null };
  'referential.searchEpci': EpciSummaryDto[];
  'referential.getEpci': EpciDetailDto;
  'territory.get': TerritoryDto | null;
  'territory.choose': TerritoryDto;
  'territory.createDemo': TerritoryDto;
  'territory.updateSettings': TerritoryDto;
  'territory.setLogo': TerritoryDto;
  /** Everything is erased; a real territory's data is copied next to the file first. */
  'territory.reset': { backupPath: string | null };
  'actors.list': ActorListPageDto;
  'actors.get': ActorDto;
  'actors.create': ActorDto;
  'actors.update': ActorDto;
  'actors.delete': { id: number; name: string };
  'actors.restore': ActorDto;
  'actors.trash': TrashedActorDto[];
  'actors.purge': { id: number };
  'openingHours.read': OpeningHoursReading;
  'map.importContours': MapImportReportDto;
  'map.svg': MapDto;
  'export.preview': ExportPreviewDto;
  'export.file': ExportFileDto;
  'duplicates.list': DuplicatePairDto[];
  'duplicates.dismiss': { key: string };
  'duplicates.merge': { kept: ActorDto; trashed: { id: number; name: string } };
  /** What the import would do; nothing is written. */
  'import.preview': ImportPreviewDto;
  'import.start': ImportJobDto;
  'import.progress': ImportJobDto;
  'import.cancel': ImportJobDto;
  /** What importing the indicator file would do; nothing is written. */
  'indicators.preview': IndicatorPreviewDto;
  'indicators.import': IndicatorImportDto;
  'indicators.list': IndicatorDatasetDto[];
  'indicators.delete': { id: number; name: string; year: number };
}

export type ApiInput<M extends ApiMethod> = z.input<(typeof inputSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof inputSchemas)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];
