import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { sendPickedFile, type FilePick } from '../../api/pickedFile';
import { importReportText } from './mapModel';

export interface ContoursImport {
  importing: boolean;
  /** What the last import did, or why it failed. */
  report: { tone: 'success' | 'error'; text: string } | null;
  /** A contours file chosen in the desktop's dialog, picked in the browser mode's input, or dropped. */
  importPicked: (pick: FilePick) => Promise<void>;
}

/**
 * Importing a contours file, picked or dropped anywhere on the window while the map is shown; `onImported` runs
 * once the contours are stored (to draw the map again).
 */
export function useContoursImport(onImported: () => void): ContoursImport {
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const importPicked = useCallback(
    async (pick: FilePick) => {
      setImporting(true);
      setReport(null);
      try {
        const picked = await pick();
        if (picked === null) return;
        const result = picked.ok
          ? await call('map.importContours', picked.file)
          : ({ ok: false, error: { message: picked.message } } as const);
        if (result.ok) {
          setReport({ tone: 'success', text: importReportText(result.data) });
          onImported();
        } else setReport({ tone: 'error', text: result.error.message });
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
      void importPicked(() => sendPickedFile('contours', file));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importPicked]);

  return { importing, report, importPicked };
}
