import {
  INSTITUTION_KINDS,
  SERVICE_PROVIDERS,
  SERVICE_TYPES,
  currencyDecimals,
  type InstitutionKind,
  type MessageKey,
  type ServiceProvider,
  type ServiceType,
} from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { ApiError, errorMessage, fieldErrors } from '../../api';
import { Field, SelectField } from '../../components/Field';
import { Message } from '../../components/Message';
import { formatDateTime, staffName } from '../../format';
import { useConsole } from '../../session';
import { TextArea } from './case-fields';
import { parseAmount, vocab, type ServiceRecord } from './case-types';

/** Currencies offered first; any ISO 4217 code is accepted by the API (a stored one is always offered). */
const CURRENCIES = ['RSD', 'EUR', 'CHF', 'USD', 'GBP', 'HUF', 'UAH'] as const;

/** `GET /api/v1/services/:id`: the service with its version (and its removal, when removed). */
export interface ServiceDetail extends ServiceRecord {
  version: number;
  removed: { at: string; by: string; reason: string | null } | null;
}

interface ServiceChange {
  id: string;
  version: number;
  kind: 'create' | 'update' | 'remove';
  fields: string[];
  reason: string | null;
  /** `name` is null when the user no longer exists. */
  actor: { id: string; name: string | null };
  at: string;
}

/** What the correction form holds (text, as the controls do). */
interface Values {
  type: ServiceType;
  institution: InstitutionKind;
  date: string;
  quantity: string;
  amount: string;
  currency: string;
  provider: ServiceProvider;
  partnerName: string;
  project: string;
  note: string;
}

function valuesOf(service: ServiceDetail): Values {
  const decimals = service.cost ? currencyDecimals(service.cost.currency) : 0;
  return {
    type: service.type,
    institution: service.institutionKind ?? 'embassy',
    date: service.deliveredOn,
    quantity: String(service.quantity),
    amount: service.cost ? (service.cost.amountMinor / 10 ** decimals).toFixed(decimals) : '',
    currency: service.cost?.currency ?? 'RSD',
    provider: service.provider,
    partnerName: service.partnerName ?? '',
    project: service.project ?? '',
    note: service.note ?? '',
  };
}

/**
 * Correcting or removing one recorded service (from the case's services list or a person's timeline): loads
 * the service with its version, sends the change with it, and on a 409 lists what someone else changed and
 * offers to load the current version. Removal asks why; the history of the service is shown below.
 */
