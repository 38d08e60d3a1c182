/** A labelled input with its error message tied to it (`aria-describedby`, `aria-invalid`). */
export function Field({
  id,
  name,
  label,
  type = 'text',
  autocomplete,
  error,
  required = true,
}: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  autocomplete: string;
  error?: string | undefined;
  required?: boolean;
}) {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autocomplete={autocomplete}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        spellcheck={false}
      />
      {error ? (
        <p id={errorId} class="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
