import {
  DOCUMENT_TYPES,
  IDENTIFICATION_STATUSES,
  SEXES,
  VULNERABILITY_FACTORS,
  type MessageKey,
} from '@putokaz/core';
import type { TargetedEvent } from 'preact';
import { useI18n } from '../../../shared/i18n';
import { AssigneeField, type AssignableState } from '../../components/AssigneePicker';
import { Field, FieldNotes, SelectField, describedBy } from '../../components/Field';
import { codes, formatBirthDate, lines, parseBirthDate, type PersonRecord } from './person-types';

export interface DocumentRow {
  type: string;
  number: string;
  issuingCountry: string;
}
export interface AddressRow {
  address: string;
  city: string;
  country: string;
}

/** What the person form edits, as the controls hold it (text). */
export interface PersonFormValues {
  givenName: string;
  familyName: string;
  aliases: string;
  birth: string;
  phones: string;
  emails: string;
  sex: string;
  identificationStatus: string;
  identifiedOn: string;
  citizenships: string;
  languages: string;
  vulnerabilities: string[];
  documents: DocumentRow[];
  addresses: AddressRow[];
  team: string;
  /** The assigned worker's staff id, or '' for none. */
  assignedTo: string;
}

export const EMPTY_FORM: PersonFormValues = {
  givenName: '',
  familyName: '',
  aliases: '',
  birth: '',
  phones: '',
  emails: '',
  sex: '',
  identificationStatus: 'unknown',
  identifiedOn: '',
  citizenships: '',
  languages: '',
  vulnerabilities: [],
  documents: [],
  addresses: [],
  team: '',
  assignedTo: '',
};

export function formFromPerson(person: PersonRecord): PersonFormValues {
  return {
    givenName: person.givenName ?? '',
    familyName: person.familyName ?? '',
    aliases: person.aliases.join('\n'),
    birth: formatBirthDate(person.birthDate),
    phones: person.phones.join('\n'),
    emails: person.emails.join('\n'),
    sex: person.sex ?? '',
    identificationStatus: person.identificationStatus,
    identifiedOn: person.identifiedOn ?? '',
    citizenships: person.citizenships.join(', '),
    languages: person.languages.join(', '),
    vulnerabilities: [...person.vulnerabilities],
    documents: person.documents.map((d) => ({
      type: d.type,
      number: d.number,
      issuingCountry: d.issuingCountry ?? '',
    })),
    addresses: person.addresses.map((a) => ({
      address: a.address,
      city: a.city ?? '',
      country: a.country ?? '',
    })),
    team: person.team ?? '',
    assignedTo: person.assignedTo ?? '',
  };
}

/**
 * The API body of the form's values (only the fields shown: `full` adds everything beyond the create form),
 * or the field problems found before sending.
 */
export function bodyFromForm(
  values: PersonFormValues,
  options: {
    full: boolean;
    withTeam: boolean;
    /** The assigned worker the record has: the form sends `assignedTo` only when it differs. */
    assignedFrom?: string | null;
  },
): { body: Record<string, unknown>; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const birthDate = parseBirthDate(values.birth);
  if (birthDate === undefined) problems.birthDate = 'console.persons.birthInvalid';
  const body: Record<string, unknown> = {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    phones: lines(values.phones),
    emails: lines(values.emails),
    sex: values.sex || null,
    identificationStatus: values.identificationStatus,
    ...(birthDate !== undefined ? { birthDate } : {}),
  };
  if (!body.givenName) problems.givenName = 'errors.validation.required';
  if (!body.familyName) problems.familyName = 'errors.validation.required';
  if (values.identificationStatus === 'identified') body.identifiedOn = values.identifiedOn || null;
  if (options.full) {
    Object.assign(body, {
      aliases: lines(values.aliases),
      citizenships: codes(values.citizenships, true),
      languages: codes(values.languages, false),
      vulnerabilities: values.vulnerabilities,
      documents: values.documents
        .filter((d) => d.number.trim())
        .map((d) => ({
          type: d.type || 'other',
          number: d.number.trim(),
          issuingCountry: d.issuingCountry.trim().toUpperCase() || null,
        })),
      addresses: values.addresses
        .filter((a) => a.address.trim())
        .map((a) => ({
          address: a.address.trim(),
          city: a.city.trim() || null,
          country: a.country.trim().toUpperCase() || null,
        })),
    });
    if (options.withTeam) body.team = values.team.trim() || null;
    const assignedTo = values.assignedTo || null;
    if (options.assignedFrom !== undefined && assignedTo !== options.assignedFrom)
      body.assignedTo = assignedTo;
  }
  return { body, problems };
}

