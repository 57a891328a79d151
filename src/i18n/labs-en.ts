import { commonEn, noticesEn, optimizersEn, schedulesEn } from './labs/common';
import { csvEn } from './labs/csv';
import { mlpEn } from './labs/mlp';
import { mnistEn } from './labs/mnist';
import { raceEn } from './labs/race';
import { diagnosticsEn, quantizationEn } from './labs/small';
import { transferEn } from './labs/transfer';
import { sentimentEn } from './labs/sentiment';
import { textTransferEn } from './labs/text-transfer';

/**
 * English strings inside the labs (src/widgets/<lab>/), one object per lab, hooked into en.ts as
 * `labUi` (`labs` there holds the catalog's titles). labs-zh.ts has the same keys.
 */
export const labsEn = {
  common: commonEn,
  schedules: schedulesEn,
  optimizers: optimizersEn,
  notices: noticesEn,
  mnist: mnistEn,
  mlp: mlpEn,
  race: raceEn,
  diagnostics: diagnosticsEn,
  quantization: quantizationEn,
  transfer: transferEn,
  sentiment: sentimentEn,
  csv: csvEn,
  textTransfer: textTransferEn,
};
