import { xmlSafeText } from '../../../../shared/text/controlCharacters';

/**
 * SVG written as text, element by element: the engine draws the documents' charts with no DOM (as it draws the
 * maps). Attribute values and text are escaped; what XML cannot hold (a control character typed in a name) is
 * dropped; numbers are written with at most three decimals.
 */
export type Attributes = Record<string, string | number | null | undefined>;

export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A coordinate or a length: « 12.5 », never « 12.500000000000002 ». */
export function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function attributeText(attributes: Attributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    text += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return text;
}

/** An element with its attributes (null and undefined ones left out) and its content, already SVG text. */
export function element(name: string, attributes: Attributes, ...content: string[]): string {
  const inner = content.join('');
  return inner === ''
    ? `<${name}${attributeText(attributes)}/>`
    : `<${name}${attributeText(attributes)}>${inner}</${name}>`;
}

/** A text element holding `text`; with `fullText` (the name before it was cut with « … ») as its tooltip. */
export function textElement(attributes: Attributes, text: string, fullText?: string): string {
  const title = fullText !== undefined && fullText !== text ? `<title>${escapeXml(fullText)}</title>` : '';
  return `<text${attributeText(attributes)}>${title}${escapeXml(text)}</text>`;
}

/**
 * A text element written on several lines, one `tspan` each (its `x` and `dy` place it); with `fullText` as
 * its tooltip when the lines, joined by a space, do not give it whole (cut with « … »).
 */
export function linesElement(
  attributes: Attributes,
  lines: { attributes: Attributes; text: string }[],
  fullText?: string,
): string {
  const whole = lines.map((line) => line.text).join(' ');
  const title = fullText !== undefined && fullText !== whole ? `<title>${escapeXml(fullText)}</title>` : '';
  const spans = lines.map((line) => element('tspan', line.attributes, escapeXml(line.text)));
  return `<text${attributeText(attributes)}>${title}${spans.join('')}</text>`;
}
