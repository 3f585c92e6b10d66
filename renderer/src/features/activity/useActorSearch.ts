import { useEffect, useState } from 'react';
import { call } from '../../api/client';

interface FoundActor {
  id: number;
  name: string;
  communeName: string | null;
}

/** The directory's actors whose name matches what the user types (the structure of an activity file). */
export function useActorSearch(search: string): FoundActor[] {
  const text = search.trim();
  const [found, setFound] = useState<{ text: string; actors: FoundActor[] }>({ text: '', actors: [] });
  useEffect(() => {
    if (text.length < 2) return;
    let current = true;
    void call('actors.list', { search: text, limit: 8 }).then((result) => {
      if (current && result.ok)
        setFound({
          text,
          actors: result.data.items.map(({ id, name, communeName }) => ({ id, name, communeName })),
        });
    });
    return () => {
      current = false;
    };
  }, [text]);
  // An answer for an earlier text is not shown.
  return found.text === text && text.length >= 2 ? found.actors : [];
}

/** The places of the chosen actor, to tie the activity to one of them (optional). */
export function useActorPlaces(actorId: number | null): { id: number; name: string }[] {
  const [loaded, setLoaded] = useState<{ actorId: number | null; places: { id: number; name: string }[] }>({
    actorId: null,
    places: [],
  });
  useEffect(() => {
    if (actorId === null) return;
    let current = true;
    void call('actors.get', { id: actorId }).then((result) => {
      if (current && result.ok)
        setLoaded({ actorId, places: result.data.places.map(({ id, name }) => ({ id, name })) });
    });
    return () => {
      current = false;
    };
  }, [actorId]);
  return loaded.actorId === actorId ? loaded.places : [];
}