function TextArea({
  id,
  label,
  hint,
  error,
  value,
  onInput,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} />
      <textarea
        id={id}
        name={id}
        rows={3}
        spellcheck={false}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event: TargetedEvent<HTMLTextAreaElement>) => onInput(event.currentTarget.value)}
      />
      <FieldNotes id={id} error={error} />
    </div>
  );
}

/** The fields of a person, controlled; `full` shows every field (the edit form), else those of the create form. */
export function PersonFields({
  idPrefix,
  values,
  onChange,
  errors,
  full,
  withTeam,
  assignment,
}: {
  idPrefix: string;
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  errors: Record<string, string>;
  full: boolean;
  withTeam: boolean;
  /** The edit form's assigned worker picker: the staff list, and the record's assignee and team now. */
  assignment?: { staff: AssignableState; currentName: string | null; currentTeam: string | null };
}) {
  const translator = useI18n();
  const { t } = translator;
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const id = (name: string) => `${idPrefix}-${name}`;
  const field = (name: string) => t(`persons.field.${name}` as MessageKey);
  const choose = { value: '', label: t('console.persons.choose') };
  return (
    <>
      <Field
        id={id('givenName')}
        name="givenName"
        autocomplete="off"
        label={field('givenName')}
        error={errors.givenName}
        value={values.givenName}
        onInput={(v) => set('givenName', v)}
      />
      <Field
        id={id('familyName')}
        name="familyName"
        autocomplete="off"
        label={field('familyName')}
        error={errors.familyName}
        value={values.familyName}
        onInput={(v) => set('familyName', v)}
      />
      {full ? (
        <TextArea
          id={id('aliases')}
          label={field('aliases')}
          hint={t('console.persons.aliasesHint')}
          error={errors.aliases}
          value={values.aliases}
          onInput={(v) => set('aliases', v)}
        />
      ) : null}
      <Field
        id={id('birthDate')}
        name="birthDate"
        autocomplete="off"
        required={false}
        label={field('birthDate')}
        hint={t('console.persons.birthHint')}
        error={errors.birthDate}
        maxLength={10}
        value={values.birth}
        onInput={(v) => set('birth', v)}
      />
      <TextArea
        id={id('phones')}
        label={field('phones')}
        hint={t('console.persons.phonesHint')}
        error={errors.phones}
        value={values.phones}
        onInput={(v) => set('phones', v)}
      />
      <TextArea
        id={id('emails')}
        label={field('emails')}
        hint={t('console.persons.emailsHint')}
        error={errors.emails}
        value={values.emails}
        onInput={(v) => set('emails', v)}
      />
      <SelectField
        id={id('sex')}
        name="sex"
        label={field('sex')}
        options={[choose, ...SEXES.map((s) => ({ value: s, label: t(`persons.sex.${s}` as MessageKey) }))]}
        value={values.sex}
        onChange={(v) => set('sex', v)}
        error={errors.sex}
      />
      <SelectField
        id={id('identificationStatus')}
        name="identificationStatus"
        label={field('identificationStatus')}
        options={IDENTIFICATION_STATUSES.map((s) => ({
          value: s,
          label: t(`persons.status.${s}` as MessageKey),
        }))}
        value={values.identificationStatus}
        onChange={(v) => set('identificationStatus', v)}
        error={errors.identificationStatus}
      />
      {values.identificationStatus === 'identified' ? (
        <Field
          id={id('identifiedOn')}
          name="identifiedOn"
          type="date"
          autocomplete="off"
          label={field('identifiedOn')}
          error={errors.identifiedOn}
          value={values.identifiedOn}
          onInput={(v) => set('identifiedOn', v)}
        />
      ) : null}
      {full ? (
        <>
          <Field
            id={id('citizenships')}
            name="citizenships"
            autocomplete="off"
            required={false}
            label={field('citizenships')}
            hint={t('console.persons.listHint')}
            error={errors.citizenships}
            value={values.citizenships}
            onInput={(v) => set('citizenships', v)}
          />
          <Field
            id={id('languages')}
            name="languages"
            autocomplete="off"
            required={false}
            label={field('languages')}
            hint={t('console.persons.languagesHint')}
            error={errors.languages}
            value={values.languages}
            onInput={(v) => set('languages', v)}
          />
          <fieldset class="checkbox-group">
            <legend>{field('vulnerabilities')}</legend>
            {VULNERABILITY_FACTORS.map((factor) => (
              <label key={factor}>
                <input
                  type="checkbox"
                  name="vulnerabilities"
                  value={factor}
                  checked={values.vulnerabilities.includes(factor)}
                  onChange={(event: TargetedEvent<HTMLInputElement>) =>
                    set(
                      'vulnerabilities',
                      event.currentTarget.checked
                        ? [...values.vulnerabilities, factor]
                        : values.vulnerabilities.filter((f) => f !== factor),
                    )
                  }
                />
                {t(`persons.vulnerability.${factor}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          <fieldset class="row-editor">
            <legend>{field('documents')}</legend>
            {values.documents.map((doc, index) => {
              const update = (patch: Partial<DocumentRow>) =>
                set(
                  'documents',
                  values.documents.map((d, i) => (i === index ? { ...d, ...patch } : d)),
                );
              return (
                <div class="row-editor__row" key={index}>
                  <SelectField
                    id={id(`document-${index}-type`)}
                    name="documentType"
                    label={t('console.persons.documentType')}
                    options={[
                      choose,
                      ...DOCUMENT_TYPES.map((d) => ({
                        value: d,
                        label: t(`persons.document.${d}` as MessageKey),
                      })),
                    ]}
                    value={doc.type}
                    onChange={(v) => update({ type: v })}
                  />
                  <Field
                    id={id(`document-${index}-number`)}
                    name="documentNumber"
                    autocomplete="off"
                    required={false}
                    label={t('console.persons.documentNumber')}
                    error={errors[`documents.${index}.number`]}
                    value={doc.number}
                    onInput={(v) => update({ number: v })}
                  />
                  <Field
                    id={id(`document-${index}-country`)}
                    name="documentCountry"
                    autocomplete="off"
                    required={false}
                    maxLength={2}
                    label={t('console.persons.documentCountry')}
                    value={doc.issuingCountry}
                    onInput={(v) => update({ issuingCountry: v })}
                  />
                  <p>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      onClick={() =>
                        set(
                          'documents',
                          values.documents.filter((_, i) => i !== index),
                        )
                      }
                    >
                      {t('console.persons.removeDocument', { number: index + 1 })}
                    </button>
                  </p>
                </div>
              );
            })}
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() =>
                set('documents', [...values.documents, { type: '', number: '', issuingCountry: '' }])
              }
            >
              {t('console.persons.addDocument')}
            </button>
          </fieldset>
          <fieldset class="row-editor">
            <legend>{field('addresses')}</legend>
            {values.addresses.map((address, index) => {
              const update = (patch: Partial<AddressRow>) =>
                set(
                  'addresses',
                  values.addresses.map((a, i) => (i === index ? { ...a, ...patch } : a)),
                );
              return (
                <div class="row-editor__row" key={index}>
                  <Field
                    id={id(`address-${index}-address`)}
                    name="address"
                    autocomplete="off"
                    required={false}
                    label={t('console.persons.address')}
                    value={address.address}
                    onInput={(v) => update({ address: v })}
                  />
                  <Field
                    id={id(`address-${index}-city`)}
                    name="city"
                    autocomplete="off"
                    required={false}
                    label={t('console.persons.city')}
                    value={address.city}
                    onInput={(v) => update({ city: v })}
                  />
                  <Field
                    id={id(`address-${index}-country`)}
                    name="country"
                    autocomplete="off"
                    required={false}
                    maxLength={2}
                    label={t('console.persons.country')}
                    value={address.country}
                    onInput={(v) => update({ country: v })}
                  />
                  <p>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      onClick={() =>
                        set(
                          'addresses',
                          values.addresses.filter((_, i) => i !== index),
                        )
                      }
                    >
                      {t('console.persons.removeAddress', { number: index + 1 })}
                    </button>
                  </p>
                </div>
              );
            })}
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => set('addresses', [...values.addresses, { address: '', city: '', country: '' }])}
            >
              {t('console.persons.addAddress')}
            </button>
          </fieldset>
          {assignment ? (
            <AssigneeField
              id={id('assignedTo')}
              label={field('assignedTo')}
              value={values.assignedTo}
              currentName={assignment.currentName}
              state={assignment.staff}
              error={errors.assignedTo}
              onChange={(v) => set('assignedTo', v)}
            />
          ) : null}
          {withTeam ? (
            <>
              <Field
                id={id('team')}
                name="team"
                autocomplete="off"
                required={false}
                label={field('team')}
                hint={t('console.assign.teamHint')}
                error={errors.team}
                value={values.team}
                onInput={(v) => set('team', v)}
              />
              {assignment && values.team.trim() !== (assignment.currentTeam ?? '') ? (
                <p class="field__hint" role="status">
                  {t('console.assign.teamMoved')}
                </p>
              ) : null}
            </>
          ) : assignment ? (
            <div class="field" id={id('team')}>
              <p>
                <strong>{field('team')}:</strong> {assignment.currentTeam ?? t('console.notSet')}
              </p>
              <p class="field__hint">{t('console.assign.teamLocked')}</p>
              {errors.team ? <p class="field__error">{errors.team}</p> : null}
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
