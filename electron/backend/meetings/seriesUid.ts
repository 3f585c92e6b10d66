import { randomUUID } from 'node:crypto';

/** A calendar UID of Maillage's own (RFC 5545): a series', or a single meeting's. */
export const newUid = () => `${randomUUID()}@maillage`;
