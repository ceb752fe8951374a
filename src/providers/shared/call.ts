import type { ReelbotError } from '../../core/errors.ts';
import type { Logger } from '../../core/ports/logger.ts';
import type { Operation } from './http-failure.ts';

/**
 * Run one provider call; whatever it throws comes back as the adapter's mapped ReelbotError,
 * logged at debug level once (the job's own log line says what it means for the clip).
 */
export async function mappedCall<T>(
  operation: Operation,
  run: () => Promise<T>,
  map: (error: unknown) => ReelbotError,
  logger: Logger,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw loggedFailure(logger, operation, map(error));
  }
}

/** The mapped failure, after a debug line naming the operation and the code it got. */
export function loggedFailure(logger: Logger, operation: Operation, mapped: ReelbotError): ReelbotError {
  logger.debug(
    { operation, code: mapped.code, retryable: mapped.retryable, err: mapped.message },
    'provider call failed',
  );
  return mapped;
}
