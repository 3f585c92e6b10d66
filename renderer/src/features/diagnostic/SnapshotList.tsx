import { useState } from 'react';
import type { SnapshotSummaryDto } from '../../../../shared/diagnostic/diagnosticDto';
import { countLabel, formatDateTime, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf, navigate } from '../../app/route';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { comparisonPath, snapshotPath } from './diagnosticPaths';

const TODAY = 'aujourdhui';

/** The frozen diagnostics, newest first: open one, compare two (or one with today), delete one. */
export function SnapshotList() {
  const toast = useToast();
  const { data: snapshots, latest, reload } = useLoaded(() => call('diagnostic.snapshots', {}), 'figés');
  const error = latest.state === 'error' ? latest.message : null;
  const [toDelete, setToDelete] = useState<SnapshotSummaryDto | null>(null);
  // Until the user picks: the second newest compared with the newest (or the only one with today).
  const [pickedFrom, setFromId] = useState<string>('');
  const [pickedTo, setToId] = useState<string | null>(null);
  const fromId = pickedFrom || String(snapshots?.[snapshots.length > 1 ? 1 : 0]?.id ?? '');
  const toId = pickedTo ?? (snapshots && snapshots.length > 1 ? String(snapshots[0]!.id) : TODAY);

  const remove = async (snapshot: SnapshotSummaryDto) => {
    setToDelete(null);
    const result = await call('diagnostic.deleteSnapshot', { id: snapshot.id });
    if (result.ok) {
      toast({ tone: 'success', message: `Diagnostic figé ${quoted(result.data.title)} supprimé.` });
      setFromId('');
      setToId(TODAY);
      reload();
    } else toast({ tone: 'error', message: result.error.message });
  };

  const compare = () => {
    if (!fromId) return;
    navigate({
      name: 'diagnostic',
      path: comparisonPath(Number(fromId), toId === TODAY ? null : Number(toId)),
    });
  };

  return (
    <section className="diagnostic-section" aria-labelledby="diagnostic-snapshots-title">
      <h2 id="diagnostic-snapshots-title">Diagnostics figés</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {snapshots === null ? null : snapshots.length === 0 ? (
        <p className="diagnostic-section-hint">
          Aucun diagnostic figé pour l’instant. Figez celui-ci avant de le présenter&nbsp;: vous pourrez le
          montrer à nouveau tel quel et le comparer plus tard.
        </p>
      ) : (
        <>
          <ul className="diagnostic-snapshots">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <a href={hrefOf({ name: 'diagnostic', path: snapshotPath(snapshot.id) })}>{snapshot.title}</a>
                <span className="diagnostic-snapshot-meta">
                  figé le {formatDateTime(snapshot.frozenAt)} ·{' '}
                  {countLabel(snapshot.placeCount, 'lieu', 'lieux')}
                  {snapshot.fragilityLabel ? ` · ${snapshot.fragilityLabel}` : ''}
                </span>
                <Button variant="ghost" onClick={() => setToDelete(snapshot)}>
                  Supprimer<span className="visually-hidden"> {quoted(snapshot.title)}</span>
                </Button>
              </li>
            ))}
          </ul>
          <div className="diagnostic-compare-form">
            <Field label="Comparer">
              {(props) => (
                <select {...props} value={fromId} onChange={(event) => setFromId(event.target.value)}>
                  {snapshots.map((snapshot) => (
                    <option key={snapshot.id} value={snapshot.id}>
                      {snapshot.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="avec">
              {(props) => (
                <select {...props} value={toId} onChange={(event) => setToId(event.target.value)}>
                  <option value={TODAY}>le diagnostic d’aujourd’hui</option>
                  {snapshots
                    .filter((snapshot) => String(snapshot.id) !== fromId)
                    .map((snapshot) => (
                      <option key={snapshot.id} value={snapshot.id}>
                        {snapshot.title}
                      </option>
                    ))}
                </select>
              )}
            </Field>
            <Button onClick={compare} disabled={!fromId || fromId === toId}>
              Comparer
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title="Supprimer ce diagnostic figé&nbsp;?"
        confirmLabel="Supprimer"
        danger
        onConfirm={() => toDelete && void remove(toDelete)}
        onCancel={() => setToDelete(null)}
      >
        {toDelete ? (
          <p>
            {quoted(toDelete.title)} sera supprimé définitivement&nbsp;: ses chiffres ne pourront plus être
            montrés ni comparés. Le diagnostic d’aujourd’hui n’est pas touché.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
