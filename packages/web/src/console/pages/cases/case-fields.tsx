import type { TargetedEvent } from 'preact';
import { describedBy, FieldNotes } from '../../components/Field';

/** A labelled multi-line text field with its hint and error tied to it. */
export function TextArea({
  id,
  label,
  value,
  onInput,
  hint,
  error,
  maxLength,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  maxLength?: number;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} />
      <textarea
        id={id}
        name={id}
        value={value}
        maxLength={maxLength}
        onInput={(event: TargetedEvent<HTMLTextAreaElement>) => onInput(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <FieldNotes id={id} error={error} />
    </div>
  );
}

/** A fieldset of checkboxes with its legend; `selected` holds the ticked values. */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  hint,
  error,
}: {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  return (
    <fieldset class="case-fieldset" id={id} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} />
      <ul class="check-grid">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <li key={option.value} class="field field--checkbox">
              <input
                id={inputId}
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(event: TargetedEvent<HTMLInputElement>) =>
                  toggle(option.value, event.currentTarget.checked)
                }
              />
              <label for={inputId}>{option.label}</label>
            </li>
          );
        })}
      </ul>
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}
