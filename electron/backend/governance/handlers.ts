import type { GovernanceMethod } from '../../../shared/governance/governanceApi';
import type { HandlerGroup } from '../router/handlers';

export const governanceHandlers: HandlerGroup<GovernanceMethod> = {};
