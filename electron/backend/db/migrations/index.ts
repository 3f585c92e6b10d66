import { migration001Territory } from './001-territory';
import { migration002Directory } from './002-directory';
import { migration003ActorListIndex } from './003-actor-list-index';
import { migration004CommuneContours } from './004-commune-contours';
import { migration005DuplicateDismissal } from './005-duplicate-dismissal';
import { migration006Indicators } from './006-indicators';
import { migration007DiagnosticSnapshots } from './007-diagnostic-snapshots';
import { migration008Governance } from './008-governance';
import { migration009Roadmap } from './009-roadmap';
import { migration010PlaceSourceFields } from './010-place-source-fields';
import { migration011TagsOnRows } from './011-tags-on-rows';
import { migration012DiagnosticSettings } from './012-diagnostic-settings';
import { migration013DirectorySearchIndex } from './013-directory-search-index';
import { migration014ContourUse } from './014-contour-use';
import { migration015Network } from './015-network';
import { migration016Meetings } from './016-meetings';
import { migration017Activity } from './017-activity';
import { migration018MeetingRecords } from './018-meeting-records';
import { migration019MeetingParticipants } from './019-meeting-participants';
import { migration020ComputedIndicators } from './020-computed-indicators';
import { migration021ActivityResidenceIndex } from './021-activity-residence-index';
import { migration022ActivityFamilies } from './022-activity-families';
import { migration023ActivityUntimed } from './023-activity-untimed';
import { migration024TypographicCommuneNames } from './024-typographic-commune-names';
import { migration025FundingAmountUnknown } from './025-funding-amount-unknown';

/**
 * Migrations provided from code (bundlers break file-based providers). The position in this list is the
 * schema version stored in `PRAGMA user_version`: version N means the first N migrations have run.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  { name: 'territoire', sql: migration001Territory },
  { name: 'annuaire des acteurs', sql: migration002Directory },
  { name: 'index de la liste des acteurs', sql: migration003ActorListIndex },
  { name: 'contours des communes', sql: migration004CommuneContours },
  { name: 'doublons écartés', sql: migration005DuplicateDismissal },
  { name: 'indicateurs par commune', sql: migration006Indicators },
  { name: 'diagnostics figés', sql: migration007DiagnosticSnapshots },
  { name: 'instance de coordination', sql: migration008Governance },
  { name: 'feuille de route', sql: migration009Roadmap },
  { name: 'ce que la source dit des lieux', sql: migration010PlaceSourceFields },
  { name: 'valeurs multiples sur leur ligne', sql: migration011TagsOnRows },
  { name: 'réglages du diagnostic', sql: migration012DiagnosticSettings },
  { name: 'recherche et ordres de l’annuaire', sql: migration013DirectorySearchIndex },
  { name: 'contours utilisés et laissés de côté', sql: migration014ContourUse },
  { name: 'rencontre des acteurs', sql: migration015Network },
  { name: 'réunions des instances', sql: migration016Meetings },
  { name: 'activité des médiateurs', sql: migration017Activity },
  { name: 'tenue et compte rendu des réunions', sql: migration018MeetingRecords },
  { name: 'participants des réunions', sql: migration019MeetingParticipants },
  { name: 'indicateurs calculés à partir de l’activité', sql: migration020ComputedIndicators },
  { name: 'activité par commune de résidence et structure', sql: migration021ActivityResidenceIndex },
  { name: 'activité par famille de thématiques', sql: migration022ActivityFamilies },
  { name: 'activités sans durée renseignée', sql: migration023ActivityUntimed },
  { name: 'noms des communes avec l’apostrophe typographique', sql: migration024TypographicCommuneNames },
  { name: 'montant de financement non renseigné', sql: migration025FundingAmountUnknown },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
