import type {
  ElementChangeDto,
  FieldChangeDto,
  RoadmapActionDto,
  RoadmapDto,
  RoadmapMemberDto,
} from '../../../shared/roadmap/roadmapDto';
import {
  ACTION_ROLES,
  ACTION_STATUSES,
  FUNDING_SOURCES,
  FUNDING_STATUSES,
  SIGNATURE_STATUSES,
} from '../../../shared/roadmap/roadmapVocabulary';
import { formatEuros, formatMonthOrDate, formatQuantity } from '../../../shared/roadmap/roadmapDates';
import { formatDate } from '../../../shared/format/french';
import { fundingAmountText } from '../../../shared/roadmap/fundingAmountText';

/**
 * What changed between two roadmaps (two versions, or a version and the draft): elements added, removed or
 * modified, matched by their ids (which versions keep), with each changed field in French, before and after.
 */

const NONE = '—';

const text = (value: string | null | undefined): string => (value && value.trim() !== '' ? value : NONE);
const quantity = (value: number | null, unit: string | null) =>
  value === null ? NONE : formatQuantity(value, unit);
const list = (values: readonly string[]): string => (values.length > 0 ? values.join(', ') : NONE);

/**
 * « ' » and « ’ » read alike: a version adopted before commune names took the typographic apostrophe (migration
 * 024) would otherwise differ from the draft wherever « Saint-Martin-d'Hères » appears.
 */
const sameText = (a: string, b: string) => a === b || a.replaceAll('’', "'") === b.replaceAll('’', "'");

function fieldChanges(fields: [string, string, string][]): FieldChangeDto[] {
  return fields
    .filter(([, before, after]) => !sameText(before, after))
    .map(([field, before, after]) => ({ field, before, after }));
}

/** Compares two lists of elements matched by id. */
function compareById<T extends { id: number }>(
  before: readonly T[],
  after: readonly T[],
  describe: (
    item: T,
    side: 'before' | 'after',
  ) => { title: string; within: string | null; fields: [string, string][] },
  element: string,
): ElementChangeDto[] {
  const changes: ElementChangeDto[] = [];
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeIds = new Set(before.map((item) => item.id));
  for (const item of before) {
    const next = afterById.get(item.id);
    const old = describe(item, 'before');
    if (!next) {
      changes.push({ kind: 'suppression', element, title: old.title, within: old.within, changes: [] });
      continue;
    }
    const now = describe(next, 'after');
    const changed = fieldChanges(
      now.fields.map(([field, value], index) => [field, old.fields[index]?.[1] ?? NONE, value]),
    );
    if (changed.length > 0)
      changes.push({ kind: 'modification', element, title: now.title, within: now.within, changes: changed });
  }
  for (const item of after) {
    if (beforeIds.has(item.id)) continue;
    const now = describe(item, 'after');
    changes.push({ kind: 'ajout', element, title: now.title, within: now.within, changes: [] });
  }
  return changes;
}

function memberNames(roadmap: RoadmapDto): Map<number, string> {
  return new Map(roadmap.members.map((member: RoadmapMemberDto) => [member.id, member.name]));
}

