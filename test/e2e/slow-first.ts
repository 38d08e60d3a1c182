import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Browser test files run two at a time. On a clean clone Vitest has no timings and orders files by size, so a
 * small but slow file could start last and leave one worker idle at the end. The files known to be slowest
 * start first (measured in CI, slowest first); the rest follow in Vitest's order.
 */
const SLOWEST_FIRST = [
  'public-pages',
  'foundation',
  'help-request',
  'console-group-case',
  'console-staff',
  'offline',
  'layout-rtl',
  'content-alerts',
  'check-offer',
];

const rank = (spec: TestSpecification): number => {
  const name = spec.moduleId.replace(/^.*\//, '').replace(/\.test\.ts$/, '');
  const at = SLOWEST_FIRST.indexOf(name);
  return at < 0 ? SLOWEST_FIRST.length : at;
};

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
