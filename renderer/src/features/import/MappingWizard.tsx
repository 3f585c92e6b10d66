import {
  IMPORT_FIELD_KEYS,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '../../../../shared/interop/importFields';
import { fieldPreview } from './mappingPreview';

/** « Correspondance des colonnes »: which column of the spreadsheet fills which field, with a preview. */
export function MappingWizard({
  headers,
  sampleRows,
  mapping,
  disabled,
  onChange,
}: {
  headers: string[];
  sampleRows: string[][];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const choose = (field: ImportField, header: string) => {
    const next: ColumnMapping = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  return (
    <section className="panel import-mapping" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">Correspondance des colonnes</h2>
      <p className="import-hint">
        Ce fichier ne suit pas le standard&nbsp;: indiquez quelle colonne remplit chaque champ. Les
        correspondances proposées viennent des noms de colonnes&nbsp;; l’aperçu montre les premières lignes.
      </p>
      <p className="import-hint">
        Le numéro dans la voie est joint devant l’adresse. Un code postal et une commune écrits à la fin de
        l’adresse («&nbsp;…, 16230 Mansle&nbsp;») sont lus quand leurs colonnes manquent ou sont vides. Des
        coordonnées X/Y en Lambert-93 ou une seule colonne «&nbsp;latitude, longitude&nbsp;» donnent la
        latitude et la longitude.
      </p>
      <table className="table import-mapping-table">
        <thead>
          <tr>
            <th scope="col">Champ</th>
            <th scope="col">Colonne du fichier</th>
            <th scope="col">Aperçu des premières lignes</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELD_KEYS.map((field) => {
            const id = `import-map-${field}`;
            return (
              <tr key={field}>
                <td>
                  <label htmlFor={id}>{IMPORT_FIELDS[field]}</label>
                </td>
                <td>
                  <select
                    id={id}
                    value={mapping[field] ?? ''}
                    disabled={disabled}
                    onChange={(event) => choose(field, event.target.value)}
                  >
                    <option value="">— aucune —</option>
                    {headers.map((header) => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="import-sample">{fieldPreview(field, headers, sampleRows, mapping)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
