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
import { takes, takesNothing } from '../api/declare';

/** Methods of the coordination body (instance): members, elected officials, the « n'oublier personne » check. */
export const governanceApi = {
  'instances.list': takesNothing().answers<InstanceSummaryDto[]>(),
  'instances.get': takes(instanceIdInput).answers<InstanceDto>(),
  'instances.save': takes(instanceSaveInput).answers<InstanceDto>(),
  'instances.delete': takes(instanceIdInput).answers<{ id: number; name: string }>(),
  'instances.addMember': takes(memberAddInput).answers<InstanceDto>(),
  'instances.updateMember': takes(memberUpdateInput).answers<InstanceDto>(),
  'instances.removeMember': takes(memberIdInput).answers<InstanceDto>(),
  'instances.reorderMembers': takes(membersReorderInput).answers<InstanceDto>(),
  'instances.check': takes(instanceIdInput).answers<ForgetNoOneReportDto>(),
  'instances.assume': takes(findingAssumeInput).answers<ForgetNoOneReportDto>(),
  'instances.unassume': takes(findingUnassumeInput).answers<ForgetNoOneReportDto>(),
};

export type GovernanceMethod = keyof typeof governanceApi;
