/** Post-training weight quantisation (8, 4, 2 bits; per tensor or per output channel) and its before/after. */
export { channelCount, GRANULARITIES, QUANT_BITS, quantizedBytes, quantizeTensor, symmetricQMax } from './tensor';
export type { Granularity, QuantBits, QuantizedTensor } from './tensor';
export { float32Bytes, isQuantizable, QUANTIZATION_SPECS, quantizeModelWeights, specKey } from './model';
export type { NamedWeight, QuantizationSpec, QuantizedModel, WeightReport } from './model';
export { loadWithWeights, snapshotModel, type ModelSnapshot } from './io';
export { compareQuantizations, type QuantizationRow } from './evaluate';
