import { useState } from 'react';
import { quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { useTerritory } from '../../app/TerritoryContext';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';

/** Leaving the demo, or starting again with another intercommunality. */
export function ResetPanel() {
  const { territory, clearTerritory } = useTerritory();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reset() {
    setAsking(false);
    const result = await call('territory.reset', {});
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    toast({
      tone: 'success',
      message: result.data.backupPath
        ? `Données précédentes copiées dans ${result.data.backupPath}`
        : 'La démonstration est effacée\u00a0: choisissez votre intercommunalité.',
    });
    clearTerritory();
  }

  return (
    <section className="panel" aria-labelledby="settings-reset">
      <h2 id="settings-reset">{territory.isDemo ? 'Quitter la démonstration' : 'Changer de territoire'}</h2>
      <p className="field-hint">
        {territory.isDemo
          ? 'Efface les acteurs fictifs et revient à l’écran d’accueil pour choisir votre intercommunalité.'
          : 'Efface l’annuaire et revient à l’écran d’accueil. Une copie complète des données est d’abord enregistrée à côté du fichier de Maillage.'}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button variant={territory.isDemo ? 'secondary' : 'danger'} onClick={() => setAsking(true)}>
        {territory.isDemo ? 'Quitter la démonstration' : 'Changer de territoire…'}
      </Button>
      <ConfirmDialog
        open={asking}
        title={territory.isDemo ? 'Quitter la démonstration\u00a0?' : 'Changer de territoire\u00a0?'}
        confirmLabel={territory.isDemo ? 'Effacer la démonstration' : 'Effacer et changer de territoire'}
        danger
        onConfirm={() => void reset()}
        onCancel={() => setAsking(false)}
      >
        {territory.isDemo ? (
          <p>Les acteurs fictifs de la démonstration seront effacés.</p>
        ) : (
          <p>
            L’annuaire de {quoted(territory.displayName)} sera effacé de Maillage. Une copie de sauvegarde est
            enregistrée à côté du fichier de données avant l’effacement.
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
