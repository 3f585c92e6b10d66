import { describe, expect, it } from 'vitest';
import { proposesMet, networkStatusLabel } from '../../../shared/network/networkLabels';
import { daysBetween, stepTiming, stepWhen } from '../../../renderer/src/features/network/networkText';
import {
  contactFieldErrors,
  localToday,
  newDraft,
} from '../../../renderer/src/features/network/contactDraft';

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
    expect(stepWhen('2026-03-01', today)).toBe('En retard : prévu le 1er\u00a0mars 2026');
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
});
