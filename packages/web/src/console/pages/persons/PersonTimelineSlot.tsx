import type { ComponentType } from 'preact';
import { useI18n } from '../../../shared/i18n';
import { PersonTimeline } from '../../components/PersonTimeline';

/** What a part of the person's timeline receives. */
export interface PersonTimelineProps {
  readonly personId: string;
  readonly personCode: string;
  readonly erased: boolean;
}

/**
 * The parts of the timeline on the person page (contacts, services, case status changes), in order. A feature
 * that has events about a person appends its component here; each part loads its own data (with its own
 * permission) and renders a list under the heading this slot provides. With no part, the section is not shown.
 */
export const PERSON_TIMELINE_PARTS: ComponentType<PersonTimelineProps>[] = [
  // Services, case memberships and status changes, and hotline contacts, merged newest first (cases feature).
  ({ personId, erased }) => <PersonTimeline personId={personId} embedded corrections={!erased} />,
];

/** The person page's timeline section: the place where other features show what happened to the person. */
export function PersonTimelineSlot(props: PersonTimelineProps) {
  const { t } = useI18n();
  if (PERSON_TIMELINE_PARTS.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="person-timeline-heading">
      <h2 id="person-timeline-heading">{t('console.persons.timelineTitle')}</h2>
      {PERSON_TIMELINE_PARTS.map((Part, index) => (
        <Part key={index} {...props} />
      ))}
    </section>
  );
}
