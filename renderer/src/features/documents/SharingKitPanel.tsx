import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { BuildProgress } from './BuildProgress';
import { useKitBuild } from './useKitBuild';
import './sharingKit.css';

/**
 * « Kit de partage » (step 5 of the method: every member has the same information): one zip of the latest
 * documents to drop into the network's shared drive. After it is built, the panel says what it held and what
 * it could not.
 */
export function SharingKitPanel({ disabled }: { disabled: boolean }) {
  const { status, build } = useKitBuild();
  const busy = status.state === 'building';
  return (
    <section className="panel document-card sharing-kit" aria-labelledby="kit-de-partage">
      <h2 id="kit-de-partage">Kit de partage</h2>
      <p>
        Un seul fichier .zip à déposer dans le dossier partagé du réseau, pour que chaque membre dispose des
        mêmes informations et que le groupe montre ce qu’il fait. Il réunit, à la date du jour&nbsp;:
      </p>
      <ul className="sharing-kit-contents">
        <li>la feuille de route (la dernière version adoptée, sinon le projet)&nbsp;;</li>
        <li>les comptes rendus des réunions tenues au cours des douze derniers mois&nbsp;;</li>
        <li>
          l’annuaire des acteurs (Word) et le fichier au standard national des lieux de médiation
          (.csv)&nbsp;;
        </li>
        <li>
          le calendrier des prochaines réunions de chaque instance (.ics, à importer dans un agenda)&nbsp;;
        </li>
        <li>un «&nbsp;Lisez-moi&nbsp;» qui liste le contenu et ce qui manque.</li>
      </ul>
      <div className="document-actions">
        <Button variant="primary" onClick={() => void build()} disabled={busy || disabled} aria-busy={busy}>
          {busy ? 'Préparation du kit…' : 'Préparer le kit de partage (.zip)'}
        </Button>
        {busy ? (
          <BuildProgress label="Rédaction des documents et des calendriers, puis assemblage du kit…" />
        ) : null}
      </div>
      {status.state === 'error' ? <Notice tone="error">{status.message}</Notice> : null}
      {status.state === 'done' ? (
        <div className="sharing-kit-result" aria-live="polite">
          <p>
            <strong>{status.kit.fileName}</strong> contient {status.kit.entries.length} fichiers&nbsp;:
          </p>
          <ul>
            {status.kit.entries.map((entry) => (
              <li key={entry.path}>{entry.what}</li>
            ))}
          </ul>
          {status.kit.missing.length > 0 ? (
            <Notice tone="info">
              <p>Ne figurent pas dans ce kit&nbsp;:</p>
              <ul>
                {status.kit.missing.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
