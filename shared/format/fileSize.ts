const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** « 12,3 Mo », « 850 ko », « 2,1 Go »: sizes in the decimal units French software shows. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes}\u00a0octet${bytes > 1 ? 's' : ''}`;
  const units = ['ko', 'Mo', 'Go', 'To'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${oneDecimal.format(value)}\u00a0${units[unit]}`;
}
