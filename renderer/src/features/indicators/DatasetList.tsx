import { useState } from 'react';
import type { IndicatorDatasetDto } from '../../../../shared/diagnostic/indicatorDto';
import { countLabel, formatDate, formatInteger, quoted } from '../../../../shared/format/french';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';

/** The datasets already imported, each removable after a confirmation. */
export function DatasetList({
  datasets,
  onDelete,
}: {
  datasets: IndicatorDatasetDto[];
  onDelete: (dataset: IndicatorDatasetDto) => void;
}) {
  const [pending, setPending] = useState<IndicatorDatasetDto | null>(null);
  if (datasets.length === 0)
    return (
      <EmptyState title="Aucune donnée d’indicateur pour l’instant">
        Importez ci-dessous l’export de l’Indice de fragilité numérique ou un tableau de l’INSEE&nbsp;: le
        diagnostic croisera ces chiffres avec l’offre de l’annuaire, commune par commune.
      </EmptyState>
    );
  return (
    <>
      <table className="table indicators-datasets">
        <caption className="visually-hidden">Jeux d’indicateurs importés</caption>
        <thead>
          <tr>
            <th scope="col">Jeu d’indicateurs</th>
            <th scope="col">Source</th>
            <th scope="col" className="numeric">
              Année
            </th>
            <th scope="col">Indicateurs</th>
            <th scope="col" className="numeric">
              Communes
            </th>
            <th scope="col">Importé le</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => (
            <tr key={dataset.id}>
              <th scope="row">
                {dataset.name}
                <span className="indicators-file">{dataset.fileName}</span>
              </th>
              <td>{dataset.source}</td>
              <td className="numeric">{dataset.year}</td>
              <td>
                <details className="indicators-details">
                  <summary>{countLabel(dataset.indicators.length, 'indicateur')}</summary>
                  <ul>
                    {dataset.indicators.map((indicator) => (
                      <li key={indicator.key}>
                        {indicator.label}
                        {indicator.unit ? ` (${indicator.unit})` : ''}&nbsp;:{' '}
                        {formatInteger(indicator.okCount)}
                        &nbsp;sur {formatInteger(dataset.territoryCommuneCount)}
                        {indicator.secretCount > 0
                          ? `, ${formatInteger(indicator.secretCount)} en secret`
                          : ''}
                      </li>
                    ))}
                  </ul>
                </details>
              </td>
              <td className="numeric">
                {formatInteger(dataset.communeCount)}&nbsp;sur {formatInteger(dataset.territoryCommuneCount)}
              </td>
              <td className="indicators-date">{formatDate(dataset.importedAt)}</td>
              <td>
                <Button
                  variant="ghost"
                  onClick={() => setPending(dataset)}
                  aria-label={`Supprimer ${dataset.name} ${dataset.year}`}
                >
                  Supprimer
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={pending !== null}
        title="Supprimer ce jeu d’indicateurs&nbsp;?"
        confirmLabel="Supprimer"
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) onDelete(pending);
          setPending(null);
        }}
      >
        {pending ? (
          <p>
            Les chiffres de {quoted(`${pending.name} ${pending.year}`)} seront retirés du diagnostic. Les
            diagnostics déjà figés les gardent. Pour les retrouver, il faudra réimporter le fichier{' '}
            {quoted(pending.fileName)}.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
