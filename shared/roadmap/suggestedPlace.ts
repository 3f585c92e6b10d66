/**
 * The « Fait à » a territory is offered when adopting its feuille de route: its most populous commune (the seat
 * of an EPCI is most often it; the reference data does not give the seat), the first by name on a tie; none
 * without communes. Never a commune of another territory.
 */
export function suggestedPlace(communes: readonly { name: string; population: number }[]): string | null {
  let best: { name: string; population: number } | null = null;
  for (const commune of communes)
    if (
      !best ||
      commune.population > best.population ||
      (commune.population === best.population && commune.name.localeCompare(best.name, 'fr') < 0)
    )
      best = commune;
  return best?.name ?? null;
}
