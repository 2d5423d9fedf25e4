import fc from 'fast-check';
import {
  comparisonWord, completionRate, directionWord, formatPercent, percentText, ratioBasisPoints, sharesBasisPoints, wan, yearChange,
} from '../../src/core/narrative';

describe('formatPercent / ratioBasisPoints', () => {
  test('two decimals, trailing zeros dropped', () => {
    expect(formatPercent(10000)).toBe('100%');
    expect(formatPercent(1156)).toBe('11.56%');
    expect(formatPercent(8588)).toBe('85.88%');
    expect(formatPercent(1150)).toBe('11.5%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(-261)).toBe('-2.61%');
  });
  test('ratio rounds half up in integers (no float error)', () => {
    expect(ratioBasisPoints(51637, 60128)).toBe(8588); // 85.879…
    expect(ratioBasisPoints(3902, 4101)).toBe(9515); // seed 000: 39.02 / 41.01
    expect(ratioBasisPoints(60128, 61740)).toBe(9739); // seed 000: 601.28 / 617.4 = 97.39 (not 97.38)
    expect(ratioBasisPoints(1, 8)).toBe(1250);
    expect(ratioBasisPoints(1, 80000)).toBe(0); // 0.00125% → 0.00
    expect(ratioBasisPoints(1, 20000)).toBe(1); // exactly 0.005% rounds half up to 0.01%
    expect(ratioBasisPoints(1, 20001)).toBe(0);
    expect(ratioBasisPoints(5, 0)).toBeNull();
    expect(percentText(5, 0, '年初未安排预算')).toBe('年初未安排预算');
  });
  test('amounts print with trailing zeros dropped', () => {
    expect(wan(45010)).toBe('450.1万元');
    expect(wan(230)).toBe('2.3万元');
    expect(wan(0)).toBe('0万元');
  });
});

describe('sharesBasisPoints (largest remainder)', () => {
  test('seed 000 类 structure adds to 100% and matches the published shares', () => {
    const parts = [6949, 4428, 88, 230, 45010, 3423];
    const s = sharesBasisPoints(parts, 60128)!;
    expect(s.map(formatPercent)).toEqual(['11.56%', '7.36%', '0.15%', '0.38%', '74.86%', '5.69%']);
    expect(s.reduce((a, b) => a + b, 0)).toBe(10000);
  });
  test('a remainder goes to the largest fraction when plain rounding misses 100%', () => {
    // thirds: 33.333… each; plain rounding gives 99.99%
    const s = sharesBasisPoints([1, 1, 1])!;
    expect(s.reduce((a, b) => a + b, 0)).toBe(10000);
    expect(s).toEqual([3334, 3333, 3333]);
    // seed 002 三公: 1.19, 24.88, 24 of 50.07 → plain rounding 2.38 + 49.69 + 47.93 = 100.00 already
    expect(sharesBasisPoints([119, 2488, 2400], 5007)).toEqual([238, 4969, 4793]);
  });
  test('parts missing the whole by a 尾差 still give the published 86.41% + 13.59%', () => {
    // T06 446.21 + 70.15 = 516.36 against T05 基本支出 516.37
    expect(sharesBasisPoints([44621, 7015], 51637)).toEqual([8641, 1359]);
  });
  test('a zero part gets 0%, a zero whole gives null, negative parts round one by one', () => {
    expect(sharesBasisPoints([88, 0, 319], 407)).toEqual([2162, 0, 7838]);
    expect(sharesBasisPoints([0, 0], 0)).toBeNull();
    expect(sharesBasisPoints([150, -50], 100)).toEqual([15000, -5000]);
  });
  test('property: shares of one whole always add to exactly 100.00%', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e11 }), { minLength: 1, maxLength: 30 }), (parts) => {
        fc.pre(parts.some((p) => p > 0));
        const s = sharesBasisPoints(parts)!;
        expect(s.reduce((a, b) => a + b, 0)).toBe(10000);
        const sum = parts.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => {
          // each share within one basis point of its exact value, never negative, 0 for a 0 part
          expect(Math.abs(s[i] - (p * 10000) / sum)).toBeLessThan(1 + 1e-6);
          expect(s[i]).toBeGreaterThanOrEqual(0);
          if (p === 0) expect(s[i]).toBe(0);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('rates, changes and direction words', () => {
  test('完成年初预算 with words for a 0 budget', () => {
    expect(completionRate(3902, 4101).text).toBe('95.15%');
    expect(completionRate(88, 0)).toEqual({ basisPoints: null, text: '年初未安排预算' });
  });
  test('negative change: 601.28 against 617.4 last year', () => {
    const c = yearChange(60128, 61740);
    expect(c.differenceCents).toBe(-1612);
    expect(c.direction).toBe('减少');
    expect(c.text).toBe('减少16.12万元，减少2.61%');
  });
  test('positive change, no change, nothing last year', () => {
    expect(yearChange(88, 32).text).toBe('增加0.56万元，增加175%');
    expect(yearChange(319, 319)).toMatchObject({ direction: '持平', text: '持平', basisPoints: 0 });
    expect(yearChange(88, 0)).toMatchObject({ basisPoints: null, text: '增加0.88万元，上年无此项支出' });
  });
  test('direction words follow the sign', () => {
    expect([directionWord(5), directionWord(-5), directionWord(0)]).toEqual(['增加', '减少', '持平']);
    expect([comparisonWord(5), comparisonWord(-5), comparisonWord(0)]).toEqual(['大于', '小于', '等于']);
  });
});
