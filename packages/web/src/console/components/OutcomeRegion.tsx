import { useEffect, useRef } from 'preact/hooks';

/** The outcome of an action, for `OutcomeRegion`. A new object each time, so the same text is read again. */
export interface Outcome {
  kind: 'success' | 'info';
  text: string;
  /** Move the focus to the message: the control that was used went away with the action. */
  focus?: boolean;
}

/**
 * Where the outcome of an action is told when the control that did it goes away with it (a decision whose
 * panel closes, a form replaced by what it asked for). The region is always on the page and is a polite live
 * region (role=status), so a screen reader reads the message when it appears; with `focus` the message also
 * takes the focus, so keyboard users are not left on a button that no longer exists. Errors stay next to the
 * control (an alert), since nothing went away then.
 */
export function OutcomeRegion({ outcome, id }: { outcome: Outcome | undefined; id?: string }) {
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome?.focus) message.current?.focus();
  }, [outcome]);
  return (
    <div role="status" id={id}>
      {outcome ? (
        <div ref={message} class={`message message--${outcome.kind}`} tabindex={-1}>
          <p>{outcome.text}</p>
        </div>
      ) : null}
    </div>
  );
}
