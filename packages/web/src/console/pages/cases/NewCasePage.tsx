import { CASE_KINDS, EXPLOITATION_FORMS, RECRUITMENT_CHANNELS, SECTORS, type CaseKind } from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { errorMessage, fieldErrors } from '../../api';
import { Field, SelectField } from '../../components/Field';
import { Message } from '../../components/Message';
import { useDocumentTitle } from '../../document-title';
import { RECORD_PATH_PREFIXES } from '../../routes';
import { useConsole } from '../../session';
import { CheckboxGroup, TextArea } from './case-fields';
import { vocab } from './case-types';
import './cases.css';

/** Opens a case with what is known at first; the rest is added on the case page. */
export function NewCasePage() {
  const translator = useI18n();
  const { t } = translator;
  const { api, navigate } = useConsole();
  useDocumentTitle(t('console.cases.newTitle'));
  const [kind, setKind] = useState<CaseKind>('individual');
  const [forms, setForms] = useState<string[]>([]);
  const [sector, setSector] = useState('');
  const [channel, setChannel] = useState('');
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [narrative, setNarrative] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setFields({});
    try {
      const created = await api.post<{ id: string }>('/api/v1/cases', {
        kind,
        forms,
        sector: sector || null,
        recruitmentChannel: channel || null,
        periodFrom: periodFrom.trim() || null,
        periodTo: periodTo.trim() || null,
        narrative: narrative.trim() || null,
      });
      navigate(`${RECORD_PATH_PREFIXES.case ?? ''}${created.id}`);
    } catch (error) {
      setFields(fieldErrors(error));
      setProblem(errorMessage(translator, error));
      setBusy(false);
    }
  };

  const none = { value: '', label: t('console.cases.none') };
  return (
    <>
      <h1 tabindex={-1}>{t('console.cases.newTitle')}</h1>
      <p>{t('console.cases.newIntro')}</p>
      {problem ? <Message kind="error">{problem}</Message> : null}
      <form class="panel" noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          id="case-kind"
          name="kind"
          label={t('cases.field.kind')}
          value={kind}
          onChange={(v) => setKind(v as CaseKind)}
          options={CASE_KINDS.map((k) => ({ value: k, label: vocab(t, 'kind', k) }))}
          error={fields.kind}
        />
        <CheckboxGroup
          id="case-forms"
          legend={t('cases.field.forms')}
          options={EXPLOITATION_FORMS.map((f) => ({ value: f, label: vocab(t, 'form', f) }))}
          selected={forms}
          onChange={setForms}
          error={fields.forms}
        />
        <SelectField
          id="case-sector"
          name="sector"
          label={t('cases.field.sector')}
          value={sector}
          onChange={setSector}
          options={[none, ...SECTORS.map((s) => ({ value: s, label: vocab(t, 'sector', s) }))]}
          error={fields.sector}
        />
        <SelectField
          id="case-channel"
          name="recruitmentChannel"
          label={t('cases.field.recruitmentChannel')}
          value={channel}
          onChange={setChannel}
          options={[none, ...RECRUITMENT_CHANNELS.map((c) => ({ value: c, label: vocab(t, 'channel', c) }))]}
          error={fields.recruitmentChannel}
        />
        <div class="case-row">
          <Field
            id="case-period-from"
            name="periodFrom"
            label={t('cases.field.periodFrom')}
            autocomplete="off"
            required={false}
            hint={t('console.cases.periodHint')}
            value={periodFrom}
            onInput={setPeriodFrom}
            error={fields.periodFrom}
          />
          <Field
            id="case-period-to"
            name="periodTo"
            label={t('cases.field.periodTo')}
            autocomplete="off"
            required={false}
            hint={t('console.cases.periodHint')}
            value={periodTo}
            onInput={setPeriodTo}
            error={fields.periodTo}
          />
        </div>
        <TextArea
          id="case-narrative"
          label={t('cases.field.narrative')}
          hint={t('console.cases.narrativeHint')}
          value={narrative}
          onInput={setNarrative}
          maxLength={20000}
          error={fields.narrative}
        />
        <div class="actions">
          <button class="button" type="submit" disabled={busy}>
            {t('console.cases.create')}
          </button>
        </div>
      </form>
    </>
  );
}
