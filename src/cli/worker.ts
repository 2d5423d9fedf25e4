/**
 * Worker thread of the check pool: receives {id, job}, replies {id, report}. Compiled to lib/cli/worker.js.
 */
import { parentPort } from 'worker_threads';
import { checkFile, emptyReport, type CheckJob } from './check-file';
import { describeError } from './io';

parentPort?.on('message', (msg: { id: number; job: CheckJob }) => {
  checkFile(msg.job)
    .catch((e) => emptyReport(msg.job.file, `审核时出错：${describeError(e)}`))
    .then((report) => parentPort?.postMessage({ id: msg.id, report }));
});
