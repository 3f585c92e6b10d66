import type { DocumentMethod } from '../../../shared/documents/documentApi';
import type { HandlerGroup } from '../router/handlers';

export const documentHandlers: HandlerGroup<DocumentMethod> = {};
