/**
 * Turning a file's bytes into text: UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * else Windows-1252 (what Excel saves on a French Windows). Line endings become `\n`.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const hadBom = bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte);
  const body = hadBom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('windows-1252').decode(body);
    encoding = 'windows-1252';
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding, hadBom };
}
