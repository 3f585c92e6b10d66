/**
 * A file that is not text, told from its first bytes whatever its name says: a workbook saved as `.csv` by
 * mistake, or renamed, would otherwise be read as lines of garbage and refused row by row. Answers what it is
 * in French, or null for anything that may be text.
 */
const SIGNATURES: [bytes: number[], what: string][] = [
  // ZIP: .xlsx, .ods, .docx, or an archive.
  [[0x50, 0x4b, 0x03, 0x04], 'un classeur (Excel ou LibreOffice) ou une archive ZIP'],
  // OLE2: the old .xls and .doc.
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'un classeur Excel à l’ancien format (.xls)'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'un document PDF'],
];

export function binaryFileKind(bytes: Uint8Array): string | null {
  for (const [signature, what] of SIGNATURES)
    if (signature.every((byte, i) => bytes[i] === byte)) return what;
  return null;
}
