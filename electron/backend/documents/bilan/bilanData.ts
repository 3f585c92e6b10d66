import type { NetworkLifeDto } from '../../../../shared/meetings/networkLifeDto';
import type { ActionStatus } from '../../../../shared/roadmap/roadmapVocabulary';

/**
 * What the « Bilan de la coordination » of one year holds, read from the database as plain data (it crosses to
 * the worker thread that writes the Word file).
 */

export interface BilanDecisionGroup {
  /** Paris wall-clock start of the meeting. */
  startsAt: string;
  meetingTitle: string;
  decisions: string[];
}

export interface BilanAction {
  what: string;
  who: string | null;
  /** The day of the meeting that decided it. */
  decidedOn: string;
  dueOn: string | null;
  doneOn: string | null;
}

export interface BilanBody {
  /** The body's figures over the year, from `meetings/networkLife.ts` (as the « Réunions » charts show them). */
  life: NetworkLifeDto;
  /** Decisions of the year's held meetings, by meeting, oldest first. */
  decisions: BilanDecisionGroup[];
  /** Follow-up actions decided at the year's held meetings, in the order of their meetings. */
  actions: BilanAction[];
  /** Its meetings held per quarter, as a PNG (`bilanCharts.ts`). */
  chart: Uint8Array | null;
}

export interface BilanFicheAction {
  /** « 1.2 » */
  number: string;
  chantier: string;
  title: string;
  status: ActionStatus;
  /** Its planned end (month or day), to say it late as the feuille de route does; null if none. */
  end: string | null;
  progress: number;
}

export interface BilanRoadmapChange {
  /** « 1.2 Former les aidants » */
  action: string;
  /** « À lancer, 0 % » — null: the action did not exist at the start of the year. */
  before: string | null;
  /** « En cours, 40 % » — null: the action was removed. */
  after: string | null;
}

export interface BilanRoadmap {
  /** Which state of the feuille de route the figures come from, in words (« la version 2 adoptée le … »). */
  source: string;
  actions: BilanFicheAction[];
  /** Versions adopted during the year, oldest first. */
  adopted: { version: number; adoptedOn: string; place: string }[];
  /** Compared with the version in force on 1 January; null when no version had been adopted by then. */
  changes: { since: string; list: BilanRoadmapChange[] } | null;
}

export interface BilanData {
  year: number;
  /** The last day the bilan covers: 31 December, or today for the current year. */
  until: string;
  /** Whether the year is still running (« au 5 décembre 2026 »). */
  current: boolean;
  /** Bodies with at least one meeting held in the year, in the order of their names. */
  bodies: BilanBody[];
  /** Bodies that held no meeting in the year. */
  quietBodies: string[];
  /** Null when no feuille de route exists (or none was adopted by the end of a past year): `roadmapNote` says so. */
  roadmap: BilanRoadmap | null;
  roadmapNote: string | null;
}
