// The durable review service and its scheduler (issue 11), above the stores (src/store/).

export { createCycleService } from './cycle-service.js';
export type { CycleOutcome, CycleService, CycleServiceOptions, CycleTick } from './cycle-types.js';
export {
  createScheduler,
  type Scheduler,
  type SchedulerOptions,
  type SchedulerRun,
} from './scheduler.js';
export { createReviewService } from './service.js';
export type {
  Applied,
  Clock,
  CreateOptions,
  Duplicate,
  Refusal,
  ReviewService,
  ReviewServiceOptions,
  SendOptions,
  SendOutcome,
  ServiceCycle,
  ServiceRefusal,
} from './types.js';
export { nextWakeAt } from './wake.js';
