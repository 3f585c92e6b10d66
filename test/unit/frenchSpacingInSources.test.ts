import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lieuxMediation from '../../shared/vocabularies/lieuxMediation';

// French typography wants a no-break space (U+00A0 or U+202F), never an ordinary one, before « : ; ? ! » and inside
// « ». The end-to-end tour checks what the screens show; this reads the sources, so that the messages of the engine
// and the texts of the Word documents, which no screen shows whole, stay right too. It reads string literals,
// template parts and JSX text, not comments; SQL, log lines and object keys (the national standards' exact values
// are keys) are set aside, as are files whose strings are code or a standard's exact values.

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['electron/backend', 'shared', 'renderer/src'];
const SET_ASIDE = [
  // The standard's own patterns and values, byte for byte.
  'electron/backend/interop/lieux-mediation/schemaRules.ts',
];
/** A letter, figure or closing sign, an ordinary space, a double sign, then a space, a quote or the end; or « / »
 * spaced. */
const FAULT = /[\p{L}\p{N})»…’%] [:;?!](?=[\s'"`\\]|$)|« \S|\S »/u;
/** The same after an expression, « % » included: JSX text or a template part that starts with an ordinary space and the sign
 * (`{label} : {count}`, `${label} : ${count}`). */
const FAULT_AFTER_EXPRESSION = /^\}? [:;?!%](?=[\s'"`\\$]|$)/u;
/** The national standard's values are written as the standard writes them (« Formé à « Mon Espace Santé » »). */
const STANDARD_VALUES = new Set<string>(
  (Object.values(lieuxMediation) as unknown[])
    .filter((value): value is unknown[] => Array.isArray(value))
    .flat()
    .filter((value): value is string => typeof value === 'string'),
);
const LOGS = /^(console\.\w+|log)$/;
const CODE_CALLS = /\.(prepare|exec|run|raw)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name).replace(/\\/g, '/'))
    .filter((path) => !SET_ASIDE.some((aside) => path.startsWith(aside)));
}

/** Each literal text with an ordinary space where a no-break one belongs, as « path:line text ». */
function faultsIn(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const faults: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isTaggedTemplateExpression(node)) return; // sql`…`
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (LOGS.test(callee) || CODE_CALLS.test(callee)) return;
    }
    if (ts.isPropertyAssignment(node) && (ts.isStringLiteral(node.name) || ts.isIdentifier(node.name))) {
      visit(node.initializer);
      return;
    }
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node);
    if (!literal) {
      ts.forEachChild(node, visit);
      return;
    }
    const written = node.getText(source);
    if (ts.isStringLiteral(node) && STANDARD_VALUES.has(node.text)) return;
    if (/\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|WHERE)\b/.test(written)) return;
    // JSX text's own leading spaces are trivia to getText: read them from the node's full text.
    const afterExpression = ts.isJsxText(node)
      ? FAULT_AFTER_EXPRESSION.test(node.getFullText(source))
      : (ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && FAULT_AFTER_EXPRESSION.test(written);
    if (FAULT.test(written) || afterExpression) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      faults.push(`${path}:${line} ${written.trim().slice(0, 100)}`);
    }
  };
  visit(source);
  return faults;
}

describe('French spacing in our own texts', () => {
  it('has a no-break space before « : ; ? ! » and inside « » in every message, label and document text', () => {
    const files = FOLDERS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(300);
    expect(files.flatMap(faultsIn)).toEqual([]);
  });

  it('catches the ordinary space, and lets the no-break one through', () => {
    const sample = (literal: string) => FAULT.test(literal);
    expect(sample("'Contact : Awa Diallo'")).toBe(true);
    expect(sample("'Supprimer cet import ?'")).toBe(true);
    expect(sample("'le « groupe moteur » du territoire'")).toBe(true);
    expect(sample("'Contact\\u00a0: Awa Diallo'")).toBe(false);
    expect(sample("'Contact\u00a0: Awa Diallo'")).toBe(false);
    expect(sample('Contact&nbsp;: Awa Diallo')).toBe(false);
    expect(sample("'09:00 à 12:30'")).toBe(false);
    expect(FAULT_AFTER_EXPRESSION.test(' : ')).toBe(true);
    expect(FAULT_AFTER_EXPRESSION.test('} : ${')).toBe(true);
    expect(FAULT_AFTER_EXPRESSION.test('}\u00a0: ${')).toBe(false);
    expect(FAULT_AFTER_EXPRESSION.test('&nbsp;: ')).toBe(false);
  });
});
