import { useCallback, useState } from 'react';
import type { SharingKitDto } from '../../../../shared/sharing/sharingDto';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useToast } from '../../ui/Toast';
import { downloadBase64 } from '../../ui/download';

export type KitState =
  | { state: 'idle' }
  | { state: 'building' }
  | { state: 'done'; kit: Omit<SharingKitDto, 'contentBase64'> }
  | { state: 'error'; message: string };

/** Asks the backend for the « Kit de partage », then hands the zip over like the Word documents. */
export function useKitBuild() {
  const toast = useToast();
  const [status, setStatus] = useState<KitState>({ state: 'idle' });
  const build = useCallback(async () => {
    setStatus({ state: 'building' });
    const result = await call('sharing.kit', {});
    if (!result.ok) {
      setStatus({ state: 'error', message: result.error.message });
      return;
    }
    const { contentBase64, ...kit } = result.data;
    downloadBase64(kit.fileName, contentBase64, kit.mimeType);
    setStatus({ state: 'done', kit });
    toast({ message: `${quoted(kit.fileName)} est prêt dans vos téléchargements.`, tone: 'success' });
  }, [toast]);
  return { status, build };
}