function describeAction(roadmap: RoadmapDto) {
  const names = memberNames(roadmap);
  const nameOf = (id: number) => names.get(id) ?? 'membre retiré';
  const objectives = new Map(roadmap.objectives.map((objective) => [objective.id, objective.title]));
  const chantiers = new Map(roadmap.chantiers.map((chantier) => [chantier.id, chantier.title]));
  const communes = new Map(roadmap.communes.map((commune) => [commune.code, commune.name]));
  return (action: RoadmapActionDto) => {
    const otherRoles = roadmap.roles
      .filter((role) => role.actionId === action.id && role.role !== 'pilote' && role.role !== 'partenaire')
      .map((role) => `${nameOf(role.memberId)} (${ACTION_ROLES[role.role].toLowerCase()})`);
    return {
      title: action.title,
      within: chantiers.get(action.chantierId) ?? null,
      fields: [
        ['Intitulé', action.title],
        ['Chantier', text(chantiers.get(action.chantierId))],
        ['Objectif', action.objectiveId === null ? NONE : text(objectives.get(action.objectiveId))],
        ['Description', text(action.description)],
        ['Pilote', action.pilotMemberId === null ? NONE : nameOf(action.pilotMemberId)],
        ['Partenaires', list(action.partnerMemberIds.map(nameOf))],
        ['Financeurs et contributeurs', list(otherRoles)],
        ['Publics', list(action.publics)],
        ['Communes', list(action.communeCodes.map((code) => communes.get(code) ?? code))],
        ['Début', text(formatMonthOrDate(action.start))],
        ['Fin', text(formatMonthOrDate(action.end))],
        ['Budget', action.budget === null ? NONE : formatEuros(action.budget)],
        [
          'Financements',
          list(
            action.fundings.map(
              (line) =>
                `${FUNDING_SOURCES[line.source]} ${fundingAmountText(line.amount)} (${FUNDING_STATUSES[line.status].toLowerCase()})`,
            ),
          ),
        ],
        [
          'Indicateurs',
          list(
            action.indicators.map(
              (indicator) =>
                `${indicator.label}\u00a0: ${indicator.computed && indicator.actual === null ? 'inconnu' : quantity(indicator.actual, indicator.unit)} sur ${quantity(indicator.target, indicator.unit)}${indicator.computed ? ' (calculé à partir de l’activité)' : ''}`,
            ),
          ),
        ],
        ['Statut', ACTION_STATUSES[action.status]],
        ['Avancement', `${action.progress}\u00a0%`],
      ] as [string, string][],
    };
  };
}

export function compareRoadmaps(before: RoadmapDto, after: RoadmapDto): ElementChangeDto[] {
  const general = fieldChanges([
    ['Titre', before.title, after.title],
    ['Instance', text(before.instance?.name), text(after.instance?.name)],
    ['Raison d’être', text(before.purpose), text(after.purpose)],
    ['Contexte', text(before.context), text(after.context)],
    ['Engagements réciproques', text(before.commitments), text(after.commitments)],
  ]);
  const changes: ElementChangeDto[] =
    general.length > 0
      ? [
          {
            kind: 'modification',
            element: 'Feuille de route',
            title: after.title,
            within: null,
            changes: general,
          },
        ]
      : [];

  changes.push(
    ...compareById(
      before.members,
      after.members,
      (member) => ({
        title: member.name,
        within: null,
        fields: [
          ['Nom', member.name],
          ['Représentants', list(member.representatives.map((person) => person.name))],
          ['Précision', text(member.detail)],
        ],
      }),
      'Membre',
    ),
  );

  changes.push(
    ...compareById(
      before.objectives,
      after.objectives,
      (objective) => ({
        title: objective.title,
        within: null,
        fields: [
          ['Intitulé', objective.title],
          ['Indicateur', text(objective.indicator)],
          ['Valeur de départ', quantity(objective.baseline, objective.unit)],
          ['Cible', quantity(objective.target, objective.unit)],
        ],
      }),
      'Objectif',
    ),
  );

  changes.push(
    ...compareById(
      before.chantiers,
      after.chantiers,
      (chantier) => ({
        title: chantier.title,
        within: null,
        fields: [
          ['Intitulé', chantier.title],
          ['Description', text(chantier.description)],
        ],
      }),
      'Chantier',
    ),
  );

  const beforeAction = describeAction(before);
  const afterAction = describeAction(after);
  changes.push(
    ...compareById(
      before.chantiers.flatMap((chantier) => chantier.actions),
      after.chantiers.flatMap((chantier) => chantier.actions),
      (action, side) => (side === 'before' ? beforeAction(action) : afterAction(action)),
      'Action',
    ),
  );

  const signatureOf = (roadmap: RoadmapDto) =>
    roadmap.signatures.map((signature) => ({ ...signature, id: signature.memberId }));
  // Signatures of members added or removed are told by the member's own line: only changes are listed here.
  changes.push(
    ...compareById(
      signatureOf(before),
      signatureOf(after),
      (signature) => ({
        title: signature.organisation,
        within: null,
        fields: [
          ['Organisation', signature.organisation],
          ['Signataire', text(signature.signatory)],
          ['Fonction', text(signature.function)],
          ['Date', signature.signedOn ? formatDate(signature.signedOn) : NONE],
          ['Statut', SIGNATURE_STATUSES[signature.status]],
        ],
      }),
      'Signature',
    ).filter((change) => change.kind === 'modification'),
  );
  return changes;
}
