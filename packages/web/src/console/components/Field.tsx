import type { Ref, TargetedEvent } from 'preact';

/** `aria-describedby` for a control with an optional hint and an optional error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The hint and the error message of a control, with the ids `describedBy` points at. */
export function FieldNotes({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input with its hint and error message tied to it (`aria-describedby`, `aria-invalid`). */
export function Field({
  id,
  name,
  label,
  type = 'text',
  autocomplete,
  error,
  hint,
  required = true,
  inputMode,
  maxLength,
  value,
  onInput,
  inputRef,
}: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'date';
  autocomplete: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  inputMode?: 'text' | 'numeric' | 'email';
  maxLength?: number;
  /** Set for a controlled field (its state lives in the page); else the form is read with FormData. */
  value?: string;
  onInput?: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} />
      <input
        ref={inputRef}
        id={id}
        name={name}
        type={type}
        autocomplete={autocomplete}
        required={required}
        inputMode={inputMode}
        maxLength={maxLength}
        value={value}
        onInput={
          onInput ? (event: TargetedEvent<HTMLInputElement>) => onInput(event.currentTarget.value) : undefined
        }
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        spellcheck={false}
      />
      <FieldNotes id={id} error={error} />
    </div>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** A labelled `<select>`; controlled when `value` is given, else it starts at `initial`. */
export function SelectField({
  id,
  name,
  label,
  options,
  error,
  hint,
  value,
  initial,
  onChange,
  disabled = false,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly SelectOption[];
  error?: string | undefined;
  hint?: string | undefined;
  value?: string;
  initial?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} />
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={
          onChange
            ? (event: TargetedEvent<HTMLSelectElement>) => onChange(event.currentTarget.value)
            : undefined
        }
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option
            key={option.value}
            value={option.value}
            selected={value === undefined && initial !== undefined ? option.value === initial : undefined}
          >
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} error={error} />
    </div>
  );
}
