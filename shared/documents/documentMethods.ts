// Names only, no imports: the sandboxed preload bundles this list as its allowlist.
/** Methods that build the Word documents (docx) from data. */
export const DOCUMENT_METHODS = ['documents.availability', 'documents.build'] as const;

export type DocumentMethod = (typeof DOCUMENT_METHODS)[number];
