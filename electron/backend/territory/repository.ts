import type { Kysely, Selectable } from 'kysely';
import type { DB, TerritoryTable } from '../db/schema';
import type { CommuneDto, EpciDetailDto, TerritoryDto } from '../../../shared/territory/dto';
import type { LogoMimeType } from '../../../shared/territory/logo';
import { compareFrench } from './referenceData';
import { withTypographicApostrophes } from '../../../shared/format/apostrophes';

/** The one territory of this database (row id = 1) and its communes, copied from the reference data. */

const TERRITORY_ID = 1;

/** Works on the database or inside a transaction (Kysely's Transaction extends Kysely). */
type Db = Kysely<DB>;

function parsePostcodes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The territory's communes, sorted by name (French collation). Empty before onboarding. */
export async function getTerritoryCommunes(db: Db): Promise<CommuneDto[]> {
  const rows = await db.selectFrom('territoryCommune').selectAll().execute();
  return rows
    .map((row) => ({
      code: row.code,
      name: row.name,
      population: row.population,
      postcodes: parsePostcodes(row.postcodes),
    }))
    .sort((a, b) => compareFrench(a.name, b.name));
}

export async function hasTerritory(db: Db): Promise<boolean> {
  const row = await db.selectFrom('territory').select('id').where('id', '=', TERRITORY_ID).executeTakeFirst();
  return row !== undefined;
}

function toDto(row: Selectable<TerritoryTable>, communes: CommuneDto[]): TerritoryDto {
  return {
    epciSiren: row.epciSiren,
    epciName: row.epciName,
    epciType: row.epciType,
    displayName: row.displayName,
    isDemo: row.isDemo === 1,
    population: communes.reduce((sum, commune) => sum + commune.population, 0),
    communes,
    contact: {
      name: row.contactName,
      role: row.contactRole,
      email: row.contactEmail,
      phone: row.contactPhone,
    },
    logoDataUrl:
      row.logo && row.logoMimeType ? `data:${row.logoMimeType};base64,${row.logo.toString('base64')}` : null,
    chosenAt: row.chosenAt,
  };
}

/** The chosen territory, or null before onboarding. */
export async function getTerritory(db: Db): Promise<TerritoryDto | null> {
  const row = await db.selectFrom('territory').selectAll().where('id', '=', TERRITORY_ID).executeTakeFirst();
  if (!row) return null;
  return toDto(row, await getTerritoryCommunes(db));
}

/** Copies the EPCI and its member communes. Call inside a transaction: both tables change together. */
export async function insertTerritory(
  db: Db,
  epci: EpciDetailDto,
  options: { now: string; isDemo: boolean },
): Promise<void> {
  await db
    .insertInto('territory')
    .values({
      id: TERRITORY_ID,
      epciSiren: epci.siren,
      epciName: epci.name,
      epciType: epci.type,
      // The name shown (and written in documents) takes the typographic apostrophe; the reference's stays.
      displayName: withTypographicApostrophes(epci.name),
      isDemo: options.isDemo ? 1 : 0,
      contactName: null,
      contactRole: null,
      contactEmail: null,
      contactPhone: null,
      logoMimeType: null,
      logo: null,
      chosenAt: options.now,
    })
    .execute();
  await db.deleteFrom('territoryCommune').execute();
  if (epci.communes.length > 0) {
    await db
      .insertInto('territoryCommune')
      .values(
        epci.communes.map((commune) => ({
          code: commune.code,
          name: commune.name,
          population: commune.population,
          postcodes: JSON.stringify(commune.postcodes),
        })),
      )
      .execute();
  }
}

export interface TerritorySettings {
  displayName: string;
  contact: { name: string | null; role: string | null; email: string | null; phone: string | null };
}

/** Returns false when there is no territory to update. */
export async function updateTerritorySettings(db: Db, settings: TerritorySettings): Promise<boolean> {
  const result = await db
    .updateTable('territory')
    .set({
      displayName: settings.displayName,
      contactName: settings.contact.name,
      contactRole: settings.contact.role,
      contactEmail: settings.contact.email,
      contactPhone: settings.contact.phone,
    })
    .where('id', '=', TERRITORY_ID)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Stores the logo's bytes (null removes it). Returns false when there is no territory. */
export async function setTerritoryLogo(
  db: Db,
  logo: { mimeType: LogoMimeType; bytes: Buffer } | null,
): Promise<boolean> {
  const result = await db
    .updateTable('territory')
    .set({ logoMimeType: logo?.mimeType ?? null, logo: logo?.bytes ?? null })
    .where('id', '=', TERRITORY_ID)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
