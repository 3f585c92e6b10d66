import { call } from '../../../api/client';
import { useLoaded } from '../../../api/useLoaded';

/** Today's date as the backend sees it (ISO), or null while asking (or when it cannot be asked). */
export function useAppToday(): string | null {
  const { loaded } = useLoaded(() => call('app.info', {}), 'aujourd’hui');
  return loaded.state === 'ready' ? loaded.data.today : null;
}