export function ServiceCorrection({
  serviceId,
  mode,
  idPrefix,
  onDone,
  onClose,
}: {
  serviceId: string;
  mode: 'edit' | 'remove';
  /** Keeps the ids unique when two lists on one page could open it. */
  idPrefix: string;
  /** The service was corrected or removed (the host reloads its list). */
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [service, setService] = useState<ServiceDetail | undefined>();
  const [history, setHistory] = useState<ServiceChange[]>([]);
  const [values, setValues] = useState<Values | undefined>();
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [conflict, setConflict] = useState<string[] | undefined>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  const id = (name: string) => `${idPrefix}-${name}`;
  const path = `/api/v1/services/${encodeURIComponent(serviceId)}`;

  const load = async () => {
    try {
      const [fresh, changes] = await Promise.all([
        api.get<ServiceDetail>(path),
        api.get<{ items: ServiceChange[] }>(`${path}/history`),
      ]);
      setService(fresh);
      setValues(valuesOf(fresh));
      setHistory(changes.items);
      setConflict(undefined);
      setFields({});
      setProblem(undefined);
    } catch (error) {
      setProblem(errorMessage(translatorRef.current, error));
    }
  };
  useEffect(() => {
    void load();
    // Loaded once per opened service; "load the current version" loads it again.
  }, [serviceId]);
  useEffect(() => {
    heading.current?.focus();
  }, [serviceId, mode]);
  useEffect(() => {
    if (conflict) conflictHeading.current?.focus();
  }, [conflict]);

  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      setConflict(error.details.map((d) => d.message).filter(Boolean));
      return;
    }
    setFields(fieldErrors(error));
    setProblem(errorMessage(translator, error));
  };

  const save = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!service || !values || busy) return;
    const problems: Record<string, string> = {};
    const amountMinor = values.amount.trim() ? parseAmount(values.amount, values.currency) : null;
    if (amountMinor === undefined) problems.amountMinor = t('console.services.invalidAmount');
    const quantity = Number(values.quantity);
    if (!Number.isInteger(quantity) || quantity < 1) problems.quantity = t('errors.validation.invalidValue');
    setFields(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await api.patch<ServiceDetail>(path, {
        version: service.version,
        type: values.type,
        institutionKind: values.type === 'accompaniment' ? values.institution : null,
        deliveredOn: values.date,
        quantity,
        cost:
          amountMinor === null || amountMinor === undefined
            ? null
            : { amountMinor, currency: values.currency },
        provider: values.provider,
        partnerName: values.provider === 'partner' ? values.partnerName.trim() || null : null,
        project: values.project.trim() || null,
        note: values.note.trim() || null,
      });
      onDone(
        saved.version === service.version
          ? t('console.serviceEdit.noChanges')
          : t('console.serviceEdit.saved', { version: saved.version }),
      );
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!service || busy) return;
    if (!reason.trim()) {
      setFields({ reason: t('errors.validation.required') });
      document.getElementById(id('reason'))?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await api.post(`${path}/remove`, { version: service.version, reason: reason.trim() });
      onDone(t('console.serviceEdit.removed'));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => (current ? { ...current, [key]: value } : current));
  const date = service?.deliveredOn ?? '';
  const title =
    mode === 'edit'
      ? t('console.serviceEdit.editTitle', { date })
      : t('console.serviceEdit.removeTitle', { date });
  const currencies =
    values && !CURRENCIES.includes(values.currency as never) ? [values.currency, ...CURRENCIES] : CURRENCIES;
  const fieldLabel = (name: string) =>
    translator.has(`services.field.${name}`) ? t(`services.field.${name}` as MessageKey) : name;

  return (
    <div class="service-correction" aria-labelledby={id('title')} role="region">
      <h3 id={id('title')} tabindex={-1} ref={heading}>
        {title}
      </h3>
      {service === undefined && !problem ? <p role="status">{t('console.serviceEdit.loading')}</p> : null}
      {conflict ? (
        <div class="message message--error" role="alert">
          <h4 tabindex={-1} ref={conflictHeading}>
            {t('console.serviceEdit.conflictTitle')}
          </h4>
          <p>{t('console.serviceEdit.conflictIntro')}</p>
          <ul class="conflict-list">
            {conflict.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>
            <button type="button" class="button button--secondary" onClick={() => void load()}>
              {t('console.serviceEdit.conflictReload')}
            </button>
          </p>
        </div>
      ) : null}
      {problem ? <Message kind="error">{problem}</Message> : null}
      {service?.removed ? (
        <Message kind="info" live={false}>
          {t('console.serviceEdit.removed')}
        </Message>
      ) : null}
      {service && !service.removed && values && mode === 'edit' ? (
        <form noValidate onSubmit={(event) => void save(event)} aria-busy={busy ? 'true' : undefined}>
          <div class="case-row">
            <SelectField
              id={id('type')}
              name="type"
              label={t('console.services.type')}
              value={values.type}
              onChange={(v) => set('type', v as ServiceType)}
              options={SERVICE_TYPES.map((s) => ({ value: s, label: vocab(t, 'serviceType', s) }))}
              error={fields.type}
            />
            {values.type === 'accompaniment' ? (
              <SelectField
                id={id('institution')}
                name="institutionKind"
                label={t('console.services.institution')}
                value={values.institution}
                onChange={(v) => set('institution', v as InstitutionKind)}
                options={INSTITUTION_KINDS.map((k) => ({ value: k, label: vocab(t, 'institution', k) }))}
                error={fields.institutionKind}
              />
            ) : null}
            <Field
              id={id('date')}
              name="deliveredOn"
              type="date"
              label={t('console.services.date')}
              autocomplete="off"
              value={values.date}
              onInput={(v) => set('date', v)}
              error={fields.deliveredOn}
            />
            <Field
              id={id('quantity')}
              name="quantity"
              label={t('console.services.quantity')}
              autocomplete="off"
              inputMode="numeric"
              value={values.quantity}
              onInput={(v) => set('quantity', v)}
              error={fields.quantity}
            />
          </div>
          <div class="case-row">
            <Field
              id={id('amount')}
              name="amount"
              label={t('console.services.amount')}
              hint={t('console.services.amountHint')}
              autocomplete="off"
              required={false}
              value={values.amount}
              onInput={(v) => set('amount', v)}
              error={fields.amountMinor}
            />
            <SelectField
              id={id('currency')}
              name="currency"
              label={t('console.services.currency')}
              value={values.currency}
              onChange={(v) => set('currency', v)}
              options={currencies.map((c) => ({ value: c, label: c }))}
              error={fields.currency}
            />
            <SelectField
              id={id('provider')}
              name="provider"
              label={t('console.services.provider')}
              value={values.provider}
              onChange={(v) => set('provider', v as ServiceProvider)}
              options={SERVICE_PROVIDERS.map((p) => ({ value: p, label: vocab(t, 'provider', p) }))}
            />
            {values.provider === 'partner' ? (
              <Field
                id={id('partner')}
                name="partnerName"
                label={t('console.services.partnerName')}
                autocomplete="organization"
                value={values.partnerName}
                onInput={(v) => set('partnerName', v)}
                error={fields.partnerName}
              />
            ) : null}
            <Field
              id={id('project')}
              name="project"
              label={t('console.services.project')}
              autocomplete="off"
              required={false}
              value={values.project}
              onInput={(v) => set('project', v)}
              error={fields.project}
            />
          </div>
          <TextArea
            id={id('note')}
            label={t('console.services.note')}
            hint={t('console.services.noteHint')}
            value={values.note}
            onInput={(v) => set('note', v)}
            maxLength={5000}
            error={fields.note}
          />
          <div class="actions">
            <button class="button" type="submit" disabled={busy || conflict !== undefined}>
              {t('console.serviceEdit.save')}
            </button>
            <button type="button" class="button button--secondary" onClick={onClose}>
              {t('console.serviceEdit.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {service && !service.removed && mode === 'remove' ? (
        <form noValidate onSubmit={(event) => void remove(event)} aria-busy={busy ? 'true' : undefined}>
          <p>{t('console.serviceEdit.removeIntro')}</p>
          <TextArea
            id={id('reason')}
            label={t('console.serviceEdit.reason')}
            hint={t('console.serviceEdit.reasonHint')}
            value={reason}
            onInput={setReason}
            maxLength={2000}
            error={fields.reason}
          />
          <div class="actions">
            <button class="button button--danger" type="submit" disabled={busy || conflict !== undefined}>
              {t('console.serviceEdit.removeSubmit')}
            </button>
            <button type="button" class="button button--secondary" onClick={onClose}>
              {t('console.serviceEdit.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {history.length ? (
        <>
          <h4>{t('console.serviceEdit.historyTitle')}</h4>
          <ul class="service-history">
            {history.map((change) => (
              <li key={change.id}>
                {t(`console.serviceEdit.history.${change.kind}`, {
                  name: staffName(translator, change.actor.name, true),
                  when: formatDateTime(translator.locale, change.at),
                  fields: change.fields.map(fieldLabel).join(', '),
                  reason: change.reason ?? '',
                })}{' '}
                <span class="cell-note">(v{change.version})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
