/**
 * Back-of-the-envelope cost of serving a language model: memory for the weights, and the time
 * and money per request when each generated token costs ≈ 2·N FLOPs (one multiply-add per
 * parameter, Kaplan et al. 2020) and, at small batch sizes, a full read of the weights from memory.
 * These are lower bounds: real servers also spend time on attention over long contexts, on
 * communication between devices and on idle capacity.
 */

/** What the estimate needs. */
export interface ServingInput {
  /** N, parameters. */
  params: number;
  /** Bytes per stored parameter: 4 (float32), 2 (16-bit), 1 (int8), 0.5 (int4). */
  bytesPerParam: number;
  /** Tokens generated per request. */
  tokensPerRequest: number;
  /** Requests processed together in one batch (they share each read of the weights). */
  batchSize: number;
  /** Sustained FLOP/s of one device. */
  flopsPerSecond: number;
  /** Memory bandwidth of one device, bytes per second. */
  bytesPerSecond: number;
  /** Memory of one device, bytes. */
  deviceMemory: number;
  /** Rental price of one device, dollars per hour (an assumption the reader sets). */
  dollarsPerDeviceHour: number;
}

export interface ServingEstimate {
  /** N · bytes per parameter. */
  weightBytes: number;
  /** ⌈weightBytes / deviceMemory⌉: devices needed just to hold the weights. */
  devices: number;
  /** 2·N·batch / (devices · F): the compute time of one decoding step for the whole batch. */
  computeSecondsPerStep: number;
  /** weightBytes / (devices · bandwidth): reading every weight once per step. */
  memorySecondsPerStep: number;
  /** The larger of the two: each step waits for whichever is slower. */
  secondsPerStep: number;
  /** 'memory' when reading the weights dominates, 'compute' otherwise. */
  bound: 'memory' | 'compute';
  /** secondsPerStep · tokens: how long one request waits for its answer. */
  secondsPerRequest: number;
  /** Device-seconds per request: devices · secondsPerRequest / batch. */
  deviceSecondsPerRequest: number;
  /** deviceSecondsPerRequest · price / 3600. */
  dollarsPerRequest: number;
  /** 2·N·tokens. */
  flopsPerRequest: number;
  /**
   * The batch size at which compute time equals weight-reading time, bytesPerParam·F / (2·bandwidth):
   * below it a step is memory-bound. It does not depend on N (both times grow in proportion to N).
   */
  criticalBatch: number;
}

export function servingEstimate(input: ServingInput): ServingEstimate {
  for (const [name, value] of Object.entries(input)) {
    if (!(Number.isFinite(value) && value > 0))
      throw new Error(`servingEstimate: ${name} must be positive, got ${value}`);
  }
  const weightBytes = input.params * input.bytesPerParam;
  const devices = Math.max(1, Math.ceil(weightBytes / input.deviceMemory));
  const computeSecondsPerStep = (2 * input.params * input.batchSize) / (devices * input.flopsPerSecond);
  const memorySecondsPerStep = weightBytes / (devices * input.bytesPerSecond);
  const secondsPerStep = Math.max(computeSecondsPerStep, memorySecondsPerStep);
  const secondsPerRequest = secondsPerStep * input.tokensPerRequest;
  const deviceSecondsPerRequest = (devices * secondsPerRequest) / input.batchSize;
  return {
    weightBytes,
    devices,
    computeSecondsPerStep,
    memorySecondsPerStep,
    secondsPerStep,
    bound: memorySecondsPerStep >= computeSecondsPerStep ? 'memory' : 'compute',
    secondsPerRequest,
    deviceSecondsPerRequest,
    dollarsPerRequest: (deviceSecondsPerRequest * input.dollarsPerDeviceHour) / 3600,
    flopsPerRequest: 2 * input.params * input.tokensPerRequest,
    criticalBatch: (input.bytesPerParam * input.flopsPerSecond) / (2 * input.bytesPerSecond),
  };
}

/**
 * The figure's default device: 10¹⁴ FLOP/s sustained (as in chapter 1), 2·10¹² bytes/s of memory
 * bandwidth and 80 GB of memory (the order of a current data-centre GPU), rented at an assumed
 * $2 per hour. All four are adjustable assumptions, not measurements.
 */
export const defaultDevice = {
  flopsPerSecond: 1e14,
  bytesPerSecond: 2e12,
  deviceMemory: 80e9,
  dollarsPerDeviceHour: 2,
} as const;

/** Bytes per parameter of the usual storage formats. */
export const numberFormats = [
  { id: 'float32', label: '32-bit float (4 bytes)', bytes: 4 },
  { id: 'float16', label: '16-bit float (2 bytes)', bytes: 2 },
  { id: 'int8', label: '8-bit integer (1 byte)', bytes: 1 },
  { id: 'int4', label: '4-bit integer (half a byte)', bytes: 0.5 },
] as const;
