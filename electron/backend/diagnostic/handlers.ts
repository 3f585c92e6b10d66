import type { DiagnosticMethod } from '../../../shared/diagnostic/diagnosticApi';
import { compareDiagnostics } from '../../../shared/diagnostic/compareSnapshots';
import { diagnosticCharts } from '../../../shared/diagnostic/diagnosticCharts';
import type { DiagnosticDto, DiagnosticSettingsDto } from '../../../shared/diagnostic/diagnosticDto';
import { quoted } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { nowIsoOf, todayOf } from '../context';
import type { HandlerGroup } from '../router/handlers';
import { readCommentary, writeCommentary } from './commentaryRepository';
import { computeDiagnostic } from './computeDiagnostic';
import { choroplethMap, choroplethOfInputs, diagnosticMap } from './diagnosticMap';
import { readDiagnosticInputs } from './diagnosticInputRepository';
import { deleteSnapshot, insertSnapshot, listSnapshots, readSnapshot } from './snapshotRepository';
import { readSettings, writeSettings } from './settingsRepository';
import { diagnosticActivity } from './diagnosticActivityRepository';

/** The diagnostic (« Diagnostic »): computed from the directory and the indicators, commented, frozen, compared. */

/**
 * Today's diagnostic with these settings; without them, with the settings stored with the territory, as the
 * screen, every document and the freeze read it.
 */
export function currentDiagnostic(
  ctx: BackendContext,
  settings: DiagnosticSettingsDto = readSettings(ctx),
): DiagnosticDto {
  const inputs = readDiagnosticInputs(ctx);
  if (!inputs.territory)
    throw new AppFailure(
      'no_territory',
      'Choisissez d’abord un territoire\u00a0: le diagnostic porte sur ses communes.',
    );
  return computeDiagnostic(inputs, {
    settings,
    today: todayOf(ctx),
    computedAt: nowIsoOf(ctx),
    commentary: readCommentary(ctx),
    activity: diagnosticActivity(ctx, todayOf(ctx)),
  });
}

function snapshotOrFail(ctx: BackendContext, id: number) {
  const snapshot = readSnapshot(ctx, id);
  if (!snapshot) throw new AppFailure('not_found', 'Ce diagnostic figé n’existe plus.');
  return snapshot;
}

export const diagnosticHandlers: HandlerGroup<DiagnosticMethod> = {
  'diagnostic.get': (override, ctx) => {
    const given = Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined));
    return currentDiagnostic(ctx, { ...readSettings(ctx), ...given });
  },

  'diagnostic.settings': (_input, ctx) => readSettings(ctx),

  'diagnostic.saveSettings': (settings, ctx) => writeSettings(ctx, settings, nowIsoOf(ctx)),

  'diagnostic.map': ({ indicatorId }, ctx) => {
    const inputs = readDiagnosticInputs(ctx);
    if (!inputs.territory) throw new AppFailure('no_territory', 'Choisissez d’abord un territoire.');
    return choroplethMap(ctx, choroplethOfInputs(inputs, todayOf(ctx)), indicatorId);
  },

  'diagnostic.setCommentary': ({ section, text }, ctx) => {
    writeCommentary(ctx, section, text, nowIsoOf(ctx));
    return readCommentary(ctx);
  },

  'diagnostic.freeze': ({ title, settings }, ctx) => {
    const diagnostic = currentDiagnostic(ctx, settings ?? readSettings(ctx));
    const map = diagnosticMap(ctx, diagnostic, null);
    return insertSnapshot(ctx, {
      title,
      frozenAt: diagnostic.computedAt,
      diagnostic,
      charts: diagnosticCharts(diagnostic),
      mapSvg: map.svg,
    });
  },

  'diagnostic.snapshots': (_input, ctx) => listSnapshots(ctx),

  'diagnostic.snapshot': ({ id }, ctx) => snapshotOrFail(ctx, id),

  'diagnostic.deleteSnapshot': ({ id }, ctx) => {
    const removed = deleteSnapshot(ctx, id);
    if (!removed) throw new AppFailure('not_found', 'Ce diagnostic figé n’existe plus.');
    return removed;
  },

  'diagnostic.compare': ({ fromId, toId }, ctx) => {
    const before = snapshotOrFail(ctx, fromId);
    if (toId === fromId)
      throw new AppFailure(
        'invalid_input',
        `Choisissez deux diagnostics différents (${quoted(before.title)} deux fois).`,
      );
    const after =
      toId === null
        ? {
            id: null,
            title: 'Diagnostic d’aujourd’hui',
            date: '',
            diagnostic: currentDiagnostic(ctx, before.diagnostic.settings),
          }
        : (() => {
            const snapshot = snapshotOrFail(ctx, toId);
            return {
              id: snapshot.id,
              title: snapshot.title,
              date: snapshot.frozenAt,
              diagnostic: snapshot.diagnostic,
            };
          })();
    return {
      before: { id: before.id, title: before.title, date: before.frozenAt },
      after: { id: after.id, title: after.title, date: after.date || after.diagnostic.computedAt },
      comparison: compareDiagnostics(before.diagnostic, after.diagnostic),
    };
  },
};
