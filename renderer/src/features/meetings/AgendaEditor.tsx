import { useState } from 'react';
import type { AgendaItemDto, MeetingChoicesDto } from '../../../../shared/meetings/meetingsDto';
import type { AgendaSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import type { AppError } from '../../../../shared/result';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { quoted } from '../../../../shared/format/french';

type Item = AgendaSaveInput['items'][number];

const itemsOf = (agenda: AgendaItemDto[]): Item[] =>
  agenda.map((item) => ({
    id: item.id,
    title: item.title,
    detail: item.detail,
    chantierId: item.chantierId,
    actionId: item.actionId,
  }));

/** « action-12 », « chantier-3 », or '' : the value of the link select. */
const linkValue = (item: Item) =>
  item.actionId ? `action-${item.actionId}` : item.chantierId ? `chantier-${item.chantierId}` : '';

/** The ordre du jour: ordered points, each optionally tied to a chantier or a fiche action; saved on each change. */
export function AgendaEditor({
  agenda,
  chantiers,
  save,
}: {
  agenda: AgendaItemDto[];
  chantiers: MeetingChoicesDto['chantiers'];
  save: (items: Item[]) => Promise<AppError | null>;
}) {
  const toast = useToast();
  const [items, setItems] = useState<Item[]>(() => itemsOf(agenda));
  const [newTitle, setNewTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The saved agenda gives the new items their ids, so that their notes and decisions stay with them.
  const [savedAgenda, setSavedAgenda] = useState(agenda);
  if (savedAgenda !== agenda) {
    setSavedAgenda(agenda);
    setItems(itemsOf(agenda));
  }

  const commit = async (next: Item[]) => {
    setItems(next);
    const failure = await save(next);
    setError(failure ? failure.message : null);
    return failure;
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    void commit(next);
  };

  const remove = async (index: number) => {
    const before = items;
    const failure = await commit(items.filter((_, i) => i !== index));
    if (!failure)
      toast({
        message: `Point ${quoted(before[index]!.title)} retiré de l’ordre du jour.`,
        action: { label: 'Annuler', onClick: () => void commit(before) },
      });
  };

  const add = async () => {
    const title = newTitle.trim();
    if (title === '') return;
    const failure = await commit([...items, { title, detail: null, chantierId: null, actionId: null }]);
    if (!failure) setNewTitle('');
  };

  const setLink = (index: number, value: string) => {
    const [kind, id] = value.split('-');
    const link =
      kind === 'action'
        ? {
            actionId: Number(id),
            chantierId: chantiers.find((c) => c.actions.some((a) => a.id === Number(id)))?.id ?? null,
          }
        : kind === 'chantier'
          ? { chantierId: Number(id), actionId: null }
          : { chantierId: null, actionId: null };
    void commit(items.map((item, i) => (i === index ? { ...item, ...link } : item)));
  };

  return (
    <div className="agenda-editor">
      {items.length === 0 ? (
        <p className="meeting-list-empty">Aucun point à l’ordre du jour pour l’instant.</p>
      ) : null}
      <ol className="agenda-list">
        {items.map((item, index) => (
          <li key={`${index}-${item.title}`} className="agenda-item">
            <span className="agenda-number" aria-hidden="true">
              {index + 1}.
            </span>
            <div className="agenda-item-body">
              <input
                className="input"
                aria-label={`Point ${index + 1}`}
                defaultValue={item.title}
                onBlur={(event) => {
                  const title = event.target.value.trim();
                  if (title !== '' && title !== item.title)
                    void commit(items.map((it, i) => (i === index ? { ...it, title } : it)));
                }}
              />
              {chantiers.length > 0 ? (
                <select
                  className="input agenda-link"
                  aria-label={`Lien du point ${index + 1} avec la feuille de route`}
                  value={linkValue(item)}
                  onChange={(event) => setLink(index, event.target.value)}
                >
                  <option value="">Sans lien avec la feuille de route</option>
                  {chantiers.map((chantier) => (
                    <optgroup key={chantier.id} label={chantier.label}>
                      <option value={`chantier-${chantier.id}`}>{chantier.label}</option>
                      {chantier.actions.map((action) => (
                        <option key={action.id} value={`action-${action.id}`}>
                          {action.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              ) : null}
            </div>
            <div className="agenda-item-actions">
              <Button
                variant="ghost"
                aria-label={`Monter le point ${index + 1}`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                aria-label={`Descendre le point ${index + 1}`}
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </Button>
              <Button
                variant="ghost"
                aria-label={`Retirer le point ${index + 1}`}
                onClick={() => void remove(index)}
              >
                Retirer
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <form
        className="agenda-add"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <input
          className="input"
          aria-label="Nouveau point de l’ordre du jour"
          placeholder="Nouveau point de l’ordre du jour"
          value={newTitle}
          onChange={(event) => setNewTitle(event.target.value)}
        />
        <Button type="submit" disabled={newTitle.trim() === ''}>
          Ajouter le point
        </Button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
