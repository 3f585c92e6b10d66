import { useCallback, useEffect, useState } from 'react';
import { CONTOURS_MAX_BYTES, CONTOURS_TOO_LARGE_MESSAGE } from '../../../../shared/map/schemas';
import { call } from '../../api/client';
import { uploadFile } from '../../api/uploadFile';
import { importReportText } from './mapModel';

export interface ContoursImport {
  importing: boolean;
  /** What the last import did, or why it failed. */
  report: { tone: 'success' | 'error'; text: string } | null;
  importFile: (file: File) => Promise<void>;
}

/**
 * Importing a contours file, picked or dropped anywhere on the window while the map is shown; `onImported` runs
 * once the contours are stored (to draw the map again).
 */
export function useContoursImport(onImported: () => void): ContoursImport {
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const importFile = useCallback(
    async (file: File) => {
      if (file.size > CONTOURS_MAX_BYTES) {
        setReport({ tone: 'error', text: CONTOURS_TOO_LARGE_MESSAGE });
        return;
      }
      setImporting(true);
      setReport(null);
      try {
        const sent = await uploadFile(file);
        const result = sent.ok
          ? await call('map.importContours', { fileName: file.name, uploadId: sent.data.uploadId })
          : sent;
        if (result.ok) {
          setReport({ tone: 'success', text: importReportText(result.data) });
          onImported();
        } else setReport({ tone: 'error', text: result.error.message });
      } catch {
        setReport({
          tone: 'error',
          text: 'Le fichier n’a pas pu être lu. Réessayez avec une copie enregistrée sur l’ordinateur.',
        });
      } finally {
        setImporting(false);
      }
    },
    [onImported],
  );

  // A contours file dropped anywhere on the window while the map is shown.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void importFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFile]);

  return { importing, report, importFile };
}
