import type { DiagnosticMethod } from '../../../shared/diagnostic/diagnosticApi';
import type { HandlerGroup } from '../router/handlers';

export const diagnosticHandlers: HandlerGroup<DiagnosticMethod> = {};
