import type * as tf from '@tensorflow/tfjs';

/** Backends for which we register our own kernels. */
export type FastBackendName = 'cpu' | 'wasm';

/** Numeric arrays a kernel reads or writes (float32, int32 or bool tensor data). */
export type NumericArray = Float32Array | Int32Array | Uint8Array;
type Values = NumericArray;

/** The parts of tfjs-backend-cpu's MathBackendCPU that kernels use (see its kernels). */
interface CpuBackendLike {
  data: { get(dataId: tf.DataId): { values?: unknown } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Values): tf.TensorInfo;
}

/** The parts of tfjs-backend-wasm's BackendWasm that kernels use (see its kernels). */
interface WasmBackendLike {
  typedArrayFromHeap(info: tf.TensorInfo): Values;
  makeOutput(shape: number[], dtype: tf.DataType, memoryOffset?: number, values?: Values): tf.TensorInfo;
}

/** The backend as a generic TF.js KernelBackend (disposeData, readSync…). */
export function backendOf(backend: object): tf.KernelBackend {
  if (!('disposeData' in backend)) throw new Error('Not a TF.js backend');
  return backend as tf.KernelBackend;
}

function isWasm(backend: object): backend is WasmBackendLike {
  return 'typedArrayFromHeap' in backend && 'makeOutput' in backend;
}

function isCpu(backend: object): backend is CpuBackendLike {
  return 'data' in backend && 'makeTensorInfo' in backend;
}

/**
 * The values of an input tensor without copying: a view into the wasm heap, or the cpu
 * backend's own array. Do not keep a wasm view across an allocation (the heap may grow and
 * detach it) and never write into it.
 */
export function readInput(backend: object, info: tf.TensorInfo): Values {
  if (isWasm(backend)) return backend.typedArrayFromHeap(info);
  if (isCpu(backend)) {
    const values = backend.data.get(info.dataId).values;
    if (values instanceof Float32Array || values instanceof Int32Array || values instanceof Uint8Array) return values;
    throw new Error(`Unsupported tensor data (${info.dtype}) for a fast kernel`);
  }
  throw new Error('Fast kernels run on the cpu and wasm backends only');
}

/**
 * Makes an output tensor holding `values` (copied into the wasm heap on wasm). Without `values`
 * the tensor is uninitialised (wasm only): fill it through {@link readInput}.
 */
export function writeOutput(backend: object, shape: number[], dtype: tf.DataType, values?: Values): tf.TensorInfo {
  if (isWasm(backend)) return backend.makeOutput(shape, dtype, undefined, values);
  if (isCpu(backend) && values) return backend.makeTensorInfo(shape, dtype, values);
  throw new Error('Fast kernels run on the cpu and wasm backends only');
}
