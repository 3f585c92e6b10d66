/**
 * The « Kit de partage » (step 5 of the method: every member of the network has the same information): one zip
 * of the latest documents, dropped by the technician into the group's shared drive, and what it holds.
 */

/** One file of the kit: where it sits in the zip and what it is, in French. */
export interface KitEntryDto {
  /** « Feuille de route/Feuille de route – version 1 adoptée le 5 avril 2026 – CC du Civraisien en Poitou.docx » */
  path: string;
  /** « La feuille de route, version 1 adoptée le 5 avril 2026 » */
  what: string;
}

export interface SharingKitDto {
  /** `Kit de partage au 5 décembre 2026 – CC du Civraisien en Poitou.zip` */
  fileName: string;
  mimeType: string;
  contentBase64: string;
  byteCount: number;
  /** The files inside, in the order of the « Lisez-moi » (which is the last). */
  entries: KitEntryDto[];
  /** What the kit could not hold, and why (« La feuille de route : elle n’est pas encore commencée. »). */
  missing: string[];
}

export const ZIP_MIME_TYPE = 'application/zip';
