import { describe, expect, it } from 'vitest';
import { proposesMet, networkStatusLabel } from '../../../shared/network/networkLabels';
import {
  daysBetween,
  networkSummary,
  stepTiming,
  stepWhen,
} from '../../../renderer/src/features/network/networkText';
import { contactFieldErrors, newDraft } from '../../../renderer/src/features/network/contactDraft';
import { localToday } from '../../../renderer/src/app/localToday';

describe('the network’s words', () => {
  it('proposes « rencontré » after a visit or a meeting with an actor not met yet, and only then', () => {
    expect(proposesMet(null, 'visit')).toBe(true);
    expect(proposesMet('spotted', 'meeting')).toBe(true);
    expect(proposesMet('spotted', 'call')).toBe(false);
    expect(proposesMet(null, 'email')).toBe(false);
    expect(proposesMet('met', 'visit')).toBe(false);
    expect(proposesMet('member', 'visit')).toBe(false);
    expect(proposesMet('declined', 'meeting')).toBe(false);
  });

  it('writes a status never set as « Non renseigné », never as « Repéré »', () => {
    expect(networkStatusLabel(null)).toBe('Non renseigné');
    expect(networkStatusLabel('spotted')).toBe('Repéré');
    expect(networkStatusLabel('member')).toBe('Membre du réseau');
  });

  it('tells an overdue step from today’s, a coming one and one without a date, in French', () => {
    const today = '2026-04-05';
    expect(daysBetween(today, '2026-04-19')).toBe(14);
    expect(stepTiming('2026-03-01', today)).toBe('overdue');
    expect(stepTiming('2026-04-05', today)).toBe('today');
    expect(stepTiming('2026-04-19', today)).toBe('soon');
    expect(stepTiming('2026-04-20', today)).toBe('later');
    expect(stepTiming(null, today)).toBe('undated');
    expect(stepWhen('2026-03-01', today)).toBe('En retard\u00a0: prévu le 1er\u00a0mars 2026');
    expect(stepWhen('2027-01-15', today)).toBe('Le 15\u00a0janvier 2027');
    expect(stepWhen('2026-04-05', today)).toBe('Aujourd’hui');
    expect(stepWhen(null, today)).toBe('Sans date');
  });

  it('starts a new entry as a visit today, by the last person who went, and maps the API’s field messages', () => {
    expect(localToday(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
    expect(newDraft('2026-01-09', 'Claire')).toMatchObject({
      contactOn: '2026-01-09',
      kind: 'visit',
      who: 'Claire',
    });
    expect(
      contactFieldErrors({
        code: 'invalid_input',
        message: 'x',
        fields: { 'contact.contactOn': 'La date du contact est obligatoire.' },
      }),
    ).toEqual({ contactOn: 'La date du contact est obligatoire.' });
  });

  it('counts an actor that said no among those met, said apart (ten met: nine members and one « non »)', () => {
    const counts = { spotted: 2, met: 0, member: 9, declined: 1, none: 33 };
    expect(networkSummary({ counts, total: 45, contactCount: 10 })).toBe(
      '10\u00a0acteurs rencontrés sur 45, dont 9\u00a0membres du réseau et 1\u00a0qui ne souhaite pas en être · 10\u00a0contacts notés',
    );
    expect(
      networkSummary({ counts: { ...counts, declined: 2, member: 1, met: 1 }, total: 45, contactCount: 4 }),
    ).toBe(
      '4\u00a0acteurs rencontrés sur 45, dont 1\u00a0membre du réseau et 2\u00a0qui ne souhaitent pas en être · 4\u00a0contacts notés',
    );
    expect(
      networkSummary({
        counts: { spotted: 0, met: 0, member: 0, declined: 0, none: 45 },
        total: 45,
        contactCount: 0,
      }),
    ).toBe('Aucun acteur rencontré sur 45, dont aucun membre du réseau · aucun contact noté');
  });
});
