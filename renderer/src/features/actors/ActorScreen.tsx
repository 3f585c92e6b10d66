import { useState, type ReactNode } from 'react';
import type { PlaceDto } from '../../../../shared/actors/dto';
import { formatDate, quoted } from '../../../../shared/format/french';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf, navigate } from '../../app/route';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import {
  addressLine,
  formatCoordinate,
  formatSiret,
  freshnessBanner,
  permanenceLine,
  roleLabel,
} from './actorLabels';
import { actorInputFromDto } from './actorFormModel';
import './actor.css';

const NOT_GIVEN = <p className="not-given">Non renseigné</p>;

/** A label and its value; nothing when the value is empty. */
function Item({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A list of values, or null when there is none (so that the Item around it disappears). */
function valueList(values: readonly string[]): ReactNode {
  if (values.length === 0) return null;
  return (
    <ul className="value-list">
      {values.map((value) => (
        <li key={value}>{value}</li>
      ))}
    </ul>
  );
}

function Section({
  title,
  id,
  empty,
  children,
}: {
  title: string;
  id: string;
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <section className="panel actor-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? NOT_GIVEN : children}
    </section>
  );
}

function OpeningHours({ place }: { place: PlaceDto }) {
  const reading = place.openingHoursReading;
  if (reading.status === 'empty') return <span>{place.openingHours}</span>;
  if (reading.status === 'valid')
    return (
      <ul className="hours-lines">
        {reading.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    );
  return (
    <div className="hours-invalid">
      <code>{place.openingHours}</code> <span className="badge badge-warning">Horaires à corriger</span>
      <p className="hours-message">{reading.message}</p>
    </div>
  );
}

function PlaceCard({ place }: { place: PlaceDto }) {
  const coordinates =
    place.latitude !== null && place.longitude !== null
      ? `${formatCoordinate(place.latitude)} ; ${formatCoordinate(place.longitude)}`
      : null;
  return (
    <article className="place-card" aria-label={`Lieu ${place.name}`}>
      <h3>{place.name}</h3>
      <dl className="items">
        <Item label="Adresse">{addressLine(place)}</Item>
        <Item label="Coordonnées (latitude&nbsp;; longitude)">{coordinates}</Item>
        <Item label="Téléphone">{place.phone}</Item>
        <Item label="Courriel">
          {place.email ? <a href={`mailto:${place.email}`}>{place.email}</a> : null}
        </Item>
        <Item label="Prise de rendez-vous">{place.bookingUrl}</Item>
        <Item label="Services">{valueList(place.services)}</Item>
        <Item label="Modalités d’accès">{place.accessModes.join(', ')}</Item>
        <Item label="Modalités d’accompagnement">{place.accompanimentModes.join(', ')}</Item>
        <Item label="Frais à charge">{place.fees.join(', ')}</Item>
        <Item label="Itinérance">{place.itinerance.join(', ')}</Item>
        <Item label="Horaires">{place.openingHours ? <OpeningHours place={place} /> : null}</Item>
        <Item label="Permanences">
          {place.permanences.length > 0 ? (
            <ul className="value-list">
              {place.permanences.map((permanence) => (
                <li key={permanence.id}>{permanenceLine(permanence)}</li>
              ))}
            </ul>
          ) : null}
        </Item>
      </dl>
    </article>
  );
}

/** One actor's record, read-only, with its freshness and the way to edit, verify or delete it. */
export function ActorScreen({ id }: { id: number }) {
  const { loaded: loading, replace } = useLoaded(() => call('actors.get', { id }), `acteur-${id}`);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const toast = useToast();

  if (loading.state === 'loading') return <p className="screen-loading">Chargement de la fiche…</p>;
  if (loading.state === 'error' && loading.code !== 'not_found')
    return <Notice tone="error">{loading.message}</Notice>;
  if (loading.state === 'error')
    return (
      <div className="panel">
        <EmptyState
          title="Acteur introuvable"
          action={<a href={hrefOf({ name: 'actors' })}>Retour à l’annuaire des acteurs</a>}
        >
          Cette fiche n’existe pas ou plus. Si elle a été mise à la corbeille, vous pouvez la restaurer depuis
          la Corbeille.
        </EmptyState>
      </div>
    );

  const actor = loading.data;
  const banner = freshnessBanner(actor.freshness, actor.lastVerifiedOn);

  const markVerified = async () => {
    setBusy(true);
    setActionError(null);
    const info = await call('app.info', {});
    if (!info.ok) {
      setBusy(false);
      setActionError(info.error.message);
      return;
    }
    const result = await call('actors.update', {
      id: actor.id,
      actor: { ...actorInputFromDto(actor), lastVerifiedOn: info.data.today },
    });
    setBusy(false);
    if (!result.ok) {
      setActionError(
        result.error.code === 'invalid_input'
          ? `${result.error.message} Ouvrez « Modifier » pour corriger la fiche.`
          : result.error.message,
      );
      return;
    }
    replace(result.data);
    toast({ message: 'Fiche marquée comme vérifiée aujourd’hui.', tone: 'success' });
  };

  const remove = async () => {
    setConfirmDelete(false);
    setBusy(true);
    const result = await call('actors.delete', { id: actor.id });
    setBusy(false);
    if (!result.ok) {
      setActionError(result.error.message);
      return;
    }
    navigate({ name: 'actors' });
    toast({
      message: `${quoted(result.data.name)} a été mis à la corbeille.`,
      action: {
        label: 'Annuler',
        onClick: () => {
          void call('actors.restore', { id: actor.id }).then((restored) => {
            if (restored.ok) navigate({ name: 'actor', id: actor.id });
            else toast({ message: restored.error.message, tone: 'error' });
          });
        },
      },
    });
  };

  const verifyButton = (
    <Button onClick={() => void markVerified()} disabled={busy}>
      Marquer comme vérifiée aujourd’hui
    </Button>
  );
  const identityCoordinates =
    actor.latitude !== null && actor.longitude !== null
      ? `${formatCoordinate(actor.latitude)} ; ${formatCoordinate(actor.longitude)}`
      : null;
  const identityEmpty =
    !actor.siret &&
    !actor.address &&
    !actor.communeName &&
    !actor.postcode &&
    !identityCoordinates &&
    !actor.website;

  return (
    <div className="actor-screen">
      <p className="breadcrumb">
        <a href={hrefOf({ name: 'actors' })}>← Annuaire des acteurs</a>
      </p>
      <header className="page-header">
        <div>
          <h1>{actor.name}</h1>
          <div className="actor-badges">
            {actor.typologies.map((code) => (
              <span key={code} className="badge">
                {typologyLabel(code)}
              </span>
            ))}
            {actor.roles.map((role) => (
              <span key={role} className="badge badge-role">
                {roleLabel(role)}
              </span>
            ))}
          </div>
          <p className="actor-verified">
            {actor.lastVerifiedOn
              ? `Dernière vérification le ${formatDate(actor.lastVerifiedOn)}`
              : 'Jamais vérifiée'}
            {' · '}
            Modifiée le {formatDate(actor.updatedAt)}
          </p>
        </div>
        <div className="page-actions">
          <Button variant="primary" onClick={() => navigate({ name: 'actorEdit', id: actor.id })}>
            Modifier
          </Button>
          {banner ? null : verifyButton}
          <Button variant="danger" onClick={() => setConfirmDelete(true)} disabled={busy}>
            Supprimer
          </Button>
        </div>
      </header>

      {actionError ? <Notice tone="error">{actionError}</Notice> : null}
      {banner ? (
        <Notice tone={banner.tone}>
          <div className="freshness-banner">
            <span>{banner.text}</span>
            {verifyButton}
          </div>
        </Notice>
      ) : null}

      <Section title="Identité" id="section-identite" empty={identityEmpty}>
        <dl className="items">
          <Item label="SIRET">{actor.siret ? formatSiret(actor.siret) : null}</Item>
          <Item label="Adresse">{addressLine({ ...actor, communeName: null, postcode: null })}</Item>
          <Item label="Commune">{[actor.postcode, actor.communeName].filter(Boolean).join(' ')}</Item>
          <Item label="Coordonnées (latitude&nbsp;; longitude)">{identityCoordinates}</Item>
          <Item label="Site web">{actor.website}</Item>
        </dl>
      </Section>

      <Section title="Contacts" id="section-contacts" empty={actor.contacts.length === 0}>
        <ul className="contact-list">
          {actor.contacts.map((contact) => (
            <li key={contact.id} className="contact">
              <strong>{contact.name}</strong>
              {contact.role ? <span className="contact-role">{contact.role}</span> : null}
              {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
              {contact.phone ? <span>{contact.phone}</span> : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Lieux et services" id="section-lieux" empty={actor.places.length === 0}>
        {actor.places.map((place) => (
          <PlaceCard key={place.id} place={place} />
        ))}
      </Section>

      <Section
        title="Publics et accompagnements"
        id="section-publics"
        empty={actor.publics.length === 0 && actor.specificSupports.length === 0}
      >
        <dl className="items">
          <Item label="Publics spécifiquement adressés">{actor.publics.join(', ')}</Item>
          <Item label="Prise en charge spécifique">{actor.specificSupports.join(', ')}</Item>
        </dl>
      </Section>

      <Section
        title="Dispositifs et labels"
        id="section-labels"
        empty={actor.programmes.length === 0 && actor.labels.length === 0 && !actor.otherLabels}
      >
        <dl className="items">
          <Item label="Dispositifs et programmes nationaux">{valueList(actor.programmes)}</Item>
          <Item label="Formations et labels">{valueList(actor.labels)}</Item>
          <Item label="Autres formations et labels">{actor.otherLabels}</Item>
        </dl>
      </Section>

      <Section title="Notes" id="section-notes" empty={!actor.notes}>
        <p className="actor-notes">{actor.notes}</p>
      </Section>

      <ConfirmDialog
        open={confirmDelete}
        title={'Mettre à la corbeille\u00a0?'}
        confirmLabel="Mettre à la corbeille"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        Mettre {quoted(actor.name)} à la corbeille&nbsp;? On peut le restaurer depuis la Corbeille.
      </ConfirmDialog>
    </div>
  );
}
