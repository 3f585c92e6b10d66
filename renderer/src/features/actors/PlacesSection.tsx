import type { CommuneDto } from '../../../../shared/territory/dto';
import { Button } from '../../ui/Button';
import { movePlace, removeAt, updatePlace } from './actorFormEdits';
import { emptyPlace, type ActorForm, type FieldErrors, type PlaceForm } from './actorFormModel';
import { focusField } from './focusField';
import { FormSection } from './formFields';
import { PlaceEditor } from './PlaceEditor';

/** « Lieux et services »: the actor's places, each with its editor, added, moved and removed here. */
export function PlacesSection({
  places,
  communes,
  communeOptions,
  errors,
  edit,
}: {
  places: PlaceForm[];
  communes: readonly CommuneDto[];
  communeOptions: readonly { code: string; name: string }[];
  errors: FieldErrors;
  /** Applies a change to the form and forgets the errors at `path`. */
  edit: (change: (form: ActorForm) => ActorForm, path: string) => void;
}) {
  return (
    <FormSection title="Lieux et services" id="form-lieux">
      {places.length === 0 ? (
        <p className="form-none">
          Aucun lieu pour l’instant. Ajoutez les lieux où l’acteur accueille le public, avec leurs services et
          leurs horaires.
        </p>
      ) : null}
      {places.map((place, index) => (
        <PlaceEditor
          key={place.key}
          place={place}
          index={index}
          count={places.length}
          communes={communes}
          communeOptions={communeOptions}
          errors={errors}
          onChange={(patch, path) => edit((prev) => updatePlace(prev, index, patch), path)}
          onMove={(delta) => edit((prev) => movePlace(prev, index, delta), 'places.')}
          onRemove={() => edit((prev) => ({ ...prev, places: removeAt(prev.places, index) }), 'places.')}
        />
      ))}
      <Button
        onClick={() => {
          edit((prev) => ({ ...prev, places: [...prev.places, emptyPlace()] }), 'places');
          // The cursor goes to the new place's name, not back to the top of a long form.
          focusField(`places.${places.length}.name`);
        }}
      >
        Ajouter un lieu
      </Button>
    </FormSection>
  );
}
