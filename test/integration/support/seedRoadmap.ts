import type { Backend } from '../../../electron/backend/backend';
import { callOk } from './callOk';

/**
 * A small but complete feuille de route on the demo territory, written through the router as the screens do:
 * a body of three directory actors and one elected official, two objectives, two chantiers, three actions with
 * pilots, partners, dates, budgets, fundings and indicators, roles and two signatures filled in.
 */

const ok = callOk;

export async function seedDemoRoadmap(backend: Backend): Promise<void> {
  const actorId = async (search: string) => (await ok(backend, 'actors.list', { search })).items[0]!.id;
  const instance = await ok(backend, 'instances.save', {
    name: 'Groupe moteur de l’inclusion numérique',
    kind: 'strategique',
    frequency: 'mensuelle',
    notes: 'Se réunit le premier jeudi du mois.',
  });
  for (const search of ['Communauté de communes du Civraisien', 'France Services de Gençay', 'Bus numérique'])
    await ok(backend, 'instances.addMember', {
      instanceId: instance.id,
      member: { kind: 'actor', actorId: await actorId(search) },
    });
  const withElected = await ok(backend, 'instances.addMember', {
    instanceId: instance.id,
    member: { kind: 'elected', name: 'Sylvie Marchand', mandate: 'Maire', communeCode: '86061' },
  });
  const [epci, franceServices, bus, mayor] = withElected.members.map((member) => member.id) as [
    number,
    number,
    number,
    number,
  ];
  await ok(backend, 'roadmap.setInstance', { instanceId: instance.id });
  await ok(backend, 'roadmap.updateText', {
    title: 'Feuille de route de l’inclusion numérique 2026-2028',
    purpose:
      'Que chaque habitant du Civraisien trouve, à moins de vingt minutes de chez lui, une aide pour ses démarches et ses usages numériques.',
    context: 'Le diagnostic de 2026 montre que 26 communes sur 35 n’ont aucun lieu de médiation.',
    commitments:
      'Chaque membre oriente les personnes qu’il rencontre vers le lieu adapté, partage ses chiffres d’activité chaque trimestre et participe au groupe moteur.',
  });
  const objective = await ok(backend, 'roadmap.saveObjective', {
    title: 'Rapprocher l’offre des communes fragiles',
    indicator: 'Communes desservies par une permanence',
    baseline: 9,
    target: 20,
    unit: 'communes',
  });
  await ok(backend, 'roadmap.saveObjective', {
    title: 'Former les aidants de proximité',
    target: 30,
    unit: 'aidants',
  });
  const mobility = await ok(backend, 'roadmap.saveChantier', {
    title: 'Aller vers les habitants',
    description: 'Permanences itinérantes dans les communes sans lieu.',
  });
  const training = await ok(backend, 'roadmap.saveChantier', { title: 'Former et outiller les aidants' });
  const tour = await ok(backend, 'roadmap.saveAction', {
    chantierId: mobility.id,
    title: 'Étendre la tournée du bus numérique',
    objectiveId: objective.id,
    description: 'Cinq nouvelles communes desservies un mardi sur deux.',
    pilotMemberId: bus,
    partnerMemberIds: [mayor],
    publics: ['Seniors'],
    communeCodes: ['86061', '86064'],
    start: '2026-09',
    end: '2027-06',
    budget: 18000,
    fundings: [
      { source: 'etat_fne', amount: 9000, status: 'acquis' },
      { source: 'epci', amount: 6000, status: 'demande', note: 'budget 2027' },
    ],
    indicators: [{ label: 'Personnes accompagnées', unit: 'personnes', target: 400 }],
    status: 'en_cours',
    progress: 30,
  });
  await ok(backend, 'roadmap.saveAction', {
    chantierId: mobility.id,
    title: 'Permanence France Services à Charroux',
    pilotMemberId: franceServices,
    start: '2026-03',
    end: '2026-06',
    status: 'a_lancer',
  });
  await ok(backend, 'roadmap.saveAction', {
    chantierId: training.id,
    title: 'Former 30 aidants de proximité',
  });
  await ok(backend, 'roadmap.setRole', { actionId: tour.id, memberId: epci, role: 'financeur' });
  await ok(backend, 'roadmap.saveSignature', {
    memberId: epci,
    organisation: 'Communauté de communes du Civraisien en Poitou',
    signatory: 'Bernard Chaigneau',
    function: 'Vice-président solidarités',
  });
  await ok(backend, 'roadmap.saveSignature', {
    memberId: mayor,
    organisation: 'Commune de Charroux',
    signatory: 'Sylvie Marchand',
    function: 'Maire',
  });
}
