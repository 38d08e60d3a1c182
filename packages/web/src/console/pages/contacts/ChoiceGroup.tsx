import type { TargetedEvent } from 'preact';
import { describedBy, FieldNotes } from '../../components/Field';

export interface Choice {
  readonly value: string;
  readonly label: string;
  /** An extra class for one choice (e.g. the "immediate danger" urgency). */
  readonly tone?: string;
}

/**
 * A group of big radio buttons in a fieldset with its legend: one Tab reaches the group, the arrow keys move
 * between choices (the browser's own radio behaviour), and each choice is a large target on a touch screen.
 */
export function ChoiceGroup({
  id,
  name,
  legend,
  choices,
  value,
  onChange,
  error,
  hint,
  compact = false,
}: {
  id: string;
  name: string;
  legend: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  compact?: boolean;
}) {
  return (
    <fieldset
      id={id}
      class={`choice-group${compact ? ' choice-group--compact' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
      tabindex={-1}
    >
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} />
      <div class="choice-group__choices">
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value || 'none'}`;
          return (
            <label
              key={choice.value}
              for={inputId}
              class={`choice${value === choice.value ? ' choice--checked' : ''}${choice.tone ? ` ${choice.tone}` : ''}`}
            >
              <input
                id={inputId}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={(event: TargetedEvent<HTMLInputElement>) => {
                  if (event.currentTarget.checked) onChange(choice.value);
                }}
              />
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}
