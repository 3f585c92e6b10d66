import type { HandlerGroup } from '../../router/handlers';
import { exportFile, previewExport } from './exportDirectory';

/** Exporting the directory to the « Lieux de médiation numérique » standard and to Excel. */
export const exportHandlers: HandlerGroup<'export.preview' | 'export.file'> = {
  'export.preview': ({ filters }, ctx) => previewExport(ctx, filters),
  'export.file': ({ format, filters }, ctx) => exportFile(ctx, format, filters),
};
