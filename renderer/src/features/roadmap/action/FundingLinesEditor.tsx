import type { FundingLineDto, RoadmapActionDto } from '../../../../../shared/roadmap/roadmapDto';
import { actionFunding } from '../../../../../shared/roadmap/fundingTotals';
import {
  FUNDING_SOURCE_CODES,
  FUNDING_SOURCES,
  FUNDING_STATUS_CODES,
  FUNDING_STATUSES,
  type FundingSource,
  type FundingStatus,
} from '../../../../../shared/roadmap/roadmapVocabulary';
import { Button } from '../../../ui/Button';
import { FichePart } from './FichePart';
import { FieldWarnings, NumberBox, TextBox } from '../editor/EditorFields';
import { fundingSumText, remainingText } from '../../../../../shared/roadmap/fundingAmountText';

type Change = (patch: Partial<RoadmapActionDto>, what: string) => void;

/** The budget, the funding lines (source, amount, status) and their totals. */
export function FundingLinesEditor({
  action,
  readOnly,
  budgetWarnings,
  onChange,
  onChoose,
  onLeave,
}: {
  action: RoadmapActionDto;
  readOnly: boolean;
  budgetWarnings: readonly string[];
  onChange: Change;
  onChoose: Change;
  onLeave: () => void;
}) {
  const totals = actionFunding(action);
  const setLine = (index: number, patch: Partial<FundingLineDto>) =>
    action.fundings.map((line, i) => (i === index ? { ...line, ...patch } : line));
  return (
    <FichePart title="Budget et financements">
      <div className="roadmap-grid">
        <NumberBox
          label="Budget"
          suffix="€"
          integer
          min={0}
          value={action.budget}
          disabled={readOnly}
          onChange={(budget) => onChange({ budget }, 'budget')}
          onLeave={onLeave}
        />
      </div>
      {action.fundings.length === 0 ? (
        <p className="roadmap-empty">Aucune ligne de financement. Ajoutez-en une par financeur sollicité.</p>
      ) : (
        <ol className="funding-lines">
          {action.fundings.map((line, index) => (
            <li key={`${line.id}-${index}`} className="funding-line" aria-label={`Financement ${index + 1}`}>
              <div className="roadmap-field">
                <label className="roadmap-inline-label">
                  Source
                  <select
                    value={line.source}
                    disabled={readOnly}
                    onChange={(event) =>
                      onChoose(
                        { fundings: setLine(index, { source: event.target.value as FundingSource }) },
                        'source du financement',
                      )
                    }
                  >
                    {FUNDING_SOURCE_CODES.map((code) => (
                      <option key={code} value={code}>
                        {FUNDING_SOURCES[code]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <NumberBox
                label="Montant"
                suffix="€"
                integer
                min={0}
                value={line.amount}
                disabled={readOnly}
                onChange={(amount) => onChange({ fundings: setLine(index, { amount }) }, 'montant')}
                onLeave={onLeave}
              />
              <div className="roadmap-field">
                <label className="roadmap-inline-label">
                  Statut
                  <select
                    value={line.status}
                    disabled={readOnly}
                    onChange={(event) =>
                      onChoose(
                        { fundings: setLine(index, { status: event.target.value as FundingStatus }) },
                        'statut du financement',
                      )
                    }
                  >
                    {FUNDING_STATUS_CODES.map((code) => (
                      <option key={code} value={code}>
                        {FUNDING_STATUSES[code]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <TextBox
                label="Précision"
                value={line.note ?? ''}
                disabled={readOnly}
                onChange={(note) =>
                  onChange({ fundings: setLine(index, { note }) }, 'précision du financement')
                }
                onLeave={onLeave}
              />
              {readOnly ? null : (
                <Button
                  variant="ghost"
                  aria-label={`Retirer le financement ${index + 1}`}
                  onClick={() =>
                    onChoose(
                      { fundings: action.fundings.filter((_, i) => i !== index) },
                      'retrait du financement',
                    )
                  }
                >
                  Retirer
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <Button
          onClick={() =>
            onChoose(
              {
                fundings: [
                  ...action.fundings,
                  {
                    id: -(action.fundings.length + 1),
                    source: 'epci',
                    amount: null,
                    status: 'envisage',
                    note: null,
                  },
                ],
              },
              'ajout d’un financement',
            )
          }
        >
          Ajouter une ligne de financement
        </Button>
      )}
      <dl className="funding-totals" aria-label="Totaux des financements">
        <div>
          <dt>Prévu (hors refusés)</dt>
          <dd>{fundingSumText(totals.planned, totals.unknownAmounts, 'cell') ?? 'non renseigné'}</dd>
        </div>
        <div>
          <dt>Acquis</dt>
          <dd>{fundingSumText(totals.acquired, totals.unknownAcquired, 'cell') ?? 'non renseigné'}</dd>
        </div>
        <div>
          <dt>Reste à trouver</dt>
          <dd>
            {totals.remaining === null
              ? 'budget à indiquer'
              : remainingText(totals.remaining, totals.remainingAtMost)}
          </dd>
        </div>
      </dl>
      <FieldWarnings warnings={[...budgetWarnings]} />
    </FichePart>
  );
}
