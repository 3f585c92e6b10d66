/**
 * The overseas departments share France's ten-digit numbering plan but not its country code: « 02 62 12 34 56 »
 * (La Réunion) is « +262 262 12 34 56 » from abroad, not « +33 2 62… », which rings nowhere. The prefixes are
 * ARCEP's: fixed lines 0262, 0263 (La Réunion), 0269 (Mayotte), 0590, 0594, 0596; mobiles 0639 (Mayotte),
 * 0690, 0691, 0692, 0693, 0694, 0696, 0697.
 */
const COUNTRY_CODE_OF_PREFIX: Readonly<Record<string, string>> = {
  '0262': '262',
  '0263': '262',
  '0269': '262',
  '0639': '262',
  '0692': '262',
  '0693': '262',
  '0590': '590',
  '0690': '590',
  '0691': '590',
  '0594': '594',
  '0694': '594',
  '0596': '596',
  '0696': '596',
  '0697': '596',
};

/** The country code a ten-digit national number is dialled with from abroad: « 262 », « 590 »…, or « 33 ». */
export function countryCodeOfNational(national: string): string {
  return COUNTRY_CODE_OF_PREFIX[national.slice(0, 4)] ?? '33';
}
