import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { nodeWasmPaths } from '../../scripts/node-backend';
import { initBackend, numTensors, timeMatMul } from '../../src/ml/backend';
import { isFastKernelActive } from '../../src/ml/kernels';

describe('initBackend', () => {
  it('falls back from webgl (absent in Node) to wasm, registers our kernels, and still times a matMul', async () => {
    const info = await initBackend({ preference: ['webgl', 'wasm', 'cpu'], wasmPaths: nodeWasmPaths() });
    expect(info.backend).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(info.fallbacks.map((f) => f.backend)).toEqual(['webgl']);
    expect(isFastKernelActive(tf.Conv2DBackpropFilter, 'wasm')).toBe(true);
    expect(isFastKernelActive(tf.UnsortedSegmentSum, 'cpu')).toBe(true);
    const before = numTensors();
    const timing = await timeMatMul(64);
    expect(timing.checksum).toBe(64 ** 3);
    expect(numTensors()).toBe(before);
  });

  it('reports a backend that cannot start and uses the next one', async () => {
    const info = await initBackend({ preference: ['webgl', 'cpu'], fastKernels: false });
    expect(info.backend).toBe('cpu');
    expect(info.webglVersion).toBe(0);
    expect(info.fallbacks[0].backend).toBe('webgl');
  });
});
