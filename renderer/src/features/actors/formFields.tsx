import type { ReactNode } from 'react';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { Field } from '../../ui/Field';

/**
 * The form's fields, each wrapped in an element carrying its dotted path (`data-field="places.0.name"`) so
 * that a save refused by the backend can scroll to the first field it names.
 */

export function TextField({
  path,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type = 'text',
  inputMode,
  autoComplete,
  onBlur,
  wide,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  inputMode?: 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  onBlur?: () => void;
  wide?: boolean;
}) {
  return (
    <div data-field={path} className={wide ? 'form-wide' : undefined}>
      <Field label={label} hint={hint} error={error} required={required}>
        {(props) => (
          <input
            {...props}
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete ?? 'off'}
            spellCheck={type === 'text' ? undefined : false}
            aria-required={required || undefined}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
        )}
      </Field>
    </div>
  );
}

export function TextAreaField({
  path,
  label,
  value,
  onChange,
  error,
  hint,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <div data-field={path} className="form-wide">
      <Field label={label} hint={hint} error={error}>
        {(props) => <textarea {...props} value={value} onChange={(event) => onChange(event.target.value)} />}
      </Field>
    </div>
  );
}

export function CommuneField({
  path,
  label,
  value,
  options,
  onChange,
  error,
}: {
  path: string;
  label: string;
  value: string;
  options: readonly { code: string; name: string }[];
  onChange: (code: string) => void;
  error?: string;
}) {
  return (
    <div data-field={path}>
      <Field label={label} error={error}>
        {(props) => (
          <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">— Aucune —</option>
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

/** ChoiceChips with its error under it. */
export function ChipsField<T extends string>({
  path,
  error,
  ...chips
}: {
  path: string;
  error?: string;
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  labelOf?: (value: T) => string;
}) {
  return (
    <div data-field={path} className={`form-wide${error ? ' field-invalid' : ''}`}>
      <ChoiceChips {...chips} />
      {error ? (
        <p className="field-error chips-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One titled panel of the form. */
export function FormSection({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className="panel form-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
