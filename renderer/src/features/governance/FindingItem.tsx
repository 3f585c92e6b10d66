import { useState, type FormEvent } from 'react';
import type { FindingDto, InviteSuggestionDto } from '../../../../shared/governance/governanceDto';
import { countLabel, formatDate, quoted } from '../../../../shared/format/french';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

export interface FindingActions {
  invite: (suggestion: InviteSuggestionDto) => Promise<void>;
  addElected: (communeCode: string) => void;
  /** Answers the error message, or null once assumed. */
  assume: (finding: FindingDto, reason: string) => Promise<string | null>;
  unassume: (finding: FindingDto) => Promise<void>;
  busy: boolean;
}

/** Suggestions shown before « Voir les autres suggestions ». */
const FIRST_SUGGESTIONS = 3;

/**
 * One gap of the body: what is missing, who covers it in part, who could fill it (« Inviter »); the user judges
 * it « couvert quand même » with a reason, or back « à traiter ».
 */
export function FindingItem({ finding, actions }: { finding: FindingDto; actions: FindingActions }) {
  const [assuming, setAssuming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [allSuggestions, setAllSuggestions] = useState(false);
  const shown = allSuggestions ? finding.suggestions : finding.suggestions.slice(0, FIRST_SUGGESTIONS);
  const hidden = finding.suggestions.length - shown.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await actions.assume(finding, reason);
    setError(failure);
    if (!failure) {
      setAssuming(false);
      setReason('');
    }
  };

  if (finding.assumed) {
    return (
      <li className="finding finding-assumed">
        <div className="finding-head">
          <h3>{finding.title}</h3>
          <span className="badge badge-muted">Couvert quand même</span>
        </div>
        <p className="finding-reason">
          Jugé couvert le {formatDate(finding.assumed.assumedAt)}&nbsp;: {quoted(finding.assumed.reason)}
        </p>
        <Button
          variant="ghost"
          onClick={() => void actions.unassume(finding)}
          disabled={actions.busy}
          aria-label={`À traiter\u00a0: ${finding.title}`}
        >
          À traiter
        </Button>
      </li>
    );
  }

  return (
    <li className="finding">
      <h3>{finding.title}</h3>
      {finding.coveredBy.length > 0 ? (
        <p className="finding-coverage">
          Couvert en partie par{' '}
          {finding.coveredBy.map((cover) => `${cover.name}, ${cover.how}`).join('\u00a0; ')}.
        </p>
      ) : null}
      <p className="finding-detail">{finding.detail}</p>
      {finding.suggestions.length > 0 ? (
        <ul className="suggestions" aria-label={`Acteurs à inviter\u00a0: ${finding.title}`}>
          {shown.map((suggestion) => (
            <li key={suggestion.actorId} className="suggestion">
              <div>
                <span className="suggestion-name">{suggestion.name}</span>
                <span className="suggestion-reason">
                  {[suggestion.communeName, suggestion.reason].filter(Boolean).join(' · ')}
                  {suggestion.alsoFills > 0
                    ? ` · comble aussi ${countLabel(suggestion.alsoFills, 'autre manque', 'autres manques')}`
                    : ''}
                </span>
              </div>
              <Button
                onClick={() => void actions.invite(suggestion)}
                disabled={actions.busy}
                aria-label={`Inviter ${suggestion.name}`}
              >
                Inviter
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {hidden === 0 && finding.otherCandidates > 0 ? (
        <p className="finding-more">
          Et {countLabel(finding.otherCandidates, 'autre acteur', 'autres acteurs')} de l’annuaire.
        </p>
      ) : null}
      <div className="finding-actions">
        {hidden > 0 ? (
          <Button variant="ghost" onClick={() => setAllSuggestions(true)}>
            {hidden > 1 ? `Voir les ${hidden} autres suggestions` : 'Voir l’autre suggestion'}
          </Button>
        ) : null}
        {finding.rule === 'elected' ? (
          <Button variant="primary" onClick={() => actions.addElected('')}>
            Ajouter un·e élu·e
          </Button>
        ) : null}
        {finding.rule === 'commune' ? (
          <Button onClick={() => actions.addElected('')}>Ajouter un·e élu·e d’une de ces communes</Button>
        ) : null}
        {!assuming ? (
          <Button
            variant="ghost"
            onClick={() => {
              if (reason === '' && finding.coveredBy.length > 0)
                setReason(`Couvert par ${finding.coveredBy.map((cover) => cover.name).join(', ')}.`);
              setAssuming(true);
            }}
            aria-label={`Couvert quand même\u00a0: ${finding.title}`}
          >
            Couvert quand même
          </Button>
        ) : null}
      </div>
      {assuming ? (
        <form className="assume-form" onSubmit={(event) => void submit(event)} noValidate>
          <Field
            label={'Pourquoi est-ce couvert quand même\u00a0?'}
            required
            error={error ?? undefined}
            hint={`Par exemple\u00a0: ${quoted('Les jeunes sont représentés au comité technique')}.`}
          >
            {(props) => (
              <textarea
                {...props}
                className="input"
                rows={2}
                maxLength={500}
                value={reason}
                autoFocus
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <div className="governance-form-actions">
            <Button type="submit" variant="primary" disabled={actions.busy}>
              Confirmer
            </Button>
            <Button onClick={() => setAssuming(false)}>Annuler</Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
