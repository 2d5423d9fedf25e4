import { exactRatioBp, readHundredths, readPercent, roundHundredths } from '../../src/core/scoring/numbers';

describe('percent cells in every convention', () => {
  test('97.38 as a plain number means 97.38%', () => {
    expect(readPercent(97.38)).toEqual({ bp: 9738, style: 'number', decimals: 2 });
  });
  test('"97.39%" as text', () => {
    expect(readPercent('97.39%')).toEqual({ bp: 9739, style: 'text', decimals: 2 });
    expect(readPercent(' 99.4% ')).toEqual({ bp: 9940, style: 'text', decimals: 1 });
  });
  test('0.9739 with a percent format', () => {
    expect(readPercent(0.9739, '0.00%')).toEqual({ bp: 9739, style: 'fraction', decimals: 2 });
    expect(readPercent(1, '0%')).toEqual({ bp: 10000, style: 'fraction', decimals: 0 });
  });
  test('a small plain number is a fraction; words are not a percentage', () => {
    expect(readPercent(0.96)?.bp).toBe(9600);
    expect(readPercent('无')).toBeNull();
    expect(readPercent(null)).toBeNull();
  });
  test('scores in hundredths, ratios from exact values', () => {
    expect(readHundredths('9.7')).toBe(970);
    expect(readHundredths('　97')).toBe(9700);
    expect(readHundredths('——')).toBeNull();
    expect(exactRatioBp(601.28, 617.4)).toBe(9739);
    expect(exactRatioBp(40.9862, 41)).toBe(9997);
    expect(roundHundredths(974, 1)).toBe(970);
  });
});
