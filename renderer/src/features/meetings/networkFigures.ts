/**
 * The key figures of « Vie du réseau » (meetings held, attendance, animations, decisions, actions done), as the
 * words the tiles show. Pure: no React.
 */
import { formatDate, formatInteger } from '../../../../shared/format/french';
import type { NetworkLifeDto } from '../../../../shared/meetings/networkLifeDto';

export interface NetworkFigure {
  id: string;
  label: string;
  value: string;
  /** What the value covers when it covers part of the period (« pour 2 animations sur 3 »). */
  note: string | null;
}

/** `today`: the computer's day; a period ended before it counts the actions done by its last day. */
export function networkFigures(life: NetworkLifeDto, today: string): NetworkFigure[] {
  const known = life.animations.filter((event) => event.participants !== null);
  const participants =
    life.animations.length === 0
      ? 'aucune animation'
      : known.length === 0
        ? 'non renseigné'
        : formatInteger(known.reduce((sum, event) => sum + event.participants!, 0));
  return [
    { id: 'held', label: 'Réunions tenues', value: formatInteger(life.heldCount), note: null },
    { id: 'cancelled', label: 'Annulées', value: formatInteger(life.cancelledCount), note: null },
    {
      id: 'presence',
      label: 'Présence moyenne des membres',
      value:
        life.attendance.averagePresence === null
          ? 'non renseignée'
          : `${formatInteger(life.attendance.averagePresence)}\u00a0%`,
      note: null,
    },
    { id: 'animations', label: 'Animations', value: formatInteger(life.animations.length), note: null },
    {
      id: 'participants',
      label: 'Participants aux animations',
      value: participants,
      note:
        known.length > 0 && known.length < life.animations.length
          ? `pour ${known.length} animation${known.length > 1 ? 's' : ''} sur ${life.animations.length}`
          : null,
    },
    { id: 'decisions', label: 'Décisions', value: formatInteger(life.decisionsCount), note: null },
    {
      id: 'actions',
      label: 'Actions réalisées',
      value:
        life.actions.total === 0
          ? 'aucune'
          : `${formatInteger(life.actions.done)} sur ${formatInteger(life.actions.total)}`,
      note:
        life.actions.total > 0 && life.period.to !== null && life.period.to < today
          ? `au ${formatDate(life.period.to)}`
          : null,
    },
  ];
}
