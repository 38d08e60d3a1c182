import type { MessageKey } from '@putokaz/core';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../shared/i18n';
import { useConsole } from '../session';
import { SelectField } from './Field';

/** One entry of `GET /api/v1/staff/assignable`. */
export interface AssignableStaff {
  id: string;
  name: string;
  team: string | null;
  role: 'caseworker' | 'supervisor';
}

export type AssignableState =
  { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; items: readonly AssignableStaff[] };

/**
 * The staff the signed-in user may assign persons and cases to (their team; every team for an administrator),
 * loaded once per mounted form.
 */
export function useAssignableStaff(enabled = true): AssignableState {
  const { api } = useConsole();
  const [state, setState] = useState<AssignableState>({ kind: 'loading' });
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    api
      .get<{ items: AssignableStaff[] }>('/api/v1/staff/assignable')
      .then((page) => {
        if (current) setState({ kind: 'ready', items: page.items });
      })
      .catch(() => {
        if (current) setState({ kind: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [api, enabled]);
  return state;
}

/** The name of an assigned worker from the list, or undefined when they are not in it. */
export function assigneeName(state: AssignableState, id: string | null): string | undefined {
  if (id === null || state.kind !== 'ready') return undefined;
  return state.items.find((s) => s.id === id)?.name;
}

/**
 * A select of the assigned worker: "not assigned", the assignable staff, and the current assignee when they are
 * not in the list (another team, a disabled account), so saving the form keeps them unless changed.
 */
export function AssigneeField({
  id,
  label,
  value,
  currentName,
  state,
  error,
  onChange,
}: {
  id: string;
  label: string;
  /** The staff user id chosen, or '' for none. */
  value: string;
  /** The name of the assignee the record has now (from the record), shown when they are not in the list. */
  currentName: string | null;
  state: AssignableState;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const items = state.kind === 'ready' ? state.items : [];
  const options = [
    { value: '', label: t('console.assign.none') },
    ...items.map((s) => ({
      value: s.id,
      label: `${s.name} (${t(`console.role.${s.role}` as MessageKey)})`,
    })),
  ];
  if (value && !items.some((s) => s.id === value))
    options.push({ value, label: t('console.assign.outsideList', { name: currentName ?? value }) });
  const hint =
    state.kind === 'loading'
      ? t('console.assign.loading')
      : state.kind === 'failed'
        ? t('console.assign.loadFailed')
        : t('console.assign.workerHint');
  return (
    <SelectField
      id={id}
      name="assignedTo"
      label={label}
      options={options}
      value={value}
      onChange={onChange}
      hint={hint}
      error={error}
      disabled={state.kind !== 'ready'}
    />
  );
}
