import { useCallback, useState } from 'react';
import type { DocumentKind, DocumentRequest } from '../../../../shared/documents/documentDto';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useToast } from '../../ui/Toast';
import { downloadBase64 } from '../../ui/download';

export type BuildState =
  | { state: 'idle' }
  | { state: 'building'; kind: DocumentKind }
  | { state: 'error'; kind: DocumentKind; message: string };

/** Asks the backend for a document, then hands the file to the user; one document at a time. */
export function useDocumentBuild() {
  const toast = useToast();
  const [status, setStatus] = useState<BuildState>({ state: 'idle' });
  const build = useCallback(
    async (request: DocumentRequest) => {
      setStatus({ state: 'building', kind: request.kind });
      const result = await call('documents.build', request);
      if (!result.ok) {
        setStatus({ state: 'error', kind: request.kind, message: result.error.message });
        return;
      }
      downloadBase64(result.data.fileName, result.data.contentBase64, result.data.mimeType);
      setStatus({ state: 'idle' });
      toast({
        message: `${quoted(result.data.fileName)} est prêt dans vos téléchargements.`,
        tone: 'success',
      });
    },
    [toast],
  );
  return { status, build };
}
