import { useState, type ReactNode } from 'react';
import { Field } from '../../../ui/Field';
import { numberText, readNumber } from './numberText';

/** A warning next to a field: it helps, it never blocks the save. */
export function FieldWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="roadmap-warnings">
      {warnings.map((warning) => (
        <li key={warning}>
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">Attention&nbsp;: </span>
          {warning}
        </li>
      ))}
    </ul>
  );
}

/** A text box of the roadmap: shown from the editor's state, saved by the editor (autosave). */
export function TextBox({
  label,
  value,
  onChange,
  onLeave,
  multiline = false,
  rows,
  hint,
  error,
  warnings = [],
  required,
  disabled,
  wide,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onLeave: () => void;
  multiline?: boolean;
  rows?: number;
  hint?: ReactNode;
  error?: string;
  warnings?: readonly string[];
  required?: boolean;
  disabled?: boolean;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'roadmap-field-wide' : 'roadmap-field'}>
      <Field label={label} hint={hint} error={error} required={required}>
        {(props) =>
          multiline ? (
            <textarea
              {...props}
              rows={rows}
              value={value}
              disabled={disabled}
              onChange={(event) => onChange(event.target.value)}
              onBlur={onLeave}
            />
          ) : (
            <input
              {...props}
              type="text"
              autoComplete="off"
              aria-required={required || undefined}
              value={value}
              disabled={disabled}
              onChange={(event) => onChange(event.target.value)}
              onBlur={onLeave}
            />
          )
        }
      </Field>
      <FieldWarnings warnings={warnings} />
    </div>
  );
}

/**
 * A number box: what the user types stays as typed while the box has the focus (« 12 5 » on the way to
 * « 12 500 »); each readable value goes to the editor; an unreadable one is pointed out and not sent.
 */
export function NumberBox({
  label,
  value,
  onChange,
  onLeave,
  integer,
  min,
  suffix,
  warnings = [],
  disabled,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  onLeave: () => void;
  integer?: boolean;
  min?: number;
  suffix?: string;
  warnings?: readonly string[];
  disabled?: boolean;
}) {
  const [typing, setTyping] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const shown = typing ?? numberText(value);
  return (
    <div className="roadmap-field roadmap-field-number">
      <Field label={suffix ? `${label} (${suffix})` : label} error={problem}>
        {(props) => (
          <input
            {...props}
            type="text"
            inputMode={integer ? 'numeric' : 'decimal'}
            autoComplete="off"
            value={shown}
            disabled={disabled}
            onFocus={() => setTyping(numberText(value))}
            onChange={(event) => {
              setTyping(event.target.value);
              const reading = readNumber(event.target.value, { integer, min });
              if (reading.ok) {
                setProblem(undefined);
                if (reading.value !== value) onChange(reading.value);
              } else setProblem(reading.message);
            }}
            onBlur={() => {
              // An unreadable value stays on screen with its message until corrected.
              if (!problem) setTyping(null);
              onLeave();
            }}
          />
        )}
      </Field>
      <FieldWarnings warnings={warnings} />
    </div>
  );
}
