import { useState } from 'react';
import type { MeetingDto, SeriesDto } from '../../../../shared/meetings/meetingsDto';
import { countLabel, quoted } from '../../../../shared/format/french';
import { call } from '../../api/client';
import { hrefOf } from '../../app/route';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/Toast';
import { MeetingEditor } from './MeetingEditor';
import { MeetingList } from './MeetingList';
import { NetworkLifePanel } from './NetworkLifePanel';
import { OpenActions } from './OpenActions';
import { SeriesForm } from './SeriesForm';
import { SeriesList } from './SeriesList';
import { newMeetingInput } from './meetingDraft';
import { saveCalendar } from './meetingFiles';
import { newSeriesValues, seriesInputOf, seriesValuesOf, type SeriesFormValues } from './seriesForm';
import { useMeetings } from './useMeetings';
import './meetings.css';

type Confirming = { kind: 'series'; series: SeriesDto } | { kind: 'meeting'; meeting: MeetingDto } | null;

/** « Réunions » of a coordination body: the regular meetings, single ones, and the one being prepared. */
export function MeetingsView({ instanceId }: { instanceId: number }) {
  const page = useMeetings(instanceId);
  const toast = useToast();
  const [seriesForm, setSeriesForm] = useState<SeriesFormValues | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<'calendar' | 'network'>('calendar');
  const { overview, choices, meeting } = page;

  if (page.loadError) return <Notice tone="error">{page.loadError}</Notice>;
  if (!overview || !choices) return <p className="screen-loading">Chargement des réunions…</p>;

  const saveSeries = async (values: SeriesFormValues) => {
    const failure = await page.changeOverview(() =>
      call('meetings.saveSeries', seriesInputOf(instanceId, values)),
    );
    if (!failure) {
      setSeriesForm(null);
      toast({
        message: values.id === undefined ? 'Série de réunions planifiée.' : 'Série enregistrée.',
        tone: 'success',
      });
    }
    return failure;
  };

  const newMeeting = async () => {
    const failure = await page.changeMeeting(() =>
      call('meetings.save', newMeetingInput(instanceId, overview.today)),
    );
    setError(failure ? failure.message : null);
  };

  const confirm = async () => {
    const what = confirming;
    setConfirming(null);
    if (!what) return;
    const failure =
      what.kind === 'series'
        ? await page.changeOverview(() => call('meetings.deleteSeries', { id: what.series.id }))
        : await page.changeOverview(() => call('meetings.delete', { id: what.meeting.id }));
    if (failure) setError(failure.message);
    else {
      if (what.kind === 'meeting' || meeting?.seriesId === (what.kind === 'series' ? what.series.id : -1))
        page.close();
      toast({ message: what.kind === 'series' ? 'Série supprimée.' : 'Réunion supprimée.' });
    }
  };

  const calendar = (series: SeriesDto) =>
    void saveCalendar({ seriesId: series.id }).then(
      (fileName) =>
        toast({ message: `${quoted(fileName)} est prêt dans vos téléchargements.`, tone: 'success' }),
      (failure: Error) => toast({ message: failure.message, tone: 'error' }),
    );

  const { instanceName } = overview;
  const selectedKey = meeting ? `m-${meeting.id}` : null;
  const nothing =
    overview.series.length === 0 && overview.upcoming.length === 0 && overview.past.length === 0;

  return (
    <div className="meetings-screen">
      <p className="governance-breadcrumb">
        <a href={hrefOf({ name: 'governance', path: '' })}>Instances de coordination</a> ›{' '}
        <a href={hrefOf({ name: 'governance', path: String(instanceId) })}>{instanceName}</a>
      </p>
      <header className="page-header">
        <div>
          <h1>Réunions</h1>
          <p>
            {instanceName} ·{' '}
            {countLabel(
              overview.series.length,
              'rendez-vous régulier',
              'rendez-vous réguliers',
              'aucun rendez-vous régulier',
            )}
          </p>
        </div>
        <div className="page-actions">
          <Button
            variant="primary"
            onClick={() => setSeriesForm(newSeriesValues(overview.today, overview.instanceFrequency))}
          >
            Planifier des réunions régulières
          </Button>
          <Button onClick={() => void newMeeting()}>Nouvelle réunion ponctuelle</Button>
        </div>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {overview.drifting.length > 0 ? (
        <Notice tone="warning">
          {overview.drifting.length > 1
            ? 'Ces membres ont manqué les trois dernières réunions tenues\u00a0: '
            : 'Ce membre a manqué les trois dernières réunions tenues\u00a0: '}
          {overview.drifting.map((member) => member.name).join(', ')}. Un appel ou une visite peut renouer le
          lien.
        </Notice>
      ) : null}
      {page.openError ? <Notice tone="error">{page.openError}</Notice> : null}
      <div className="meetings-views" role="group" aria-label="Affichage">
        <button
          type="button"
          className="btn btn-ghost"
          aria-pressed={view === 'calendar'}
          onClick={() => setView('calendar')}
        >
          Calendrier et comptes rendus
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          aria-pressed={view === 'network'}
          onClick={() => setView('network')}
        >
          Vie du réseau (graphiques)
        </button>
      </div>
      {seriesForm ? (
        <section className="panel" aria-label="Série de réunions">
          <SeriesForm
            key={seriesForm.id ?? 'new'}
            initial={seriesForm}
            places={choices.places}
            today={overview.today}
            onSave={saveSeries}
            onCancel={() => setSeriesForm(null)}
          />
        </section>
      ) : null}
      {nothing && !seriesForm ? (
        <EmptyState title="Aucune réunion n’est encore planifiée">
          Installez un rendez-vous régulier («&nbsp;le premier jeudi de chaque mois à 14 h&nbsp;»)&nbsp;:
          l’habitude fait vivre le réseau. Ajoutez aussi les temps conviviaux, ateliers, cafés-débats et
          visites apprenantes.
        </EmptyState>
      ) : null}
      {view === 'network' ? <NetworkLifePanel key={overview.today} instanceId={instanceId} /> : null}
      <div className="meetings-layout" hidden={view !== 'calendar'}>
        <div>
          {overview.series.length > 0 ? (
            <section className="panel" aria-labelledby="series-title">
              <h2 id="series-title">Rendez-vous réguliers</h2>
              <SeriesList
                series={overview.series}
                onEdit={(series) => setSeriesForm(seriesValuesOf(series))}
                onDelete={(series) => setConfirming({ kind: 'series', series })}
                onCalendar={calendar}
              />
            </section>
          ) : null}
          {page.openActions ? (
            <section className="panel" aria-labelledby="open-actions-title">
              <h2 id="open-actions-title">Actions en cours</h2>
              <OpenActions actions={page.openActions} setDone={page.setActionDone} />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">À venir</h2>
            <MeetingList
              label="Réunions à venir"
              items={overview.upcoming}
              selectedKey={selectedKey}
              onSelect={(selection) => void page.select(selection)}
              empty="Aucune réunion à venir."
            />
          </section>
          <section className="panel" aria-labelledby="past-title">
            <h2 id="past-title">Passées</h2>
            <MeetingList
              label="Réunions passées"
              items={overview.past}
              selectedKey={selectedKey}
              onSelect={(selection) => void page.select(selection)}
              empty="Aucune réunion passée."
            />
          </section>
        </div>
        <div>
          {meeting ? (
            <MeetingEditor
              key={meeting.id}
              meeting={meeting}
              choices={choices}
              change={page.changeMeeting}
              today={overview.today}
              onDelete={(m) => setConfirming({ kind: 'meeting', meeting: m })}
              onClose={page.close}
            />
          ) : (
            <div className="panel meeting-editor-empty">
              <p>Choisissez une réunion pour préparer son ordre du jour, ses invités et la convocation.</p>
            </div>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming?.kind === 'series' ? 'Supprimer la série\u00a0?' : 'Supprimer la réunion\u00a0?'}
        confirmLabel="Supprimer"
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      >
        {confirming?.kind === 'series'
          ? 'Les dates à venir de la série disparaissent. Ses dates passées restent, comme réunions ponctuelles, avec leur ordre du jour et leur compte rendu.'
          : 'La réunion est supprimée avec son ordre du jour et ses invités.'}
      </ConfirmDialog>
    </div>
  );
}
