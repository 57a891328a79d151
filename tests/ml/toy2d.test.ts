import { describe, expect, it } from 'vitest';
import { parsePointsCsv } from '../../src/ml/data/points-csv';
import {
  generateToy,
  labelCounts,
  splitPoints,
  TOY_1D_NAMES,
  TOY_2D_NAMES,
  TOY_NAMES,
  type PointSet,
} from '../../src/ml/data/toy2d';

const options = { count: 200, noise: 0.1, seed: 7 };

function maxAbsCoordinate(set: PointSet): number {
  return set.xs.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
}

describe('toy datasets (src/ml/data/toy2d.ts)', () => {
  it.each(TOY_NAMES)('%s: same seed, same points; another seed, other points', (name) => {
    const a = generateToy(name, options);
    const b = generateToy(name, options);
    expect(a.xs).toEqual(b.xs);
    expect(a.ys).toEqual(b.ys);
    if (name !== 'seed10') expect(generateToy(name, { ...options, seed: 8 }).xs).not.toEqual(a.xs);
  });

  it.each(TOY_2D_NAMES)('%s: count × 2 finite inputs near the unit square, exactly balanced 0/1 labels', (name) => {
    for (const count of [200, 201, 37]) {
      const set = generateToy(name, { ...options, count });
      expect(set.dims).toBe(2);
      expect(set.task).toBe('classification');
      expect(set.count).toBe(count);
      expect(set.xs).toHaveLength(2 * count);
      expect(set.ys).toHaveLength(count);
      expect(set.xs.every(Number.isFinite)).toBe(true);
      expect(new Set(set.ys)).toEqual(new Set([0, 1]));
      expect(labelCounts(set)).toEqual({ zeros: Math.floor(count / 2), ones: Math.ceil(count / 2) });
      expect(maxAbsCoordinate(generateToy(name, { ...options, count, noise: 0 }))).toBeLessThanOrEqual(1);
      expect(set.domain).toEqual({ x: [-1, 1], y: [-1, 1] });
    }
  });

  it('puts each 2-D class where its definition says (noise 0)', () => {
    const clean = (name: (typeof TOY_2D_NAMES)[number]) => generateToy(name, { count: 400, noise: 0, seed: 3 });
    const circle = clean('circle');
    const xor = clean('xor');
    for (let i = 0; i < 400; i++) {
      const [x, y] = [circle.xs[2 * i], circle.xs[2 * i + 1]];
      const r = Math.hypot(x, y);
      if (circle.ys[i] === 1) expect(r).toBeLessThanOrEqual(0.45 + 1e-6);
      else expect(r).toBeGreaterThanOrEqual(0.65 - 1e-6);
      expect(Math.sign(xor.xs[2 * i] * xor.xs[2 * i + 1]) > 0 ? 1 : 0).toBe(xor.ys[i]);
    }
  });

  it('noise moves the points (the same seed, more noise, more spread around the clean positions)', () => {
    const clean = generateToy('circle', { ...options, noise: 0 });
    const noisy = generateToy('circle', { ...options, noise: 0.5 });
    expect(noisy.ys).toEqual(clean.ys);
    expect(maxAbsCoordinate(noisy)).toBeGreaterThan(maxAbsCoordinate(clean));
  });

  it("seed10 is the seeds' table: x = 0.1 … 1.0, labels 0, 1, 0, 1, …", () => {
    const set = generateToy('seed10', options);
    expect(set).toMatchObject({ dims: 1, task: 'classification', count: 10 });
    expect(Array.from(set.xs)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map(Math.fround));
    expect(Array.from(set.ys)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('curve is a noisy 0.8·sin(πx) on [−1, 1] (regression)', () => {
    const set = generateToy('curve', { count: 500, noise: 0.1, seed: 2 });
    expect(set).toMatchObject({ dims: 1, task: 'regression', count: 500 });
    let squared = 0;
    for (let i = 0; i < set.count; i++) {
      expect(Math.abs(set.xs[i])).toBeLessThanOrEqual(1);
      squared += (set.ys[i] - 0.8 * Math.sin(Math.PI * set.xs[i])) ** 2;
    }
    expect(Math.sqrt(squared / set.count)).toBeCloseTo(0.1, 1);
    expect(TOY_1D_NAMES).toEqual(['seed10', 'curve']);
  });

  it('splits stratified and seeded: both parts keep both classes in proportion, nothing lost or repeated', () => {
    const set = generateToy('moons', { count: 101, noise: 0.2, seed: 5 });
    const { train, test } = splitPoints(set, 0.7, 11);
    expect(train.count).toBe(71);
    expect(test.count).toBe(30);
    expect(Math.abs(labelCounts(train).ones - 0.7 * labelCounts(set).ones)).toBeLessThanOrEqual(1);
    const key = (s: PointSet, i: number) => `${s.xs[2 * i]},${s.xs[2 * i + 1]}`;
    const all = new Set([...Array.from({ length: set.count }, (_, i) => key(set, i))]);
    const parts = [
      ...Array.from({ length: train.count }, (_, i) => key(train, i)),
      ...Array.from({ length: test.count }, (_, i) => key(test, i)),
    ];
    expect(new Set(parts)).toEqual(all);
    expect(splitPoints(set, 0.7, 11).train.xs).toEqual(train.xs);
    expect(splitPoints(set, 0.7, 12).train.xs).not.toEqual(train.xs);
  });

  it('keeps at least one point on each side, even for tiny sets and extreme shares', () => {
    const seed10 = generateToy('seed10', options);
    expect(splitPoints(seed10, 0.01, 1).train.count).toBe(1);
    expect(splitPoints(seed10, 0.99, 1).test.count).toBe(1);
    const curve = generateToy('curve', { count: 20, noise: 0, seed: 1 });
    const split = splitPoints(curve, 0.5, 3);
    expect([split.train.count, split.test.count]).toEqual([10, 10]);
    expect(split.train.task).toBe('regression');
  });
});

describe('points CSV (src/ml/data/points-csv.ts)', () => {
  it('reads x1,x2,label with a header, rescales the features to ±0.9 and keeps the names and ranges', () => {
    const result = parsePointsCsv('height,weight,label\n150,50,0\n160,60,1\n170,70,0\n180,80,1\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toBe(4);
    expect(result.columns).toEqual(['height', 'weight', 'label']);
    expect(result.ranges).toEqual([
      [150, 180],
      [50, 80],
    ]);
    expect(Array.from(result.points.xs)).toEqual([-0.9, -0.9, -0.3, -0.3, 0.3, 0.3, 0.9, 0.9].map(Math.fround));
    expect(Array.from(result.points.ys)).toEqual([0, 1, 0, 1]);
    expect(result.points).toMatchObject({ dims: 2, task: 'classification', count: 4 });
  });

  it('accepts no header, semicolons, blank lines, a BOM and scientific notation', () => {
    const result = parsePointsCsv('\uFEFF1e-3;2;1\n\n0.5;-1;0\n-2.5;3;1\n4;.5;0\n');
    expect(result.ok && result.rows).toBe(4);
  });

  it('names every bad row (by its line in the file) and stops listing after five', () => {
    const result = parsePointsCsv('x1,x2,label\n1,2,0\n1,abc,1\n3,4,2\n5,6\n7,8,1\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'Row 3: x2 “abc” is not a number.',
      'Row 4: label “2” is not 0 or 1.',
      'Row 5 has 2 column(s); expected 3: x1, x2, label.',
    ]);
    const many = parsePointsCsv(Array.from({ length: 9 }, (_, i) => `${i},x,1`).join('\n'));
    expect(many.ok === false && many.errors).toHaveLength(6);
    expect(many.ok === false && many.errors.at(-1)).toBe('… and 4 more problem(s).');
  });

  it('rejects files that are empty, too short, too long or single-class, saying why', () => {
    const why = (text: string) => {
      const result = parsePointsCsv(text);
      return result.ok ? 'accepted' : result.errors.join(' ');
    };
    expect(why('')).toMatch(/empty/);
    expect(why('1,2,0\n2,3,1\n')).toMatch(/2 data row\(s\); at least 4/);
    expect(why(Array.from({ length: 5001 }, (_, i) => `${i},1,${i % 2}`).join('\n'))).toMatch(/at most 5000/);
    expect(why('1,2,1\n2,3,1\n3,4,1\n4,5,1\n')).toMatch(/both labels/);
  });
});
