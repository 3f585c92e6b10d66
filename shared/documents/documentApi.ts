import { documentBuildInput, type DocumentAvailabilityDto, type DocumentFileDto } from './documentDto';
import { takes, takesNothing } from '../api/declare';

/** Methods that build the Word documents (docx) from data. */
export const documentApi = {
  /** The four documents, in the order the screen shows them, each available or not (and why). */
  'documents.availability': takesNothing().answers<DocumentAvailabilityDto[]>(),
  'documents.build': takes(documentBuildInput).answers<DocumentFileDto>(),
};

export type DocumentMethod = keyof typeof documentApi;
