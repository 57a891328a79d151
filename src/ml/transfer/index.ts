/** Pre-train → fine-tune: the transfer lab's logic (no React, no DOM). */
export { ARMS, ARM_LABELS, oldTaskAccuracy, createArmModel, forgetting, pretrainedHead, trainableParams } from './arms';
export type { Arm, ArmSetup, OldHead } from './arms';
export {
  CHECKPOINT_FORMAT_VERSION,
  TRANSFER_CHECKPOINT_PATH,
  checkpointOf,
  decodeCheckpoint,
  encodeCheckpoint,
  type Checkpoint,
} from './checkpoint';
export { classCounts, sampleKPerClass, selectDigits, taskToDevice } from './data';
export {
  DEFAULT_FINETUNE_CONFIG,
  FineTuneExperiment,
  K_CHOICES,
  type ArmResult,
  type ExperimentEvent,
  type ExperimentState,
  type FineTuneConfig,
  type TransferData,
} from './experiment';
export { LoraDense, loraParams } from './lora';
export {
  BACKBONE_FEATURES,
  createTransferCnn,
  FINETUNE_DIGITS,
  HIDDEN_UNITS,
  LORA_LAYERS,
  PRETRAIN_DIGITS,
  TASK_CLASSES,
} from './model';
export { DEFAULT_PRETRAIN_CONFIG, createPretrainer, pretrain, pretrainData, type PretrainConfig } from './pretrain';
