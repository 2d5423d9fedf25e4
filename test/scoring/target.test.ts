import fc from 'fast-check';
import { parseActual, parseTarget, suggestScore } from '../../src/core/scoring/target';

describe('parseTarget', () => {
  test.each([
    ['储备数量≥2.59万吨', '>=', 2.59, '万吨'],
    ['助农增收金额>1500元/户', '>', 1500, '元/户'],
    ['支出总额≤600万元', '<=', 600, '万元'],
    ['95%以上', '>=', 95, '%'],
    ['≧95%', '>=', 95, '%'],
    ['3个月内', '<=', 3, '个月'],
    ['不高于2500元/人', '<=', 2500, '元/人'],
    ['不低于90%', '>=', 90, '%'],
    ['不超过6250元/人', '<=', 6250, '元/人'],
    ['大于等于100个', '>=', 100, '个'],
    ['小于等于1次', '<=', 1, '次'],
    ['1次以上', '>=', 1, '次'],
    ['136.57 万', '=', 136.57, '万元'],
    ['>80%', '>', 80, '%'],
    ['大于 90%', '>', 90, '%'],
    ['≥ 15 个', '>=', 15, '个'],
  ])('%s', (text, op, value, unit) => {
    expect(parseTarget(text)).toMatchObject({ op, value, unit });
  });

  test('a range, a date and words are told apart', () => {
    expect(parseTarget('慰问20-30人次')).toMatchObject({ op: 'range', value: 20, high: 30 });
    expect(parseTarget('12月底前')).toBeNull();
    expect(parseTarget('2024年12月前')).toBeNull();
    expect(parseTarget('不断提高')).toBeNull();
    expect(parseTarget('荷塘区40万元、芦淞区20万元')).toBeNull();
  });

  test('actual values: text, comparator, and a fraction against a % target', () => {
    const pct = parseTarget('95%以上');
    expect(parseActual(0.96, pct)).toEqual({ value: 96, unit: '%' });
    expect(parseActual('0.96', pct)).toEqual({ value: 96, unit: '%' });
    expect(parseActual('≧85%', pct)).toEqual({ value: 85, unit: '%' });
    expect(parseActual('设施建设合格率≥98%', pct)).toEqual({ value: 98, unit: '%' });
    expect(parseActual('设招录计划538个，招录526人')).toBeNull();
  });

  test('never throws on arbitrary strings (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('≥', '以上', '%', '万元', '-', '.', '1e400')), fc.anything(), (s, x) => {
        parseTarget(s);
        parseActual(s, parseTarget(s));
        parseActual(x as never);
        const v = suggestScore(s, x, 1000, false);
        if (v) {
          expect(v.low).toBeGreaterThanOrEqual(0);
          expect(v.high).toBeLessThanOrEqual(1000);
          expect(v.low).toBeLessThanOrEqual(v.high);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('never throws on strings built from target vocabulary (fast-check)', () => {
    const piece = fc.constantFrom('≥', '≤', '>', '<', '≧', '以上', '以内', '不高于', '不低于', '%', '万元', '个', '-', '～', '.', '0', '12', '3.5', '月', '年', '内');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.array(piece, { maxLength: 8 }), fc.integer({ min: 0, max: 10000 }), fc.boolean(), (a, b, w, rev) => {
        const t = a.join('');
        const s = suggestScore(t, b.join(''), w, rev);
        if (s) expect(s.low).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('suggestScore (DOMAIN §4)', () => {
  test('positive indicator: met gives full marks, missed gives 分值 × 实际/目标', () => {
    expect(suggestScore('≥95%', '98%', 1000)).toMatchObject({ low: 1000, high: 1000 });
    expect(suggestScore('≧95%', '90%', 1000)).toMatchObject({ low: 947, high: 947 }); // seed 001: 10×90/95
    expect(suggestScore('95%以上', 0.96, 1000)).toMatchObject({ low: 1000 });
  });

  test('reverse indicator: within target full, up to 2× scaled, beyond 0', () => {
    expect(suggestScore('支出总额≤600万元', '601.28万元', 1000)).toMatchObject({ low: 998 }); // seed 000
    expect(suggestScore('不超过1万元', '0.88万元', 1000)).toMatchObject({ low: 1000 });
    expect(suggestScore('≤10万元', '25万元', 1000)).toMatchObject({ low: 0 });
    // a cost indicator without a comparator is reverse when the caller says so (成本指标)
    expect(suggestScore('30.8万元', '43.43万元', 1000, true)).toMatchObject({ low: 590 });
    expect(suggestScore('30.8万元', '43.43万元', 1000, false)).toMatchObject({ low: 1000 });
  });

  test('units must agree', () => {
    expect(suggestScore('新建服务中心≥10个', '新建基层社17家', 500)).toBeNull();
  });

  test('qualitative bands: 达成 80–100%, 部分达成 60–80%, 未达成 0–60%', () => {
    expect(suggestScore('不断加强', '不断加强', 900)).toMatchObject({ low: 720, high: 900, kind: 'qualitative' });
    expect(suggestScore('有效', '基本有效', 1000)).toMatchObject({ low: 600, high: 800 });
    expect(suggestScore('按时完成', '未完成', 1000)).toMatchObject({ low: 0, high: 600 });
    expect(suggestScore('按标准执行', '完成34%', 1000)).toMatchObject({ low: 340, high: 340 }); // seed 003 禁毒宣传
    expect(suggestScore('', '有效', 1000)).toBeNull();
    expect(suggestScore('无', '无', 500)).toBeNull();
  });
});
