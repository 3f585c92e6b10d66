import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../api/fields';

export const epciSearchInput = z.object({ query: z.string().max(100).default('') });
export const communeSearchInput = z.object({ query: z.string().max(100).default('') });
export const epciSirenInput = z.object({
  siren: z.string().regex(/^\d{9}$/, 'Le SIREN d’un EPCI compte 9 chiffres.'),
});

export const territorySettingsInput = z.object({
  displayName: requiredText(150, 'Le nom affiché'),
  contact: z.object({
    name: optionalText(120, 'Le nom du contact', 'line'),
    role: optionalText(120, 'La fonction du contact', 'line'),
    email: optionalEmail('Le courriel du contact'),
    phone: optionalPhone('Le téléphone du contact'),
  }),
});

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;

export const territoryLogoInput = z.object({
  logo: z
    .object({
      mimeType: z.enum(LOGO_MIME_TYPES, { error: 'Le logo doit être une image PNG ou JPEG.' }),
      base64: z
        .string()
        .min(1, 'Le fichier du logo est vide.')
        .max(
          Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4,
          'Le logo dépasse 2\u00a0Mo\u00a0: choisissez une image plus légère.',
        )
        .regex(/^[A-Za-z0-9+/]+=*$/, 'Le fichier du logo est illisible.'),
    })
    .nullable(),
});
