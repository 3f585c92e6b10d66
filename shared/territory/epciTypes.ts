/** The kinds of EPCI in the reference data, in full French words. */
const EPCI_TYPE_LABELS: Record<string, string> = {
  CC: 'Communauté de communes',
  CA: 'Communauté d’agglomération',
  CU: 'Communauté urbaine',
  METRO: 'Métropole',
  MET69: 'Métropole de Lyon',
};

/** « Communauté de communes » for CC, …; an unknown code is shown as given. */
export const epciTypeLabel = (type: string): string => EPCI_TYPE_LABELS[type] ?? type;
