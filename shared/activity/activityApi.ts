import {
  activityFileInput,
  activityImportIdInput,
  activityImportInput,
  activityOverviewInput,
} from './activitySchemas';
import type {
  ActivityImportDto,
  ActivityImportListItemDto,
  ActivityOverviewDto,
  ActivityPreviewDto,
} from './activityDto';
import { takes, takesNothing } from '../api/declare';

/** The médiateurs' activity, from their exports (La Coop de la médiation numérique, or any table). */
export const activityApi = {
  /** What importing the file would do; nothing is written. */
  'activity.preview': takes(activityFileInput).answers<ActivityPreviewDto>(),
  'activity.import': takes(activityImportInput).answers<ActivityImportDto>(),
  'activity.imports': takesNothing().answers<ActivityImportListItemDto[]>(),
  'activity.deleteImport': takes(activityImportIdInput).answers<{ id: number }>(),
  'activity.overview': takes(activityOverviewInput).answers<ActivityOverviewDto>(),
};

export type ActivityMethod = keyof typeof activityApi;
