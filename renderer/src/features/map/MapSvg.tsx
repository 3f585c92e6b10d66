import type { KeyboardEvent, MouseEvent } from 'react';
import { actorIdAt } from './mapModel';

/**
 * The backend's SVG, inline. It comes from our own backend and is built from escaped data (no script, no
 * style attribute), so it is injected as is. One click handler for every point (event delegation).
 */
export function MapSvg({ svg, onActor }: { svg: string; onActor: (id: number) => void }) {
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const id = actorIdAt(event.target);
    if (id !== null) onActor(id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter') return;
    const id = actorIdAt(event.target);
    if (id !== null) onActor(id);
  };
  return (
    <div
      className="map-canvas"
      onClick={onClick}
      onKeyDown={onKeyDown}
      role="presentation"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
