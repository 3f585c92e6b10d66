import { IFN_DATASET_NAME, IFN_SOURCE } from '../../../../shared/diagnostic/indicatorIfn';
import type { IndicatorFileKind } from '../../../../shared/diagnostic/indicatorSchemas';
import { Field } from '../../ui/Field';
import type { DatasetMeta, MetaErrors } from './indicatorWizard';

/** Name, source, year and unit of the dataset: what is written under every chart that uses it. */
export function DatasetMetaForm({
  kind,
  meta,
  errors,
  disabled,
  onChange,
}: {
  kind: IndicatorFileKind;
  meta: DatasetMeta;
  errors: MetaErrors;
  disabled: boolean;
  onChange: (next: DatasetMeta) => void;
}) {
  const ifn = kind === 'ifn';
  const set = (field: keyof DatasetMeta) => (event: { target: { value: string } }) =>
    onChange({ ...meta, [field]: event.target.value });
  return (
    <section className="panel indicators-meta" aria-labelledby="indicators-meta-title">
      <h2 id="indicators-meta-title">Description des données</h2>
      <p className="indicators-muted">
        Ces mentions sont écrites sous chaque graphique qui utilise ces chiffres («&nbsp;Source&nbsp;:
        …&nbsp;»). Réimporter la même source, le même nom et la même année remplace l’import précédent.
      </p>
      <div className="form-grid">
        <Field
          label="Nom du jeu d’indicateurs"
          required={!ifn}
          error={errors.name}
          hint={ifn ? `Par défaut\u00a0: ${IFN_DATASET_NAME}.` : undefined}
        >
          {(props) => (
            <input
              {...props}
              className="input"
              value={meta.name}
              disabled={disabled}
              maxLength={200}
              placeholder={ifn ? undefined : 'Population et revenus'}
              onChange={set('name')}
            />
          )}
        </Field>
        <Field
          label="Source"
          required={!ifn}
          error={errors.source}
          hint={
            ifn
              ? `Par défaut\u00a0: ${IFN_SOURCE}.`
              : 'Par exemple\u00a0: INSEE, recensement de la population.'
          }
        >
          {(props) => (
            <input
              {...props}
              className="input"
              value={meta.source}
              disabled={disabled}
              maxLength={300}
              onChange={set('source')}
            />
          )}
        </Field>
        <Field label="Année des données" required error={errors.year}>
          {(props) => (
            <input
              {...props}
              className="input indicators-year"
              inputMode="numeric"
              value={meta.year}
              disabled={disabled}
              maxLength={4}
              placeholder="2023"
              onChange={set('year')}
            />
          )}
        </Field>
        {!ifn ? (
          <Field label="Unité par défaut" hint="Pour les colonnes sans unité : %, €, habitants…">
            {(props) => (
              <input
                {...props}
                className="input indicators-unit"
                value={meta.unit}
                disabled={disabled}
                maxLength={50}
                onChange={set('unit')}
              />
            )}
          </Field>
        ) : null}
      </div>
    </section>
  );
}
