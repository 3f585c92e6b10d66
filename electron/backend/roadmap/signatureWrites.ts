import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type { signatureInput } from '../../../shared/roadmap/roadmapSchemas';
import { inDraft } from './sectionWrites';
import { checkMembers } from './roleWrites';

/** A member's signature row, as edited: it replaces the prefill from the body for good. */
export function saveSignature(db: Kysely<DB>, values: z.output<typeof signatureInput>, now: string) {
  return inDraft(db, now, async (trx) => {
    await checkMembers(trx, now, [values.memberId], 'memberId');
    await trx
      .insertInto('roadmapSignature')
      .values(values)
      .onConflict((oc) => oc.column('memberId').doUpdateSet(values))
      .execute();
  });
}
