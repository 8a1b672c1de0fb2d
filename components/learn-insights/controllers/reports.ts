/**
 * The five reports, each loaded through the runtime as a `LatestTask`: applying a new filter (or a
 * new runtime, user or token) aborts the loads in flight and starts new ones; Try again reloads one
 * report. Nothing is asked without a token (the view says "sign in" instead). A 403 on any report
 * means the whole view is not for this person.
 */
import type { ReactiveControllerHost } from 'lit';
import type { InsightsFilter, InsightsReportName, InsightsReports, Learn } from '../../../sdk/types.js';
import { failureOf, type Failure } from '../../shared/failure.js';
import { LatestTask } from '../../shared/latest-task.js';

type Args = readonly [Learn | undefined, string | undefined, InsightsFilter];

export class ReportsController {
  private readonly tasks: { [R in InsightsReportName]: LatestTask<Args, InsightsReports[R] | null> };

  constructor(host: ReactiveControllerHost, learn: () => Learn | undefined, filter: () => InsightsFilter) {
    const task = <R extends InsightsReportName>(name: R) =>
      new LatestTask<Args, InsightsReports[R] | null>(
        host,
        () => [learn(), learn()?.user?.token, filter()] as const,
        async ([runtime, token, f], signal) => (runtime && token ? runtime.insights.report(name, f, { signal }) : null),
      );
    this.tasks = { searches: task('searches'), articles: task('articles'), questions: task('questions'), lessons: task('lessons'), feedback: task('feedback') };
  }

  /** The report's data, or null while loading, after a failure or without a token. */
  data<R extends InsightsReportName>(name: R): InsightsReports[R] | null {
    const t = this.tasks[name];
    return t.status === 'complete' ? (t.value as InsightsReports[R] | null) : null;
  }

  pending(name: InsightsReportName): boolean {
    const status = this.tasks[name].status;
    return status === 'initial' || status === 'pending';
  }

  failure(name: InsightsReportName): Failure | null {
    const t = this.tasks[name];
    return t.status === 'error' ? failureOf(t.error) : null;
  }

  /** A refusal that concerns the whole view: `forbidden` or `signed-out` from any report. */
  get refusal(): 'forbidden' | 'signed-out' | null {
    for (const name of Object.keys(this.tasks) as InsightsReportName[]) {
      const f = this.failure(name);
      if (f === 'forbidden' || f === 'signed-out') return f;
    }
    return null;
  }

  reload(name: InsightsReportName): void {
    void this.tasks[name].run();
  }
}
