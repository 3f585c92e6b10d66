import type { ActivityMapping } from '../../../../shared/activity/activitySchemas';

const ROLES: { role: keyof ActivityMapping; label: string; required?: boolean }[] = [
  { role: 'dateColumn', label: 'Date ou mois', required: true },
  { role: 'countColumn', label: 'Nombre d’accompagnements (sinon\u00a0: une ligne = une activité)' },
  { role: 'participantsColumn', label: 'Nombre de participants (ateliers)' },
  { role: 'kindColumn', label: 'Individuel ou collectif' },
  { role: 'themeColumn', label: 'Thématique' },
  { role: 'communeColumn', label: 'Commune de résidence (nom ou code INSEE)' },
  { role: 'ageColumn', label: 'Tranche d’âge' },
  { role: 'statusColumn', label: 'Statut' },
  { role: 'structureColumn', label: 'Structure ou lieu (un import par structure)' },
];

/** « Colonnes du tableau »: which column holds the date, the count, the theme, the commune, the public. */
export function ActivityWizard({
  headers,
  mapping,
  disabled,
  onChange,
}: {
  headers: string[];
  mapping: ActivityMapping | null;
  disabled: boolean;
  onChange: (next: ActivityMapping) => void;
}) {
  const current: Partial<ActivityMapping> = mapping ?? {};
  return (
    <section className="panel activity-wizard" aria-labelledby="activity-wizard-title">
      <h2 id="activity-wizard-title">Colonnes du tableau</h2>
      <p className="activity-muted">
        Seules les colonnes choisies sont lues. Une colonne de noms ou de remarques ne doit jamais l’être.
      </p>
      <div className="activity-wizard-grid">
        {ROLES.map(({ role, label, required }) => (
          <div className="field" key={role}>
            <label htmlFor={`activity-wizard-${role}`}>{label}</label>
            <select
              id={`activity-wizard-${role}`}
              className="input"
              value={current[role] ?? ''}
              disabled={disabled}
              onChange={(event) => {
                const next = { ...current, [role]: event.target.value || undefined };
                if (next.dateColumn) onChange(next as ActivityMapping);
              }}
            >
              {required ? null : <option value="">— aucune —</option>}
              {required && !current[role] ? <option value="">Choisissez…</option> : null}
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </section>
  );
}
