import type { NetworkLifeDto } from '../../../../shared/meetings/networkLifeDto';
import { networkPeriodPhrase } from '../../../../shared/meetings/networkLifePeriod';
import type { MeetingKind } from '../../../../shared/meetings/meetingsVocabulary';
import { countLabel, formatInteger } from '../../../../shared/format/french';
import { andList } from '../../../../shared/format/frenchList';

/**
 * The life of the network in two to four French sentences, for the note de synthèse: meetings held (and the
 * animations among them), attendance, the animations' participants, decisions and actions. What was not recorded
 * is said so (« non renseignée »), never written as 0.
 */

const ANIMATION_WORDS: Partial<Record<MeetingKind, [string, string]>> = {
  atelier: ['atelier', 'ateliers'],
  cafe_debat: ['café-débat', 'cafés-débats'],
  visite_apprenante: ['visite apprenante', 'visites apprenantes'],
  temps_convivial: ['temps convivial', 'temps conviviaux'],
};

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

function heldSentence(life: NetworkLifeDto, when: string | null): string {
  const period = when === null ? '' : ` ${when}`;
  if (life.heldCount === 0) return `Aucune réunion tenue${period}.`;
  const kinds = new Map<MeetingKind, number>();
  for (const event of life.animations) kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
  const parts = [...kinds].map(([kind, count]) => {
    const [singular, plural] = ANIMATION_WORDS[kind]!;
    return countLabel(count, singular, plural);
  });
  const among = parts.length === 0 ? '' : `, dont ${andList(parts)}`;
  const cancelled =
    life.cancelledCount === 0 ? '' : ` (${countLabel(life.cancelledCount, 'annulée', 'annulées')} en plus)`;
  return `${capitalized(countLabel(life.heldCount, 'réunion tenue', 'réunions tenues'))}${period}${among}${cancelled}.`;
}

function attendanceSentence(life: NetworkLifeDto): string {
  const { averagePresence, members } = life.attendance;
  if (averagePresence === null) return 'Présence des membres non renseignée.';
  const drifting = members.filter((member) => member.driftingAway).map((member) => member.name);
  const over = countLabel(life.withAttendanceCount, 'réunion', 'réunions');
  // Of the members whose attendance was recorded: a presence not said counts neither way (as in the bilan).
  const base = `Présence moyenne\u00a0: ${formatInteger(averagePresence)}\u00a0% des membres dont la présence a été relevée, sur ${over}`;
  if (drifting.length === 0) return `${base}.`;
  const who = drifting.length <= 3 ? `\u00a0: ${andList(drifting)}` : '';
  return `${base}\u00a0; ${countLabel(drifting.length, 'membre absent', 'membres absents')} à ses trois dernières réunions${who}.`;
}

function animationsSentence(life: NetworkLifeDto): string | null {
  if (life.animations.length === 0) return null;
  const known = life.animations.filter((event) => event.participants !== null);
  const events = countLabel(life.animations.length, 'animation', 'animations');
  if (known.length === 0) return `Nombre de participants aux ${events} non renseigné.`;
  const total = known.reduce((sum, event) => sum + event.participants!, 0);
  const reached = `${countLabel(total, 'participant', 'participants')}`;
  if (known.length === life.animations.length)
    return `${life.animations.length === 1 ? 'L’animation a' : `Les ${events} ont`} réuni ${reached}.`;
  const unknown = life.animations.length - known.length;
  return `${capitalized(countLabel(known.length, 'animation', 'animations'))} sur ${formatInteger(life.animations.length)} ${known.length > 1 ? 'ont' : 'a'} réuni ${reached} (nombre non renseigné pour ${formatInteger(unknown)}).`;
}

function decisionsSentence(life: NetworkLifeDto): string {
  const { total, done } = life.actions;
  // What the comptes rendus do not hold is not known to be none: « consignée », as the bilan says.
  if (life.decisionsCount === 0 && total === 0) return 'Aucune décision ni action de suivi consignée.';
  const decisions = capitalized(
    countLabel(life.decisionsCount, 'décision', 'décisions', 'aucune décision consignée'),
  );
  if (total === 0) return `${decisions}, aucune action de suivi consignée.`;
  return `${decisions}, ${countLabel(done, 'action réalisée', 'actions réalisées')} sur ${formatInteger(total)}.`;
}

export function networkLifeLines(life: NetworkLifeDto): string[] {
  const when = networkPeriodPhrase(life);
  if (life.heldCount === 0) return [heldSentence(life, when)];
  return [
    heldSentence(life, when),
    attendanceSentence(life),
    animationsSentence(life),
    decisionsSentence(life),
  ].filter((line): line is string => line !== null);
}
