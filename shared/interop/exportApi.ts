import { exportFileInput, exportPreviewInput } from './exportDto';
import type { ExportFileDto, ExportPreviewDto } from './exportDto';
import { takes } from '../api/declare';

/** Exporting the directory in the national standard and for spreadsheets. */
export const exportApi = {
  'export.preview': takes(exportPreviewInput).answers<ExportPreviewDto>(),
  'export.file': takes(exportFileInput).answers<ExportFileDto>(),
};

export type ExportMethod = keyof typeof exportApi;
