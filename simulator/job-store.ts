import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../src/core/ports/logger.ts';
import { DOWNLOAD_WINDOW_S, type SimJobStore, type StoredJob } from './videos.ts';

const failure = z.object({ code: z.string(), message: z.string() }).nullable();
/** What a job file must hold to be trusted (a torn or edited file is skipped, not fatal). */
const storedJob = z.object({
  record: z.object({
    id: z.string(),
    seq: z.number(),
    model: z.string(),
    prompt: z.string(),
    size: z.string(),
    seconds: z.string(),
    createdAtMs: z.number(),
    // Absent in files written before render slots: such a job started when it was made.
    startsAtMs: z.number().optional(),
    endsAtMs: z.number(),
    renderMs: z.number(),
    planned: failure,
    renderError: failure,
    remixedFromId: z.string().nullable(),
    deleted: z.boolean(),
  }),
  keys: z.array(z.string()),
});

/** Ids the simulator hands out (`video_<hex>`, UUIDs): safe as file names. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * One JSON file per job in `dir`, written to a temporary name and renamed into place, so a
 * crash leaves the old file or the new one, never half of one. Writes are synchronous: a job is
 * on disk before the client hears its id. Records are a few hundred bytes each.
 */
export function createFileJobStore(dir: string, logger: Logger): SimJobStore {
  mkdirSync(dir, { recursive: true });
  const pathOf = (id: string) => join(dir, `${id}.json`);
  const files = () => readdirSync(dir).filter((name) => name.endsWith('.json'));
  return {
    load(nowMs) {
      const jobs: StoredJob[] = [];
      for (const name of files()) {
        const path = join(dir, name);
        let job: StoredJob;
        try {
          const parsed = storedJob.parse(JSON.parse(readFileSync(path, 'utf8')));
          job = {
            ...parsed,
            record: { ...parsed.record, startsAtMs: parsed.record.startsAtMs ?? parsed.record.createdAtMs },
          };
        } catch (error) {
          logger.warn(
            { file: name, err: (error as Error).message },
            'simulator skipped an unreadable job file',
          );
          continue;
        }
        // Past the download window ("Download URLs are valid for a maximum of 1 hour after
        // generation", https://developers.openai.com/api/docs/guides/video-generation) nothing
        // can be fetched any more; the file would only grow the folder.
        if (job.record.deleted || nowMs > job.record.endsAtMs + DOWNLOAD_WINDOW_S * 1000) {
          rmSync(path, { force: true });
          continue;
        }
        jobs.push(job);
      }
      return jobs.sort((a, b) => a.record.createdAtMs - b.record.createdAtMs || a.record.seq - b.record.seq);
    },
    save(record, keys) {
      if (!SAFE_ID.test(record.id)) return;
      const path = pathOf(record.id);
      const partial = `${path}.${process.pid}.part`;
      writeFileSync(partial, JSON.stringify({ record, keys }));
      renameSync(partial, path);
    },
    remove(id) {
      if (SAFE_ID.test(id)) rmSync(pathOf(id), { force: true });
    },
    clear() {
      for (const name of files()) rmSync(join(dir, name), { force: true });
    },
  };
}
