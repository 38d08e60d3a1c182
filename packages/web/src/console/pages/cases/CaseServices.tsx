import {
  INSTITUTION_KINDS,
  SERVICE_PROVIDERS,
  SERVICE_TYPES,
  type InstitutionKind,
  type ServiceProvider,
  type ServiceType,
} from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { errorMessage, fieldErrors, queryString } from '../../api';
import { Field, SelectField } from '../../components/Field';
import { Message } from '../../components/Message';
import { Table } from '../../components/Table';
import { useConsole } from '../../session';
import { TextArea } from './case-fields';
import { ServiceCorrection } from './ServiceCorrection';
import {
  formatMoney,
  parseAmount,
  personLabel,
  vocab,
  type CaseRecord,
  type ServiceRecord,
} from './case-types';

/** Currencies offered first in the form; any ISO 4217 code is accepted by the API. */
const CURRENCIES = ['RSD', 'EUR', 'CHF', 'USD', 'GBP', 'HUF', 'UAH'] as const;

interface Totals {
  count: number;
  costs: { currency: string; amountMinor: number; services: number }[];
}

/** The services of a case: the list newest first with totals per currency, and the form to record one. */
export function CaseServices({
  record,
  revision,
  canRecord,
}: {
  record: CaseRecord;
  revision: number;
  canRecord: boolean;
}) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [items, setItems] = useState<ServiceRecord[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [totals, setTotals] = useState<Totals | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [loadCount, setLoadCount] = useState(0);
  const [open, setOpen] = useState<{ id: string; mode: 'edit' | 'remove' } | undefined>();
  const [corrected, setCorrected] = useState<string | undefined>();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  useEffect(() => {
    let current = true;
    api
      .get<{ items: ServiceRecord[]; nextCursor: string | null; totals: Totals }>(
        `/api/v1/cases/${record.id}/services`,
      )
      .then((page) => {
        if (!current) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setTotals(page.totals);
      })
      .catch((error: unknown) => {
        if (current) setProblem(errorMessage(translatorRef.current, error));
      });
    return () => {
      current = false;
    };
  }, [api, record.id, revision, loadCount]);

  const loadMore = async () => {
    if (!nextCursor) return;
    try {
      const page = await api.get<{ items: ServiceRecord[]; nextCursor: string | null }>(
        `/api/v1/cases/${record.id}/services${queryString({ cursor: nextCursor })}`,
      );
      setItems([...items, ...page.items]);
      setNextCursor(page.nextCursor);
    } catch (error) {
      setProblem(errorMessage(translator, error));
    }
  };

  return (
    <section class="panel" aria-labelledby="case-services-title">
      <h2 id="case-services-title">{t('console.services.title')}</h2>
      {problem ? <Message kind="error">{problem}</Message> : null}
      {totals ? (
        <p id="case-services-totals">
          <strong>{t('console.services.totals')}:</strong>{' '}
          {totals.costs.length
            ? totals.costs.map((c) => formatMoney(translator.locale, c.amountMinor, c.currency)).join(' + ')
            : t('console.services.totalsNone')}{' '}
          <span class="cell-note">{t('console.services.count', { count: totals.count })}</span>
        </p>
      ) : null}
      {items.length === 0 && totals ? <p>{t('console.services.empty')}</p> : null}
      {items.length ? (
        <Table id="case-services" caption={t('console.services.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('console.services.date')}</th>
              <th scope="col">{t('console.services.person')}</th>
              <th scope="col">{t('console.services.type')}</th>
              <th scope="col">{t('console.services.quantity')}</th>
              <th scope="col">{t('console.services.cost')}</th>
              <th scope="col">{t('console.services.provider')}</th>
              <th scope="col">{t('console.services.project')}</th>
              {canRecord ? <th scope="col">{t('console.serviceEdit.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((service) => (
              <tr key={service.id}>
                <th scope="row">
                  <time dateTime={service.deliveredOn}>{service.deliveredOn}</time>
                </th>
                <td>
                  <code class="identifier">{service.personCode}</code>
                </td>
                <td>
                  {vocab(t, 'serviceType', service.type)}
                  {service.institutionKind ? (
                    <span class="cell-note">{vocab(t, 'institution', service.institutionKind)}</span>
                  ) : null}
                  {service.note ? <span class="cell-note">{service.note}</span> : null}
                </td>
                <td>{service.quantity}</td>
                <td>
                  {service.cost
                    ? formatMoney(translator.locale, service.cost.amountMinor, service.cost.currency)
                    : '–'}
                </td>
                <td>
                  {service.provider === 'partner' && service.partnerName
                    ? service.partnerName
                    : vocab(t, 'provider', service.provider)}
                </td>
                <td>{service.project ?? '–'}</td>
                {canRecord ? (
                  <td>
                    <div class="actions">
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        aria-label={t('console.serviceEdit.editLabel', { date: service.deliveredOn })}
                        onClick={() => {
                          setCorrected(undefined);
                          setOpen({ id: service.id, mode: 'edit' });
                        }}
                      >
                        {t('console.serviceEdit.edit')}
                      </button>
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        aria-label={t('console.serviceEdit.removeLabel', { date: service.deliveredOn })}
                        onClick={() => {
                          setCorrected(undefined);
                          setOpen({ id: service.id, mode: 'remove' });
                        }}
                      >
                        {t('console.serviceEdit.remove')}
                      </button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {nextCursor ? (
        <p>
          <button type="button" class="button button--secondary" onClick={() => void loadMore()}>
            {t('console.services.loadMore')}
          </button>
        </p>
      ) : null}
      {corrected ? <Message kind="success">{corrected}</Message> : null}
      {open ? (
        <ServiceCorrection
          key={`${open.id}-${open.mode}`}
          serviceId={open.id}
          mode={open.mode}
          idPrefix="case-service-fix"
          onDone={(message) => {
            setOpen(undefined);
            setCorrected(message);
            setLoadCount((n) => n + 1);
          }}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
      {canRecord ? <RecordService record={record} onRecorded={() => setLoadCount((n) => n + 1)} /> : null}
    </section>
  );
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function RecordService({ record, onRecorded }: { record: CaseRecord; onRecorded: () => void }) {
  const translator = useI18n();
  const { t } = translator;
  const { api } = useConsole();
  const [personId, setPersonId] = useState(record.persons[0]?.personId ?? '');
  const [type, setType] = useState<ServiceType>('foodPackage');
  const [institution, setInstitution] = useState<InstitutionKind>('embassy');
  const [date, setDate] = useState(today);
  const [quantity, setQuantity] = useState('1');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string>('RSD');
  const [provider, setProvider] = useState<ServiceProvider>('organisation');
  const [partnerName, setPartnerName] = useState('');
  const [project, setProject] = useState('');
  const [note, setNote] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);

  if (record.persons.length === 0)
    return (
      <>
        <h3>{t('console.services.record')}</h3>
        <p>{t('console.services.needPerson')}</p>
      </>
    );

  const submit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(undefined);
    const problems: Record<string, string> = {};
    const amountMinor = amount.trim() ? parseAmount(amount, currency) : null;
    if (amountMinor === undefined) problems.amountMinor = t('console.services.invalidAmount');
    const count = Number(quantity);
    if (!Number.isInteger(count) || count < 1) problems.quantity = t('errors.validation.invalidValue');
    setFields(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await api.post(`/api/v1/cases/${record.id}/services`, {
        personId: personId || record.persons[0]?.personId,
        type,
        institutionKind: type === 'accompaniment' ? institution : null,
        deliveredOn: date,
        quantity: count,
        cost: amountMinor === null || amountMinor === undefined ? null : { amountMinor, currency },
        provider,
        partnerName: provider === 'partner' ? partnerName.trim() || null : null,
        project: project.trim() || null,
        note: note.trim() || null,
      });
      setNotice({ kind: 'success', text: t('console.services.recorded') });
      setAmount('');
      setNote('');
      onRecorded();
    } catch (error) {
      setFields(fieldErrors(error));
      setNotice({ kind: 'error', text: errorMessage(translator, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h3 id="case-record-service">{t('console.services.record')}</h3>
      {notice ? <Message kind={notice.kind}>{notice.text}</Message> : null}
      <form aria-labelledby="case-record-service" noValidate onSubmit={(event) => void submit(event)}>
        <div class="case-row">
          <SelectField
            id="service-person"
            name="personId"
            label={t('console.services.person')}
            value={personId}
            onChange={setPersonId}
            options={record.persons.map((p) => ({ value: p.personId, label: personLabel(p) }))}
            error={fields.personId}
          />
          <SelectField
            id="service-type"
            name="type"
            label={t('console.services.type')}
            value={type}
            onChange={(v) => setType(v as ServiceType)}
            options={SERVICE_TYPES.map((s) => ({ value: s, label: vocab(t, 'serviceType', s) }))}
            error={fields.type}
          />
          {type === 'accompaniment' ? (
            <SelectField
              id="service-institution"
              name="institutionKind"
              label={t('console.services.institution')}
              value={institution}
              onChange={(v) => setInstitution(v as InstitutionKind)}
              options={INSTITUTION_KINDS.map((k) => ({ value: k, label: vocab(t, 'institution', k) }))}
              error={fields.institutionKind}
            />
          ) : null}
          <Field
            id="service-date"
            name="deliveredOn"
            type="date"
            label={t('console.services.date')}
            autocomplete="off"
            value={date}
            onInput={setDate}
            error={fields.deliveredOn}
          />
          <Field
            id="service-quantity"
            name="quantity"
            label={t('console.services.quantity')}
            autocomplete="off"
            inputMode="numeric"
            value={quantity}
            onInput={setQuantity}
            error={fields.quantity}
          />
        </div>
        <div class="case-row">
          <Field
            id="service-amount"
            name="amount"
            label={t('console.services.amount')}
            hint={t('console.services.amountHint')}
            autocomplete="off"
            required={false}
            value={amount}
            onInput={setAmount}
            error={fields.amountMinor}
          />
          <SelectField
            id="service-currency"
            name="currency"
            label={t('console.services.currency')}
            value={currency}
            onChange={setCurrency}
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            error={fields.currency}
          />
          <SelectField
            id="service-provider"
            name="provider"
            label={t('console.services.provider')}
            value={provider}
            onChange={(v) => setProvider(v as ServiceProvider)}
            options={SERVICE_PROVIDERS.map((p) => ({ value: p, label: vocab(t, 'provider', p) }))}
          />
          {provider === 'partner' ? (
            <Field
              id="service-partner"
              name="partnerName"
              label={t('console.services.partnerName')}
              autocomplete="organization"
              value={partnerName}
              onInput={setPartnerName}
              error={fields.partnerName}
            />
          ) : null}
          <Field
            id="service-project"
            name="project"
            label={t('console.services.project')}
            autocomplete="off"
            required={false}
            value={project}
            onInput={setProject}
            error={fields.project}
          />
        </div>
        <TextArea
          id="service-note"
          label={t('console.services.note')}
          hint={t('console.services.noteHint')}
          value={note}
          onInput={setNote}
          maxLength={5000}
          error={fields.note}
        />
        <div class="actions">
          <button class="button" type="submit" disabled={busy}>
            {t('console.services.recordSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}
