import type {
  RoadmapActionDto,
  RoadmapChantierDto,
  RoadmapDto,
  RoadmapObjectiveDto,
} from '../../../../../shared/roadmap/roadmapDto';
import type {
  ChantierInput,
  ObjectiveInput,
  RoadmapTextInput,
} from '../../../../../shared/roadmap/roadmapSchemas';

/**
 * What the user typed and the backend has not confirmed yet. The screen shows the backend's roadmap with these
 * drafts laid over it, so that an answer arriving while the user types never puts older text back under
 * their cursor (the local text wins while typing).
 */

export const ROADMAP_TEXT_FIELDS = ['title', 'purpose', 'context', 'commitments'] as const;
export type RoadmapTextField = (typeof ROADMAP_TEXT_FIELDS)[number];

export type ChantierFields = Pick<RoadmapChantierDto, 'id' | 'title' | 'description'>;

export type RoadmapDraft =
  | { kind: 'text'; field: RoadmapTextField; value: string }
  | { kind: 'objective'; objective: RoadmapObjectiveDto }
  | { kind: 'chantier'; chantier: ChantierFields }
  | { kind: 'action'; action: RoadmapActionDto };

/** One draft per edited thing: the newer draft of the same key replaces the older. */
export function draftKey(draft: RoadmapDraft): string {
  switch (draft.kind) {
    case 'text':
      return `text:${draft.field}`;
    case 'objective':
      return `objective:${draft.objective.id}`;
    case 'chantier':
      return `chantier:${draft.chantier.id}`;
    case 'action':
      return `action:${draft.action.id}`;
  }
}

export function applyDraft(roadmap: RoadmapDto, draft: RoadmapDraft): RoadmapDto {
  switch (draft.kind) {
    case 'text':
      return { ...roadmap, [draft.field]: draft.value };
    case 'objective': {
      const { objective } = draft;
      if (!roadmap.objectives.some((o) => o.id === objective.id)) return roadmap;
      return {
        ...roadmap,
        objectives: roadmap.objectives.map((o) => (o.id === objective.id ? objective : o)),
      };
    }
    case 'chantier': {
      const { chantier } = draft;
      return {
        ...roadmap,
        chantiers: roadmap.chantiers.map((c) =>
          c.id === chantier.id ? { ...c, title: chantier.title, description: chantier.description } : c,
        ),
      };
    }
    case 'action': {
      const { action } = draft;
      // The draft keeps its place: a move is the backend's business, the fields are the user's.
      return {
        ...roadmap,
        chantiers: roadmap.chantiers.map((c) => ({
          ...c,
          actions: c.actions.map((a) =>
            a.id === action.id ? { ...action, chantierId: a.chantierId, position: a.position } : a,
          ),
        })),
      };
    }
  }
}

export function withDrafts(roadmap: RoadmapDto, drafts: Iterable<RoadmapDraft>): RoadmapDto {
  let shown = roadmap;
  for (const draft of drafts) shown = applyDraft(shown, draft);
  return shown;
}

/** The current value of what a key names, as a draft (the value to put back on undo); null if it is gone. */
export function currentDraft(roadmap: RoadmapDto, key: string): RoadmapDraft | null {
  const [kind, rest] = splitKey(key);
  if (kind === 'text') {
    const field = ROADMAP_TEXT_FIELDS.find((f) => f === rest);
    return field ? { kind: 'text', field, value: roadmap[field] ?? '' } : null;
  }
  const id = Number(rest);
  if (kind === 'objective') {
    const objective = roadmap.objectives.find((o) => o.id === id);
    return objective ? { kind: 'objective', objective } : null;
  }
  if (kind === 'chantier') {
    const chantier = roadmap.chantiers.find((c) => c.id === id);
    return chantier
      ? { kind: 'chantier', chantier: { id, title: chantier.title, description: chantier.description } }
      : null;
  }
  if (kind === 'action') {
    const action = findAction(roadmap, id);
    return action ? { kind: 'action', action } : null;
  }
  return null;
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':');
  return colon < 0 ? [key, ''] : [key.slice(0, colon), key.slice(colon + 1)];
}

export function findAction(roadmap: RoadmapDto, id: number): RoadmapActionDto | null {
  for (const chantier of roadmap.chantiers) {
    const action = chantier.actions.find((a) => a.id === id);
    if (action) return action;
  }
  return null;
}

/** The API's input for an objective, from what the screen holds. */
export function objectiveInputOf(objective: RoadmapObjectiveDto): ObjectiveInput {
  return {
    id: objective.id,
    title: objective.title,
    indicator: objective.indicator,
    baseline: objective.baseline,
    target: objective.target,
    unit: objective.unit,
  };
}

export function chantierInputOf(chantier: ChantierFields): ChantierInput {
  return { id: chantier.id, title: chantier.title, description: chantier.description };
}

/**
 * The texts to send for one edited text field: that field, plus the other texts as shown (the backend resets a
 * text left out of the call). The title is sent only when it is the edited field or not empty, so that an
 * emptied title, refused, does not hold back the other texts.
 */
export function textInputOf(
  draft: Extract<RoadmapDraft, { kind: 'text' }>,
  shown: RoadmapDto | null,
): RoadmapTextInput {
  const input: RoadmapTextInput = {};
  for (const field of ROADMAP_TEXT_FIELDS) {
    const value = field === draft.field ? draft.value : (shown?.[field] ?? null);
    if (field === 'title') {
      if (field === draft.field || (value ?? '').trim() !== '') input.title = value ?? '';
    } else input[field] = value;
  }
  return input;
}
