/** La Poste's establishments share this SIREN and follow their own checksum rule. */
const LA_POSTE_SIREN = '356000000';

/** Removes the spaces people type in a SIRET (« 434 933 123 00029 »). */
export function compactSiret(value: string): string {
  return value.replace(/[\s.\u00a0\u202f]/g, '');
}

/** A SIRET is 14 digits whose Luhn sum is a multiple of 10 (La Poste: digit sum multiple of 5). */
export function isValidSiret(value: string): boolean {
  const siret = compactSiret(value);
  if (!/^\d{14}$/.test(siret)) return false;
  if (/^0+$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0);
    return digitSum % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The French reason a SIRET is refused, or null when it is valid. */
export function siretProblem(value: string): string | null {
  const siret = compactSiret(value);
  if (!/^\d+$/.test(siret)) return 'Le SIRET ne contient que des chiffres.';
  if (siret.length !== 14) return `Le SIRET compte 14 chiffres (ici ${siret.length}).`;
  if (/^0+$/.test(siret))
    return 'Le SIRET «\u00a000000000000000\u00a0» est un bouche-trou\u00a0: laissez le champ vide.';
  if (!isValidSiret(siret))
    return 'Ce SIRET n’existe pas\u00a0: sa clé de contrôle est fausse (vérifiez une faute de frappe).';
  return null;
}
