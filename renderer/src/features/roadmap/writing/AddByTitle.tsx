import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';

/** A title box and its button: the way to add an objective, a chantier or an action (named from the start). */
export function AddByTitle({
  label,
  buttonLabel,
  placeholder,
  onAdd,
}: {
  label: string;
  buttonLabel: string;
  placeholder?: string;
  onAdd: (title: string) => Promise<string | null>;
}) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!title.trim()) {
      setError('Donnez d’abord un intitulé.');
      return;
    }
    const submitted = title.trim();
    setBusy(true);
    const problem = await onAdd(submitted);
    setBusy(false);
    if (problem) setError(problem);
    else {
      // What was typed meanwhile (the next title) stays.
      setTitle((current) => (current.trim() === submitted ? '' : current));
      setError(undefined);
    }
  };
  return (
    <form
      className="roadmap-add"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field label={label} error={error}>
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            placeholder={placeholder}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" disabled={busy}>
        {buttonLabel}
      </Button>
    </form>
  );
}
