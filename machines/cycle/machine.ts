import { restoreWithoutContextRevival } from '../no-revival.js';
import { cycleContextFromInput, cycleSetup } from './setup.js';

/**
 * The cycle (đợt kiểm điểm; PROCESS.md §4): one organizer, one review year, one profile, the
 * subjects' reviews. Its context is the small index (`CycleIndex`); the reviews themselves are
 * separate actors, persisted one by one (see `createCycle`). Every host event passes the checks of
 * `cycleVerdict` (guard `admitted`); one no branch admits falls to the root's `'*'`, whose `reject`
 * audits it in the cycle's own chain and changes nothing else. `REVIEW_NOTED` (internal, made by
 * `reviewNoted`) records what a review event changed and is not audited here: the review's own
 * chain holds it. The config is literal so that Stately tools can read it.
 */
export const cycleMachine = cycleSetup.createMachine({
  id: 'cycle',
  version: '1',
  description:
    'Đợt kiểm điểm, đánh giá, xếp loại chất lượng: mở các cuộc kiểm điểm, theo dõi hồ sơ, thứ tự và tỷ lệ, tổng hợp. / A review cycle: opens the reviews, tracks dossiers, order and quota, compiles the summary.',
  meta: { label: { vi: 'Đợt kiểm điểm', en: 'Review cycle' }, actors: ['organizer'] },
  context: cycleContextFromInput,
  initial: 'draft',
  on: {
    TICK: [{ guard: 'admitted', actions: 'accept' }],
    REVIEW_NOTED: [{ guard: 'isReviewNote', actions: 'noteReview' }, { actions: 'reject' }],
    '*': [{ guard: 'isInternalEvent' }, { actions: 'reject' }],
  },
  states: {
    draft: {
      description:
        'Đợt kiểm điểm đã được định nghĩa, chưa mở. / The cycle is defined but not yet open.',
      meta: { label: { vi: 'Chưa mở', en: 'Draft' }, actors: ['organizer'] },
      entry: { type: 'enterState', params: { state: 'draft' } },
      on: {
        OPEN_CYCLE: [
          {
            guard: 'admitted',
            target: 'open',
            actions: [{ type: 'accept', params: { to: 'open' } }, 'openCycle'],
          },
        ],
      },
    },
    open: {
      description:
        'Đang kiểm điểm: các cuộc kiểm điểm chạy, thứ tự xếp loại được bảo đảm, các đơn vị nộp hồ sơ. / Reviews run, the rating order is enforced, units send their dossiers.',
      meta: {
        label: { vi: 'Đang kiểm điểm', en: 'Open' },
        actors: ['organizer', 'unitHead', 'authority'],
      },
      entry: { type: 'enterState', params: { state: 'open' } },
      on: {
        SUBMIT_DOSSIER: [{ guard: 'admitted', actions: ['accept', 'recordDossier'] }],
        COMPILE_SUMMARY: [
          {
            guard: 'admitted',
            target: 'compiled',
            actions: [{ type: 'accept', params: { to: 'compiled' } }, 'recordSummary'],
          },
        ],
      },
    },
    compiled: {
      description:
        'Đã tổng hợp: cơ quan tổng hợp có bảng tổng hợp, có thể tổng hợp lại; hoàn tất khi không còn vượt tỷ lệ chưa có ý kiến của cấp có thẩm quyền. / Compiled: the organizer has the summary and may compile again; finalized once no quota breach stands without an authority override.',
      meta: { label: { vi: 'Đã tổng hợp', en: 'Compiled' }, actors: ['organizer', 'unitHead'] },
      entry: { type: 'enterState', params: { state: 'compiled' } },
      on: {
        SUBMIT_DOSSIER: [{ guard: 'admitted', actions: ['accept', 'recordDossier'] }],
        COMPILE_SUMMARY: [{ guard: 'admitted', actions: ['accept', 'recordSummary'] }],
        FINALIZE: [
          {
            guard: 'admitted',
            target: 'finalized',
            actions: [{ type: 'accept', params: { to: 'finalized' } }, 'recordFinal'],
          },
        ],
      },
    },
    finalized: {
      description:
        'Đã hoàn tất và báo cáo; bảng tổng hợp không đổi nữa. / Finalized and reported; the summary no longer changes.',
      meta: { label: { vi: 'Đã hoàn tất', en: 'Finalized' }, actors: [] },
      entry: { type: 'enterState', params: { state: 'finalized' } },
    },
  },
});

// resumeCycle and restoreCycle hand over the index they checked: no walk of it by XState
restoreWithoutContextRevival(cycleMachine);

export type CycleMachine = typeof cycleMachine;
