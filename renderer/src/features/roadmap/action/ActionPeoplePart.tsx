import { ROADMAP_PUBLICS, type RoadmapPublic } from '../../../../../shared/roadmap/roadmapVocabulary';
import { Field } from '../../../ui/Field';
import { MultiSelect } from '../../../ui/MultiSelect';
import { FieldWarnings } from '../editor/EditorFields';
import type { ActionPartProps } from './actionParts';
import { FichePart } from './FichePart';

/** « Qui et où »: the pilot, the partners, the publics and the communes of the action. */
export function ActionPeoplePart({ roadmap, action, readOnly, choose, at }: ActionPartProps) {
  const memberOptions = roadmap.members.map((m) => ({ value: String(m.id), label: m.name }));
  return (
    <FichePart title="Qui et où">
      <div className="roadmap-grid roadmap-grid-two">
        <div className="roadmap-field">
          <Field label="Pilote" hint="Un membre de l’instance.">
            {(props) => (
              <select
                {...props}
                value={action.pilotMemberId ?? ''}
                disabled={readOnly}
                onChange={(event) => {
                  const pilotMemberId = event.target.value ? Number(event.target.value) : null;
                  choose(
                    {
                      pilotMemberId,
                      partnerMemberIds: action.partnerMemberIds.filter((id) => id !== pilotMemberId),
                    },
                    'pilote',
                  );
                }}
              >
                <option value="">— À désigner —</option>
                {roadmap.members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FieldWarnings warnings={at('pilotMemberId')} />
        </div>
        <div className="roadmap-field roadmap-field-choice">
          <span className="roadmap-choice-label">Partenaires</span>
          <MultiSelect
            label={action.partnerMemberIds.length > 0 ? 'Partenaires choisis' : 'Choisir les partenaires'}
            options={memberOptions.filter((o) => o.value !== String(action.pilotMemberId))}
            selected={action.partnerMemberIds.map(String)}
            searchLabel="Rechercher un membre"
            onChange={(next) => choose({ partnerMemberIds: next.map(Number) }, 'partenaires')}
          />
          <ChosenList
            names={action.partnerMemberIds.map((id) => roadmap.members.find((m) => m.id === id)?.name ?? '')}
            empty="Aucun partenaire."
          />
        </div>
        <div className="roadmap-field roadmap-field-choice">
          <span className="roadmap-choice-label">Publics visés</span>
          <MultiSelect<RoadmapPublic>
            label={action.publics.length > 0 ? 'Publics choisis' : 'Choisir les publics'}
            options={ROADMAP_PUBLICS.map((p) => ({ value: p, label: p }))}
            selected={action.publics}
            searchLabel="Rechercher un public"
            onChange={(publics) => choose({ publics }, 'publics')}
          />
          <ChosenList names={action.publics} empty="Tous publics." />
        </div>
        <div className="roadmap-field roadmap-field-choice">
          <span className="roadmap-choice-label">Communes concernées</span>
          <MultiSelect
            label={action.communeCodes.length > 0 ? 'Communes choisies' : 'Choisir les communes'}
            options={roadmap.communes.map((c) => ({ value: c.code, label: c.name }))}
            selected={action.communeCodes}
            searchLabel="Rechercher une commune"
            onChange={(communeCodes) => choose({ communeCodes }, 'communes')}
          />
          <ChosenList
            names={action.communeCodes.map(
              (code) => roadmap.communes.find((c) => c.code === code)?.name ?? code,
            )}
            empty="Tout le territoire."
          />
        </div>
      </div>
    </FichePart>
  );
}

function ChosenList({ names, empty }: { names: readonly string[]; empty: string }) {
  if (names.length === 0) return <p className="field-hint">{empty}</p>;
  return <p className="roadmap-chosen">{names.join(', ')}</p>;
}
