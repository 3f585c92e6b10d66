import { useState } from 'react';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';

/** A year of the network's life, or all of it (null). */
export type NetworkYear = number | null;

/** The years the held meetings span, latest first. */
export function yearsOfSpan(span: { first: string | null; last: string | null }): number[] {
  if (span.first === null || span.last === null) return [];
  const years: number[] = [];
  for (let year = Number(span.last.slice(0, 4)); year >= Number(span.first.slice(0, 4)); year -= 1)
    years.push(year);
  return years;
}

/**
 * The « Vie du réseau » part of « Réunions »: the body's network life over all its meetings, and over a year once
 * one is picked. The years offered are those of all its held meetings.
 */
export function useNetworkLife(instanceId: number) {
  const [year, setYear] = useState<NetworkYear>(null);
  const all = useLoaded(
    () => call('meetings.networkLife', { instanceId, from: null, to: null }),
    `network-life-${instanceId}`,
  );
  const ofYear = useLoaded(
    () => call('meetings.networkLife', { instanceId, from: `${year}-01-01`, to: `${year}-12-31` }),
    year === null ? null : `network-life-${instanceId}-${year}`,
  );
  const shown = year === null ? all : ofYear;
  return {
    year,
    setYear,
    years: all.data ? yearsOfSpan(all.data.span) : [],
    life: shown.loaded.state === 'ready' ? shown.loaded.data : null,
    error: shown.loaded.state === 'error' ? shown.loaded.message : null,
  };
}
