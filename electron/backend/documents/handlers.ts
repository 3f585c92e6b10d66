import type { DocumentMethod } from '../../../shared/documents/documentApi';
import type { HandlerGroup } from '../router/handlers';
import { documentAvailability } from './availability';
import { buildDocument } from './buildDocument';

/** The council-ready Word documents, built from data in the backend. */
export const documentHandlers: HandlerGroup<DocumentMethod> = {
  'documents.availability': (_input, ctx) => documentAvailability(ctx),
  'documents.build': (request, ctx) => buildDocument(ctx, request),
};
