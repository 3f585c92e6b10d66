import { withCodeColumn, withColumn, type WizardState } from './indicatorWizard';

/** « Colonnes du tableau »: which column holds the commune code, which columns to import, under which names. */
export function ColumnWizard({
  headers,
  state,
  disabled,
  onChange,
}: {
  headers: string[];
  state: WizardState;
  disabled: boolean;
  /** `refresh`: the choice changes what is read (code column, columns ticked), so the report is redone. */
  onChange: (next: WizardState, refresh: boolean) => void;
}) {
  return (
    <section className="panel indicators-wizard" aria-labelledby="indicators-wizard-title">
      <h2 id="indicators-wizard-title">Colonnes du tableau</h2>
      <div className="field">
        <label htmlFor="indicators-code-column">Colonne du code commune (code INSEE)</label>
        <select
          id="indicators-code-column"
          className="input"
          value={state.codeColumn}
          disabled={disabled}
          onChange={(event) => onChange(withCodeColumn(state, event.target.value, headers), true)}
        >
          {headers.map((header) => (
            <option key={header} value={header}>
              {header}
            </option>
          ))}
        </select>
      </div>
      <table className="table indicators-wizard-table">
        <caption className="indicators-muted">
          Cochez les colonnes de chiffres à importer&nbsp;; le nom et l’unité apparaîtront dans le diagnostic.
        </caption>
        <thead>
          <tr>
            <th scope="col">Importer</th>
            <th scope="col">Colonne du fichier</th>
            <th scope="col">Nom de l’indicateur</th>
            <th scope="col">Unité</th>
          </tr>
        </thead>
        <tbody>
          {state.columns.map((choice, index) => (
            <tr key={choice.column}>
              <td>
                <input
                  type="checkbox"
                  id={`indicators-column-${index}`}
                  checked={choice.selected}
                  disabled={disabled}
                  onChange={(event) =>
                    onChange(withColumn(state, choice.column, { selected: event.target.checked }), true)
                  }
                />
              </td>
              <td>
                <label htmlFor={`indicators-column-${index}`}>{choice.column}</label>
              </td>
              <td>
                <input
                  className="input"
                  value={choice.name}
                  disabled={disabled || !choice.selected}
                  aria-label={`Nom de l’indicateur de la colonne ${choice.column}`}
                  maxLength={200}
                  onChange={(event) =>
                    onChange(withColumn(state, choice.column, { name: event.target.value }), false)
                  }
                />
              </td>
              <td>
                <input
                  className="input indicators-unit"
                  value={choice.unit}
                  disabled={disabled || !choice.selected}
                  aria-label={`Unité de la colonne ${choice.column}`}
                  placeholder="%, €, habitants…"
                  maxLength={50}
                  onChange={(event) =>
                    onChange(withColumn(state, choice.column, { unit: event.target.value }), false)
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
