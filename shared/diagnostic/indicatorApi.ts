import {
  indicatorDatasetIdInput,
  indicatorDirectionInput,
  indicatorFileInput,
  indicatorImportInput,
  type FragilityDirection,
} from './indicatorSchemas';
import type { IndicatorDatasetDto, IndicatorImportDto, IndicatorPreviewDto } from './indicatorDto';
import { takes, takesNothing } from '../api/declare';

/** Indicator data per commune (IFN export or any per-commune table). */
export const indicatorApi = {
  /** What importing the indicator file would do; nothing is written. */
  'indicators.preview': takes(indicatorFileInput).answers<IndicatorPreviewDto>(),
  'indicators.import': takes(indicatorImportInput).answers<IndicatorImportDto>(),
  'indicators.list': takesNothing().answers<IndicatorDatasetDto[]>(),
  'indicators.delete': takes(indicatorDatasetIdInput).answers<{ id: number; name: string; year: number }>(),
  'indicators.setDirection': takes(indicatorDirectionInput).answers<{
    indicatorId: string;
    label: string;
    direction: FragilityDirection;
  }>(),
};

export type IndicatorMethod = keyof typeof indicatorApi;
