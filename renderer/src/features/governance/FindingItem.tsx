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

/** One gap of the body: what is missing, who could fill it (« Inviter »), or why it is assumed. */
export function FindingItem({
  finding,
  communeName,
  actions,
}: {
  finding: FindingDto;
  /** For a commune finding, the commune's name (for the « add its elected official » button). */
  communeName: string | null;
  actions: FindingActions;
}) {
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
          <h4>{finding.title}</h4>
          <span className="badge badge-muted">Assumé</span>
        </div>
        <p className="finding-reason">
          Assumé le {formatDate(finding.assumed.assumedAt)}&nbsp;: {quoted(finding.assumed.reason)}
        </p>
        <Button
          variant="ghost"
          onClick={() => void actions.unassume(finding)}
          disabled={actions.busy}
          aria-label={`Ne plus assumer : ${finding.title}`}
        >
          Ne plus assumer
        </Button>
      </li>
    );
  }

  return (
    <li className="finding">
      <h4>{finding.title}</h4>
      <p className="finding-detail">{finding.detail}</p>
      {finding.suggestions.length > 0 ? (
        <ul className="suggestions" aria-label={`Acteurs à inviter : ${finding.title}`}>
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
          <Button onClick={() => actions.addElected(finding.subject)}>
            Ajouter un·e élu·e de {communeName ?? 'la commune'}
          </Button>
        ) : null}
        {!assuming ? (
          <Button
            variant="ghost"
            onClick={() => setAssuming(true)}
            aria-label={`Assumer ce manque : ${finding.title}`}
          >
            Assumer ce manque
          </Button>
        ) : null}
      </div>
      {assuming ? (
        <form className="assume-form" onSubmit={(event) => void submit(event)} noValidate>
          <Field
            label={'Pourquoi l’instance s’en passe-t-elle\u00a0?'}
            required
            error={error ?? undefined}
            hint={`Par exemple : ${quoted('Les jeunes sont représentés au comité technique')}.`}
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
              Assumer
            </Button>
            <Button onClick={() => setAssuming(false)}>Annuler</Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
