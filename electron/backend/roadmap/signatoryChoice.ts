/**
 * Who among a member's representatives can sign for it. A representative typed in the body is often the actor's
 * first contact of the directory: a reception desk, a switchboard, a secretariat, the organisation's own name.
 * Those are not people able to commit the organisation and are never offered as signatories; among the people,
 * the one whose function carries authority (president, then vice-president, then director, mayor, deputy…)
 * comes first.
 */

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Words that name a desk, a service or a generic address rather than a person. */
const NOT_A_PERSON =
  /\b(accueil|standard|standardiste|secretariat|reception|contact|contacts|renseignements?|infos?|informations?|service|services|equipe|bureau|guichet|permanence|mairie|pole|cellule|hotline|assistance|generique|general|generale)\b/;

/** True when the representative is a named person who could sign (not « Accueil », « Standard », « Secrétariat »). */
export function canSign(
  representative: { name: string; role: string | null },
  organisation: string,
): boolean {
  const name = plain(representative.name);
  if (name === '' || /[@\d]/.test(name)) return false;
  if (NOT_A_PERSON.test(name)) return false;
  const organisationName = plain(organisation);
  if (name === organisationName || organisationName.includes(name)) return false;
  const role = plain(representative.role ?? '');
  return !/\b(accueil|standard|standardiste|secretariat|reception|contact generique)\b/.test(role);
}

/** 0 for a president, 1 for a vice-president, 2 for another function that commits, 3 for anyone else. */
export function authorityRank(role: string | null): number {
  const text = plain(role ?? '');
  if (/^(co-?)?president/.test(text)) return 0;
  if (/^vice-president/.test(text)) return 1;
  if (
    /\b(direct(eur|rice)|dg|dgs|maire|adjoint|adjointe|delegue|deleguee|gerant|gerante|responsable|chef|cheffe)\b/.test(
      text,
    ) ||
    /^secretaire general/.test(text)
  )
    return 2;
  return 3;
}
