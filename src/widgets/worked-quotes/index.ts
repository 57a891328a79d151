export { ActivationValue, NetworkValue } from './NetworkValues';
export { LossValue, MseValue, SoftmaxValue } from './LossValues';
export { ClipValue, OverfitValue, ScheduleValue } from './TrainingValues';
