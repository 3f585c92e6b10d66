import { z } from 'zod';
import type { ForgetNoOneReportDto, InstanceDto, InstanceSummaryDto } from './governanceDto';
import {
  findingAssumeInput,
  findingUnassumeInput,
  instanceIdInput,
  instanceSaveInput,
  memberAddInput,
  memberIdInput,
  membersReorderInput,
  memberUpdateInput,
} from './governanceSchemas';
import type { GovernanceMethod } from './governanceMethods';

/** The input schema of each method of this domain (merged into the contract). */
export const governanceInputs = {
  'instances.list': z.object({}).default({}),
  'instances.get': instanceIdInput,
  'instances.save': instanceSaveInput,
  'instances.delete': instanceIdInput,
  'instances.addMember': memberAddInput,
  'instances.updateMember': memberUpdateInput,
  'instances.removeMember': memberIdInput,
  'instances.reorderMembers': membersReorderInput,
  'instances.check': instanceIdInput,
  'instances.assume': findingAssumeInput,
  'instances.unassume': findingUnassumeInput,
} satisfies Record<GovernanceMethod, z.ZodType>;

/** What each method of this domain answers with (plain JSON). */
export interface GovernanceOutputs {
  'instances.list': InstanceSummaryDto[];
  'instances.get': InstanceDto;
  'instances.save': InstanceDto;
  'instances.delete': { id: number; name: string };
  'instances.addMember': InstanceDto;
  'instances.updateMember': InstanceDto;
  'instances.removeMember': InstanceDto;
  'instances.reorderMembers': InstanceDto;
  'instances.check': ForgetNoOneReportDto;
  'instances.assume': ForgetNoOneReportDto;
  'instances.unassume': ForgetNoOneReportDto;
}
