import { ofName } from '../../../../../shared/format/french';
import { useState } from 'react';
import type { RoadmapSignatureDto, SignatoryChoiceDto } from '../../../../../shared/roadmap/roadmapDto';
import type { SignatureInput } from '../../../../../shared/roadmap/roadmapSchemas';
import {
  SIGNATURE_STATUS_CODES,
  SIGNATURE_STATUSES,
  type SignatureStatus,
} from '../../../../../shared/roadmap/roadmapVocabulary';
import type { AppError } from '../../../../../shared/result';

/** The row as typed: empty strings for empty boxes. */
interface Editable {
  organisation: string;
  signatory: string;
  function: string;
  signedOn: string;
  status: SignatureStatus;
}

const valuesOf = (signature: RoadmapSignatureDto): Editable => ({
  organisation: signature.organisation,
  signatory: signature.signatory ?? '',
  function: signature.function ?? '',
  signedOn: signature.signedOn ?? '',
  status: signature.status,
});

/** « Claire Martin — Présidente », as a choice is listed. */
const choiceLabel = (choice: SignatoryChoiceDto) =>
  choice.function ? `${choice.name} — ${choice.function}` : choice.name;

/**
 * One editable row of the signature table. The signatory is picked among the people able to sign for the
 * member (its representatives, the elected officials of the block) or typed in with their function. A text is
 * saved when the box is left, a choice, a status or a date as soon as it changes; a refusal shows its French
 * message under the row, and the typed values stay.
 */
export function SignatureRow({
  signature,
  memberName,
  memberDetail,
  signsFor,
  today,
  onSave,
}: {
  signature: RoadmapSignatureDto;
  /** « Signe aussi pour … »: the members this block signs for (the EPCI's services and elected officials). */
  signsFor: string | null;
  /** Names the row's boxes for screen readers when the saved organisation is empty. */
  memberName: string;
  memberDetail: string | null;
  today: string | null;
  onSave: (values: SignatureInput) => Promise<AppError | null>;
}) {
  const [values, setValues] = useState(() => valuesOf(signature));
  const [saved, setSaved] = useState(() => valuesOf(signature));
  const [error, setError] = useState<AppError | null>(null);

  const save = async (next: Editable) => {
    if (JSON.stringify(next) === JSON.stringify(saved)) return;
    const failure = await onSave({ memberId: signature.memberId, ...next });
    setError(failure);
    if (!failure) setSaved(next);
  };
  const change = (field: keyof Editable, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const changeStatus = (status: SignatureStatus) => {
    // Marking as signed dates it today when no date was typed.
    const next = {
      ...values,
      status,
      signedOn: status === 'signe' && !values.signedOn && today ? today : values.signedOn,
    };
    setValues(next);
    void save(next);
  };
  const pick = (next: Partial<Editable>) => {
    const picked = { ...values, ...next };
    setValues(picked);
    void save(picked);
  };
  const choices = signature.choices ?? [];
  // The person chosen, with the function offered or one of its written-out forms.
  const chosen = choices.findIndex(
    (choice) =>
      choice.name === values.signatory &&
      ((choice.function ?? '') === values.function || choice.forms.includes(values.function)),
  );
  // The list is worth showing when there is a choice to make, or to come back to the one person offered.
  const showChoices = choices.length > 1 || (choices.length === 1 && chosen < 0);
  // Only an inclusive abbreviation is known for this person: the two written-out forms to choose from.
  const forms =
    values.function === '' ? (choices.find((choice) => choice.name === values.signatory)?.forms ?? []) : [];
  // The organisation as saved: for the EPCI's block, the communauté, not the member that holds the row.
  const label = signature.organisation.trim() || memberName;
  const fieldError = (field: string) => error?.fields?.[field];

  return (
    <>
      <tr className={`signature-row signature-${values.status}`}>
        <td>
          <textarea
            className="input signature-function"
            rows={2}
            aria-label={`Organisation ${ofName(label)}`}
            value={values.organisation}
            onChange={(event) => change('organisation', event.target.value)}
            onBlur={() => void save(values)}
            aria-invalid={Boolean(fieldError('organisation'))}
          />
          {memberDetail ? <span className="signature-detail">{memberDetail}</span> : null}
          {signsFor ? <span className="signature-detail">{signsFor}</span> : null}
          {signature.edited ? null : <span className="badge badge-muted">Prérempli depuis l’instance</span>}
        </td>
        <td>
          {showChoices ? (
            <select
              className="input signature-choice"
              aria-label={`Choisir le signataire pour ${label}`}
              value={chosen < 0 ? '' : String(chosen)}
              onChange={(event) => {
                const choice = choices[Number(event.target.value)];
                if (choice) pick({ signatory: choice.name, function: choice.function ?? '' });
              }}
            >
              <option value="">{chosen < 0 && values.signatory ? 'Personne saisie' : 'Choisir…'}</option>
              {choices.map((choice, index) => (
                <option key={`${choice.name}-${index}`} value={index}>
                  {choiceLabel(choice)}
                </option>
              ))}
            </select>
          ) : null}
          <input
            className="input"
            aria-label={`Signataire pour ${label}`}
            value={values.signatory}
            placeholder="Prénom Nom"
            onChange={(event) => change('signatory', event.target.value)}
            onBlur={() => void save(values)}
            aria-invalid={Boolean(fieldError('signatory'))}
          />
          {values.signatory.trim() === '' ? (
            <span className="badge badge-warning">Signataire à choisir</span>
          ) : null}
        </td>
        <td>
          {/* A function written out is long (« Vice-présidente de la communauté de communes … »): it wraps. */}
          <textarea
            className="input signature-function"
            rows={values.function.length > 40 ? 4 : 2}
            aria-label={`Fonction du signataire pour ${label}`}
            value={values.function}
            placeholder="Présidente, Maire…"
            onChange={(event) => change('function', event.target.value)}
            onBlur={() => void save(values)}
            aria-invalid={Boolean(fieldError('function'))}
          />
          {forms.length > 0 ? (
            <div
              className="signature-forms"
              role="group"
              aria-label={`Fonction en toutes lettres pour ${label}`}
            >
              {forms.map((form) => (
                <button
                  key={form}
                  type="button"
                  className="btn signature-form"
                  onClick={() => pick({ function: form })}
                >
                  {form}
                </button>
              ))}
            </div>
          ) : null}
        </td>
        <td>
          <input
            className="input"
            type="date"
            aria-label={`Date de signature pour ${label}`}
            value={values.signedOn}
            onChange={(event) => {
              const next = { ...values, signedOn: event.target.value };
              setValues(next);
              void save(next);
            }}
            aria-invalid={Boolean(fieldError('signedOn'))}
          />
        </td>
        <td>
          <select
            className="input"
            aria-label={`Statut de la signature pour ${label}`}
            value={values.status}
            onChange={(event) => changeStatus(event.target.value as SignatureStatus)}
          >
            {SIGNATURE_STATUS_CODES.map((code) => (
              <option key={code} value={code}>
                {SIGNATURE_STATUSES[code]}
              </option>
            ))}
          </select>
        </td>
      </tr>
      {error ? (
        <tr className="signature-error-row">
          <td colSpan={5}>
            <p className="field-error" role="alert">
              {Object.values(error.fields ?? {})[0] ?? error.message}
            </p>
          </td>
        </tr>
      ) : null}
    </>
  );
}
