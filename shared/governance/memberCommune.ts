/**
 * A member's commune as the body's card and the feuille de route's composition print it: « Civray », or
 * « Digne-les-Bains (hors du territoire) » for an actor whose address is outside the territory; null when the
 * directory gives none.
 */
export function memberCommuneLabel(member: {
  communeName: string | null;
  communeOutside: boolean;
}): string | null {
  if (!member.communeName) return null;
  return member.communeOutside ? `${member.communeName} (hors du territoire)` : member.communeName;
}
