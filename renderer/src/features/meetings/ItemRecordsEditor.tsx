import { useCallback, useState } from 'react';
import type { AgendaItemDto } from '../../../../shared/meetings/meetingsDto';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { useAutosave } from './useAutosave';

type ItemNotes = { notes: string; decisions: string[] };

/** One agenda item during the meeting: its notes (saved as typed) and its decisions (a list). */
function ItemRecord({
  item,
  index,
  save,
}: {
  item: AgendaItemDto;
  index: number;
  save: (itemId: number, record: ItemNotes) => Promise<AppError | null>;
}) {
  const [record, setRecord] = useState<{ notes: string; decisions: string[] }>({
    notes: item.notes ?? '',
    decisions: item.decisions,
  });
  const [newDecision, setNewDecision] = useState('');
  const saveRecord = useCallback(
    (value: { notes: string; decisions: string[] }) => save(item.id, value),
    [item.id, save],
  );
  const autosave = useAutosave(saveRecord);
  const change = (next: { notes: string; decisions: string[] }, now = false) => {
    setRecord(next);
    autosave.schedule(next);
    if (now) void autosave.flush();
  };
  const add = () => {
    const text = newDecision.trim();
    if (text === '') return;
    change({ ...record, decisions: [...record.decisions, text] }, true);
    setNewDecision('');
  };

  return (
    <li className="item-record">
      <h4>
        {index + 1}. {item.title}
      </h4>
      <label className="field-hint" htmlFor={`notes-${item.id}`}>
        Notes
      </label>
      <textarea
        id={`notes-${item.id}`}
        className="input"
        rows={3}
        value={record.notes}
        onChange={(event) => change({ ...record, notes: event.target.value })}
        onBlur={() => void autosave.flush()}
      />
      {record.decisions.length > 0 ? (
        <ul className="decision-list" aria-label={`Décisions du point ${index + 1}`}>
          {record.decisions.map((decision, i) => (
            <li key={`${i}-${decision}`}>
              <span>Décision&nbsp;: {decision}</span>
              <Button
                variant="ghost"
                aria-label={`Retirer la décision ${i + 1} du point ${index + 1}`}
                onClick={() =>
                  change({ ...record, decisions: record.decisions.filter((_, j) => j !== i) }, true)
                }
              >
                Retirer
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="agenda-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          className="input"
          aria-label={`Nouvelle décision du point ${index + 1}`}
          placeholder="Décision prise"
          value={newDecision}
          onChange={(event) => setNewDecision(event.target.value)}
        />
        <Button type="submit" disabled={newDecision.trim() === ''}>
          Ajouter la décision
        </Button>
      </form>
      {autosave.status.state === 'error' ? (
        <p className="field-error" role="alert">
          {autosave.status.message}
        </p>
      ) : null}
    </li>
  );
}

/** Notes and decisions, point by point of the ordre du jour. */
export function ItemRecordsEditor({
  agenda,
  save,
}: {
  agenda: AgendaItemDto[];
  save: (itemId: number, record: ItemNotes) => Promise<AppError | null>;
}) {
  if (agenda.length === 0)
    return (
      <p className="meeting-list-empty">L’ordre du jour est vide&nbsp;: ajoutez-y les points abordés.</p>
    );
  return (
    <ol className="item-records">
      {agenda.map((item, index) => (
        <ItemRecord key={item.id} item={item} index={index} save={save} />
      ))}
    </ol>
  );
}
