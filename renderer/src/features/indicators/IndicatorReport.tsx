import type { IndicatorPreviewDto } from '../../../../shared/diagnostic/indicatorDto';
import { afterColon, countLabel, formatInteger, quoted } from '../../../../shared/format/french';
import { gapsOf } from './indicatorWizard';

/** A list that can be long (unknown codes, absent communes), folded under its count. */
function Folded({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="indicators-details">
      <summary>{title}</summary>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

/** What importing the file would do, before anything is written: rows, communes, values per indicator. */
export function IndicatorReport({ preview }: { preview: IndicatorPreviewDto }) {
  const unmatched = preview.territoryCommuneCount - preview.matchedCommuneCount;
  return (
    <section className="panel indicators-report" aria-labelledby="indicators-report-title">
      <h2 id="indicators-report-title">Ce que contient le fichier</h2>
      <ul className="indicators-counts">
        <li>
          <strong>{formatInteger(preview.rowsRead)}</strong>{' '}
          {preview.rowsRead > 1 ? 'lignes lues' : 'ligne lue'}
          {preview.unitsRowLine !== null ? ` (ligne d’unités ${preview.unitsRowLine} mise de côté)` : ''}
        </li>
        <li>
          <strong>{formatInteger(preview.matchedCommuneCount)}</strong> sur{' '}
          {countLabel(preview.territoryCommuneCount, 'commune')} du territoire trouvées
          {unmatched > 0
            ? ` — ${countLabel(unmatched, 'commune absente', 'communes absentes')} du fichier`
            : ''}
        </li>
        {preview.outsideCount > 0 ? (
          <li>
            {countLabel(preview.outsideCount, 'ligne', 'lignes')} d’autres territoires, ignorée
            {preview.outsideCount > 1 ? 's' : ''}
          </li>
        ) : null}
      </ul>
      {preview.encodingWarning ? <p className="indicators-warning">{preview.encodingWarning}</p> : null}

      <table className="table indicators-columns">
        <caption>Indicateurs retenus (code commune lu dans la colonne {quoted(preview.codeColumn)})</caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">Unité</th>
            <th scope="col" className="numeric">
              Valeurs
            </th>
            <th scope="col">Sans valeur utilisable (jamais comptée comme zéro)</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column) => (
            <tr key={column.column}>
              <th scope="row">
                {column.label}
                {column.label !== column.column ? (
                  <span className="indicators-file">colonne {quoted(column.column)}</span>
                ) : null}
              </th>
              <td>{column.unit || '—'}</td>
              <td className="numeric">{formatInteger(column.okCount)}</td>
              <td>{gapsOf(column)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.columns.length === 0 ? (
        <p className="indicators-warning">
          Aucune colonne de chiffres retenue&nbsp;: cochez au moins une colonne à importer.
        </p>
      ) : null}
      {preview.ignoredColumns.length > 0 ? (
        <p className="indicators-muted">Colonnes non importées&nbsp;: {preview.ignoredColumns.join(', ')}.</p>
      ) : null}

      <Folded
        title={`${countLabel(preview.unknownCodes.length, 'code inconnu', 'codes inconnus')} (ce ne sont pas des communes de France)`}
        items={preview.unknownCodes.map((unknown) => `Ligne ${unknown.line}\u00a0: ${quoted(unknown.code)}`)}
      />
      <Folded
        title={`${countLabel(preview.oldCodes.length, 'ancien code', 'anciens codes')} rattaché${preview.oldCodes.length > 1 ? 's' : ''} à la commune d’aujourd’hui`}
        items={preview.oldCodes.map(
          (old) => `Ligne ${old.line}\u00a0: ${old.code} → ${old.currentName} (${old.currentCode})`,
        )}
      />
      <Folded
        title={`${countLabel(preview.duplicateRows.length, 'ligne', 'lignes')} en double, mise${preview.duplicateRows.length > 1 ? 's' : ''} de côté`}
        items={preview.duplicateRows.map(
          (row) => `Ligne ${row.line} (${row.code})\u00a0: ${afterColon(row.reason)}`,
        )}
      />
      <Folded
        title={`${countLabel(preview.invalidValues.length, 'valeur refusée', 'valeurs refusées')} (gardée${preview.invalidValues.length > 1 ? 's' : ''} comme manquante${preview.invalidValues.length > 1 ? 's' : ''})`}
        items={preview.invalidValues.map(
          (invalid) =>
            `Ligne ${invalid.line}, ${quoted(invalid.column)}\u00a0: ${quoted(invalid.value)} — ${invalid.reason}`,
        )}
      />
      <Folded
        title={`${countLabel(preview.absentCommunes.length, 'commune', 'communes')} du territoire absente${preview.absentCommunes.length > 1 ? 's' : ''} du fichier`}
        items={preview.absentCommunes.map((commune) => `${commune.name} (${commune.code})`)}
      />
    </section>
  );
}
