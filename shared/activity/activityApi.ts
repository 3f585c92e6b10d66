import {
  activityFileInput,
  activityImportIdInput,
  activityImportInput,
  activityOverviewInput,
} from './activitySchemas';
import type { ActivityImportDto, ActivityImportListItemDto, ActivityPreviewDto } from './activityDto';
import type { ActivityFiguresDto, ActivityMapDto } from './activityFiguresDto';
import type { DocumentFileDto } from '../documents/documentDto';
import { takes, takesNothing } from '../api/declare';

/** The médiateurs' activity, from their exports (La Coop de la médiation numérique, or any table). */
export const activityApi = {
  /** What importing the file would do; nothing is written. */
  'activity.preview': takes(activityFileInput).answers<ActivityPreviewDto>(),
  'activity.import': takes(activityImportInput).answers<ActivityImportDto>(),
  'activity.imports': takesNothing().answers<ActivityImportListItemDto[]>(),
  'activity.deleteImport': takes(activityImportIdInput).answers<{ id: number }>(),
  /** The screen's figures over a period and a scope (one structure, or all), as the report and export give them. */
  'activity.overview': takes(activityOverviewInput).answers<ActivityFiguresDto>(),
  /** The territory's communes coloured by accompaniments per 1,000 inhabitants, over the stored contours. */
  'activity.map': takes(activityOverviewInput).answers<ActivityMapDto>(),
  /** The Word « Rapport d'activité » of the same period and scope. */
  'activity.report': takes(activityOverviewInput).answers<Omit<DocumentFileDto, 'kind'>>(),
  /** The report's tables as an XLSX workbook, one sheet per table. */
  'activity.spreadsheet': takes(activityOverviewInput).answers<Omit<DocumentFileDto, 'kind'>>(),
};

export type ActivityMethod = keyof typeof activityApi;
