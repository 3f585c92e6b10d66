import { describe, expect, it } from 'vitest';
import type { AnimationEventDto, NetworkLifeDto } from '../../../shared/meetings/networkLifeDto';
import { networkFigures } from '../../../renderer/src/features/meetings/networkFigures';

const life = (animations: AnimationEventDto[]): NetworkLifeDto => ({
  instanceId: 1,
  instanceName: 'Réseau des acteurs',
  period: { from: null, to: null },
  span: { first: '2026-10-01', last: '2026-12-03' },
  heldCount: 3,
  withAttendanceCount: 3,
  cancelledCount: 0,
  perQuarter: [],
  attendance: { meetings: [], members: [], averagePresence: 78 },
  animations,
  decisionsCount: 3,
  actions: { total: 2, done: 0, open: 2, late: 0 },
});

const atelier = (participants: number | null): AnimationEventDto => ({
  id: 1,
  date: '2026-11-12',
  kind: 'atelier',
  title: 'Atelier',
  participants,
  presentInvitees: null,
});

const valueOf = (dto: NetworkLifeDto, id: string, today = '2027-06-01') =>
  networkFigures(dto, today).find((f) => f.id === id);

describe('the key figures of « Vie du réseau »', () => {
  it('says there was no animation, rather than « non renseigné », when none was held', () => {
    expect(valueOf(life([]), 'participants')).toMatchObject({ value: 'aucune animation', note: null });
    expect(valueOf(life([]), 'animations')?.value).toBe('0');
  });

  it('says « non renseigné » while nobody counted, and the part counted when some did', () => {
    expect(valueOf(life([atelier(null)]), 'participants')?.value).toBe('non renseigné');
    expect(valueOf(life([atelier(12), atelier(null), atelier(8)]), 'participants')).toMatchObject({
      value: '20',
      note: 'pour 2 animations sur 3',
    });
  });

  it('writes the attendance with a no-break space before %, and the actions done out of all', () => {
    expect(valueOf(life([]), 'presence')?.value).toBe('78\u00a0%');
    expect(valueOf(life([]), 'actions')?.value).toBe('0 sur 2');
  });

  it('says the actions done of a period already ended are counted at its last day', () => {
    const ended = { ...life([]), period: { from: '2026-01-01', to: '2026-12-31' } };
    expect(valueOf(ended, 'actions', '2027-03-10')).toMatchObject({
      value: '0 sur 2',
      note: 'au 31\u00a0décembre 2026',
    });
    expect(valueOf(ended, 'actions', '2026-11-02')?.note).toBeNull();
  });
});
