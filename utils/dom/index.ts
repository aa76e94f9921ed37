export { writeFieldText, STRATEGIES } from './insert-text';
export type { Strategy, WriteResult, WriteOptions, WriteProblem, TextRange } from './insert-text';
export { readFieldText, isEditable, isTextControl, isContentEditable, maxLengthOf } from './field-kind';
