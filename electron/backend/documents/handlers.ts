import type { DocumentMethod } from '../../../shared/documents/documentApi';
import type { HandlerGroup } from '../router/handlers';
import { documentAvailability } from './availability';
import { buildDocument } from './buildDocument';
import { prepareDocumentWorker } from './buildInWorker';

/**
 * The council-ready Word documents, built from data in the backend. The Documents screen asks what can be
 * built when it opens: the builders' worker starts then, to be ready when a document is chosen.
 */
export const documentHandlers: HandlerGroup<DocumentMethod> = {
  'documents.availability': (_input, ctx) => {
    prepareDocumentWorker();
    return documentAvailability(ctx);
  },
  'documents.build': (request, ctx) => buildDocument(ctx, request),
};
