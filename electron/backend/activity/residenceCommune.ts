import type { CommuneDto } from '../../../shared/territory/dto';
import { communeKey, padCode, postcodeOf } from '../interop/import/communeKey';
import { communesNamed } from '../interop/import/communeNames';

/**
 * The commune of residence as La Coop writes it (« 38000 Grenoble »), or as a table gives it (« 38185 »,
 * « Grenoble »), read as today's INSEE code: the territory's communes first (postcode and name, or name alone,
 * or a postcode only one of them uses), then any commune of France of that name and postcode. Unrecognised:
 * no code, the label kept as written.
 */

export interface Residence {
  code: string | null;
  label: string;
  inTerritory: boolean;
}

export function residenceReader(communes: readonly CommuneDto[]): (written: string) => Residence {
  const byCode = new Map(communes.map((commune) => [commune.code, commune]));
  const byKey = new Map<string, CommuneDto[]>();
  const byPostcode = new Map<string, CommuneDto[]>();
  for (const commune of communes) {
    byKey.set(communeKey(commune.name), [...(byKey.get(communeKey(commune.name)) ?? []), commune]);
    for (const postcode of commune.postcodes)
      byPostcode.set(postcode, [...(byPostcode.get(postcode) ?? []), commune]);
  }
  const cache = new Map<string, Residence>();
  const read = (written: string): Residence => {
    if (written === '') return { code: null, label: '', inTerritory: false };
    const code = padCode(written);
    if (/^(\d{5}|2[AB]\d{3})$/.test(code) && byCode.has(code))
      return { code, label: byCode.get(code)!.name, inTerritory: true };
    const postcode = postcodeOf(written);
    const name = postcode ? written.trim().replace(/^\S+\s*/, '') : written;
    const key = communeKey(name);
    const named = (byKey.get(key) ?? []).filter((c) => !postcode || c.postcodes.includes(postcode));
    if (named.length === 1) return { code: named[0]!.code, label: named[0]!.name, inTerritory: true };
    const sharing = postcode ? (byPostcode.get(postcode) ?? []) : [];
    if (!key && sharing.length === 1)
      return { code: sharing[0]!.code, label: sharing[0]!.name, inTerritory: true };
    const elsewhere = key
      ? communesNamed(name).filter(
          (c) => c.type === 'commune-actuelle' && (!postcode || c.postcodes.includes(postcode)),
        )
      : [];
    if (elsewhere.length === 1)
      return {
        code: elsewhere[0]!.currentCode,
        label: elsewhere[0]!.currentName,
        inTerritory: byCode.has(elsewhere[0]!.currentCode),
      };
    return { code: null, label: written.trim(), inTerritory: false };
  };
  return (written) => {
    let known = cache.get(written);
    if (!known) cache.set(written, (known = read(written)));
    return known;
  };
}
