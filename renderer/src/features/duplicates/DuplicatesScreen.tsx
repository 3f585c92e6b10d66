import { useState } from 'react';
import type { DuplicatePairDto, DuplicateSideDto } from '../../../../shared/duplicates/duplicateDto';
import { countLabel, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { formatSiret } from '../actors/actorLabels';
import './duplicates.css';

function Side({ side }: { side: DuplicateSideDto }) {
  return (
    <div className="duplicate-side">
      <a href={hrefOf({ name: 'actor', id: side.id })} className="duplicate-name">
        {side.name}
      </a>
      <div className="duplicate-meta">
        {[side.communeName, side.siret ? `SIRET ${formatSiret(side.siret)}` : null]
          .filter(Boolean)
          .join(' · ') || 'Ni commune ni SIRET'}
      </div>
    </div>
  );
}

/** « Doublons probables »: pairs of actors that look like one, to merge or to dismiss for good. */
export function DuplicatesScreen() {
  const { loaded: loading, update } = useLoaded(() => call('duplicates.list', {}), 'doublons');
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const toast = useToast();

  const dismiss = async (pair: DuplicatePairDto) => {
    setBusyKey(pair.key);
    setActionError(null);
    const result = await call('duplicates.dismiss', { leftId: pair.left.id, rightId: pair.right.id });
    setBusyKey(null);
    if (!result.ok) {
      setActionError(result.error.message);
      return;
    }
    update((pairs) => pairs.filter((p) => p.key !== pair.key));
    toast({
      message: `${quoted(pair.left.name)} et ${quoted(pair.right.name)} ne seront plus proposés comme doublons.`,
    });
  };

  const pairs = loading.state === 'ready' ? loading.data : [];
  return (
    <div className="duplicates-screen">
      <header className="page-header">
        <div>
          <h1>Doublons probables</h1>
          <p>
            {loading.state === 'ready'
              ? countLabel(pairs.length, 'paire à examiner', 'paires à examiner', 'Rien à examiner')
              : '\u00a0'}
          </p>
        </div>
      </header>
      {loading.state === 'loading' ? <p className="screen-loading">Recherche des doublons…</p> : null}
      {loading.state === 'error' ? <Notice tone="error">{loading.message}</Notice> : null}
      {actionError ? <Notice tone="error">{actionError}</Notice> : null}
      {loading.state === 'ready' && pairs.length === 0 ? (
        <div className="panel">
          <EmptyState
            title="Aucun doublon probable"
            action={<a href={hrefOf({ name: 'actors' })}>Aller à l’annuaire des acteurs</a>}
          >
            Maillage compare les SIRET, les noms dans une même commune et les lieux à moins de 50 mètres l’un
            de l’autre. Rien ne ressemble à un doublon pour l’instant.
          </EmptyState>
        </div>
      ) : null}
      {pairs.length > 0 ? (
        <>
          <p className="duplicates-intro">
            Ces fiches se ressemblent&nbsp;: même SIRET, même nom dans la même commune, ou lieux à moins de 50
            mètres. Comparez-les pour n’en garder qu’une, ou indiquez que ce ne sont pas des doublons.
          </p>
          <ul className="duplicate-pairs" aria-label="Paires de doublons probables">
            {pairs.map((pair) => (
              <li key={pair.key} className="panel duplicate-pair">
                <div className="duplicate-sides">
                  <Side side={pair.left} />
                  <span className="duplicate-and" aria-hidden="true">
                    ≈
                  </span>
                  <Side side={pair.right} />
                </div>
                <ul className="duplicate-reasons">
                  {pair.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                <div className="duplicate-actions">
                  <a
                    className="btn btn-primary"
                    href={hrefOf({ name: 'duplicateMerge', leftId: pair.left.id, rightId: pair.right.id })}
                  >
                    Comparer et fusionner
                  </a>
                  <Button onClick={() => void dismiss(pair)} disabled={busyKey === pair.key}>
                    Ce ne sont pas des doublons
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
