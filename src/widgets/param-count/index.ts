export {
  DenseParamCount,
  LayerStat,
  MacCount,
  ModelRatio,
  ParamCount,
  Scientific,
  TokensPerParam,
  TrainingFlops,
  TrainingTime,
} from './numbers';
export { LayerParamTable } from './LayerParamTable';
