import type { CommuneDto } from '../../../../shared/territory/dto';
import { postcodeForCommune } from './actorFormEdits';
import type { FieldErrors } from './actorFormModel';
import { CommuneField, TextField } from './formFields';
import { CommuneSearchField } from './CommuneSearchField';

/** What an address is made of, for the actor as for each of its places. */
export interface AddressForm {
  address: string;
  addressComplement: string;
  communeCode: string;
  postcode: string;
  latitude: string;
  longitude: string;
}

/**
 * Address, complement, commune, postcode and coordinates, inside the parent's form grid. Choosing a commune
 * puts its postcode in, unless the one typed is already one of it. `prefix` leads every field's path
 * (`places.0.`), `suffix` ends its labels (« du lieu »). With `anywhereInFrance` (the actor's own address), the
 * commune is searched among all communes of France; otherwise it is one of `communeOptions` (the territory's).
 */
export function AddressFields({
  value,
  prefix = '',
  suffix = '',
  coordinateHint = 'ex.',
  communes,
  communeOptions,
  anywhereInFrance = false,
  errors,
  onChange,
}: {
  value: AddressForm;
  prefix?: string;
  suffix?: string;
  /** What comes before the example of coordinates (« Degrés décimaux, ex. »). */
  coordinateHint?: string;
  communes: readonly CommuneDto[];
  communeOptions: readonly { code: string; name: string }[];
  anywhereInFrance?: boolean;
  errors: FieldErrors;
  onChange: (patch: Partial<AddressForm>, path: string) => void;
}) {
  const at = (field: keyof AddressForm) => `${prefix}${field}`;
  const label = (text: string) => (suffix ? `${text} ${suffix}` : text);
  const text = (field: keyof AddressForm) => ({
    path: at(field),
    value: value[field],
    error: errors[at(field)],
    onChange: (next: string) => onChange({ [field]: next }, at(field)),
  });
  return (
    <>
      <TextField label={label('Adresse')} {...text('address')} />
      <TextField label={label('Complément d’adresse')} {...text('addressComplement')} />
      {anywhereInFrance ? (
        <CommuneSearchField
          path={at('communeCode')}
          label={label('Commune')}
          value={value.communeCode}
          valueLabel={communeOptions.find((option) => option.code === value.communeCode)?.name ?? null}
          error={errors[at('communeCode')]}
          onChange={(choice, typed) =>
            onChange(
              {
                communeCode: choice?.code ?? '',
                postcode: !choice
                  ? value.postcode
                  : typed && choice.postcodes.includes(typed.trim())
                    ? typed.trim()
                    : postcodeForCommune(value.postcode, choice),
              },
              at('communeCode'),
            )
          }
        />
      ) : (
        <CommuneField
          path={at('communeCode')}
          label={label('Commune')}
          value={value.communeCode}
          options={communeOptions}
          error={errors[at('communeCode')]}
          onChange={(communeCode) =>
            onChange(
              {
                communeCode,
                postcode: postcodeForCommune(
                  value.postcode,
                  communes.find((c) => c.code === communeCode),
                ),
              },
              at('communeCode'),
            )
          }
        />
      )}
      <TextField label={label('Code postal')} inputMode="numeric" {...text('postcode')} />
      <TextField
        label={label('Latitude')}
        inputMode="decimal"
        hint={`${coordinateHint} 46,5801`}
        {...text('latitude')}
      />
      <TextField
        label={label('Longitude')}
        inputMode="decimal"
        hint={`${coordinateHint} 0,3405`}
        {...text('longitude')}
      />
    </>
  );
}
