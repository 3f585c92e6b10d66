import type { CommuneDto } from '../../../shared/territory/dto';
import { communeKey, padCode, postcodeOf } from '../interop/import/communeKey';
import { communesNamed, communesOfPostcode } from '../interop/import/communeNames';
import { resolveCommuneCode } from '../interop/import/communeIndex';

/**
 * The commune of residence as La Coop writes it (« 38000 Grenoble »), or as a table gives it (« 38185 »,
 * « Grenoble »), read as today's INSEE code: the territory's communes first (postcode and name, or name alone,
 * or a postcode only one of them uses), then any commune of France of that code, or of that name and postcode,
 * a commune déléguée's included (read as the commune it belongs to today). Unrecognised: no code, the label kept
 * as written (neither in the territory nor out of it: not known).
 */

export interface Residence {
  code: string | null;
  label: string;
  inTerritory: boolean;
}

/**
 * Today's commune a name stands for anywhere in France (with its postcode, when written): a commune of that
 * name, or else a commune déléguée, associée or an arrondissement of that name (« Couhé », now part of
 * Valence-en-Poitou), when all those of that name are one commune today.
 */
function todayCommuneNamed(name: string, postcode: string): { code: string; label: string } | null {
  const named = communesNamed(name).filter((c) => !postcode || c.postcodes.includes(postcode));
  const current = named.filter((c) => c.type === 'commune-actuelle');
  const codes = new Set((current.length > 0 ? current : named).map((c) => c.currentCode));
  if (codes.size !== 1) return null;
  const [first] = current.length > 0 ? current : named;
  return { code: first!.currentCode, label: first!.currentName };
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
    if (!key && /^(\d{5}|2[AB]\d{3})$/.test(code)) {
      // Five digits alone: a postcode is read as one first (« 86100 » is Châtellerault's, and also the code of
      // Fontaine-le-Comte: 3,455 postcodes are some commune's code, old or current), the commune that alone uses
      // it or nothing; else a code of France, a merged commune's former code or a commune déléguée's (« 86043 »,
      // Ceaux-en-Couhé, now Valence-en-Poitou).
      const using = communesOfPostcode(code);
      const resolved =
        using.length === 1
          ? resolveCommuneCode(using[0]!)
          : using.length === 0
            ? resolveCommuneCode(code)
            : null;
      if (resolved)
        return { code: resolved.code, label: resolved.name, inTerritory: byCode.has(resolved.code) };
      return { code: null, label: written.trim(), inTerritory: false };
    }
    const current = key ? todayCommuneNamed(name, postcode) : null;
    if (current) return { ...current, inTerritory: byCode.has(current.code) };
    return { code: null, label: written.trim(), inTerritory: false };
  };
  return (written) => {
    let known = cache.get(written);
    if (!known) cache.set(written, (known = read(written)));
    return known;
  };
}
