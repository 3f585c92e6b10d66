import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIndicatorNumber } from '../../electron/backend/diagnostic/indicators/indicatorNumber';
import { formatDecimal, formatInteger } from '../../shared/format/french';

const valueOf = (raw: string) => {
  const cell = parseIndicatorNumber(raw);
  return cell.kind === 'value' ? cell.value : cell.kind;
};

describe('parseIndicatorNumber', () => {
  it('reads the numbers French statistics files write', () => {
    expect(valueOf('12,5')).toBe(12.5);
    expect(valueOf('12.5')).toBe(12.5);
    expect(valueOf(' 12,5 % ')).toBe(12.5);
    expect(valueOf('12,5%')).toBe(12.5);
    expect(valueOf('1 234,5')).toBe(1234.5);
    expect(valueOf('1\u00a0234,5')).toBe(1234.5);
    expect(valueOf('1\u202f234\u202f567')).toBe(1234567);
    expect(valueOf('1.234,5')).toBe(1234.5);
    expect(valueOf('-3')).toBe(-3);
    expect(valueOf('−3,25')).toBe(-3.25);
    expect(valueOf('+7')).toBe(7);
    expect(valueOf('0')).toBe(0);
    expect(valueOf(',5')).toBe(0.5);
    expect(valueOf('1,5E-3')).toBe(0.0015);
  });

  it('tells a percentage from a plain number', () => {
    expect(parseIndicatorNumber('12,5 %')).toEqual({ kind: 'value', value: 12.5, percent: true });
    expect(parseIndicatorNumber('12,5')).toEqual({ kind: 'value', value: 12.5, percent: false });
  });

  it('keeps the statistical secret and missing values apart from zero', () => {
    for (const raw of ['s', 'S', ' s ', 'secret']) expect(valueOf(raw)).toBe('secret');
    for (const raw of ['nd', 'ND', 'n.d.', '', '   ', 'NA', 'n/a', '-', '—', '…'])
      expect(valueOf(raw)).toBe('missing');
  });

  it('refuses garbage with a French reason instead of guessing', () => {
    for (const raw of ['abc', '12 5', '1,2,3', '12,5 €', '1.2.3', '%', '--3', '3-', '12 345 67', '0x1F']) {
      const cell = parseIndicatorNumber(raw);
      expect(cell.kind, raw).toBe('invalid');
      if (cell.kind === 'invalid') expect(cell.reason).toContain('n’est pas un nombre');
    }
  });

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (raw) => {
        const cell = parseIndicatorNumber(raw);
        expect(['value', 'secret', 'missing', 'invalid']).toContain(cell.kind);
        if (cell.kind === 'value') expect(Number.isFinite(cell.value)).toBe(true);
      }),
    );
  });

  it('reads back any number printed in French, with or without a percent sign', () => {
    const french = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(1, 10, 100, 1000),
        fc.boolean(),
        (n, d, pct) => {
          const value = n / d;
          const printed = `${french.format(value)}${pct ? '\u00a0%' : ''}`;
          expect(valueOf(printed)).toBe(value === 0 ? 0 : value);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        expect(valueOf(formatInteger(n))).toBe(n === 0 ? 0 : n);
        expect(valueOf(formatDecimal(n / 10))).toBe(n === 0 ? 0 : n / 10);
      }),
    );
  });
});
