import type { labsEn } from './labs-en';
import { commonZh, noticesZh, optimizersZh, schedulesZh } from './labs/common';
import { csvZh } from './labs/csv';
import { mlpZh } from './labs/mlp';
import { mnistZh } from './labs/mnist';
import { raceZh } from './labs/race';
import { diagnosticsZh, quantizationZh } from './labs/small';
import { transferZh } from './labs/transfer';
import { sentimentZh } from './labs/sentiment';
import { textTransferZh } from './labs/text-transfer';

/** Chinese strings inside the labs: the same keys as labs-en.ts. */
export const labsZh: typeof labsEn = {
  common: commonZh,
  schedules: schedulesZh,
  optimizers: optimizersZh,
  notices: noticesZh,
  mnist: mnistZh,
  mlp: mlpZh,
  race: raceZh,
  diagnostics: diagnosticsZh,
  quantization: quantizationZh,
  transfer: transferZh,
  sentiment: sentimentZh,
  csv: csvZh,
  textTransfer: textTransferZh,
};
