import { call } from '../../api/client';
import { downloadBase64 } from '../../ui/download';

/**
 * The « Rapport d'activité » (Word) and the tables (XLSX) of the screen's period and structure, saved through
 * the same path as the other documents (a download in the browser, the save dialog in the desktop window).
 */
export async function saveActivityFile(
  method: 'activity.report' | 'activity.spreadsheet',
  query: { from?: string; to?: string; actorId?: number },
): Promise<string> {
  const result = await call(method, query);
  if (!result.ok) throw new Error(result.error.message);
  downloadBase64(result.data.fileName, result.data.contentBase64, result.data.mimeType);
  return result.data.fileName;
}
