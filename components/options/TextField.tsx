/** A labelled text input or textarea, with a hint and the invalid state the store reported. */
import { useId } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  hint?: string;
  invalid?: boolean;
  multiline?: boolean;
  autoFocus?: boolean;
  list?: string;
  placeholder?: string;
}

export function TextField({
  label,
  value,
  onChange,
  testId,
  hint,
  invalid = false,
  multiline = false,
  autoFocus,
  list,
  placeholder,
}: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    value,
    autoFocus,
    placeholder,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    'data-testid': testId,
  };
  return (
    <div className="options-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={10} spellCheck onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" list={list} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <small id={`${id}-hint`} className="options-hint">
          {hint}
        </small>
      )}
    </div>
  );
}
