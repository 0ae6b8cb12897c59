import { callNames, splitCallName, type Api, type CallName } from '../../shared/contract';
import { ApiError } from '../../shared/errors';
import type { Transport } from './transport';

/**
 * The typed API the UI uses: `await api.projects.create({ path, template })`. It does not know the
 * transport; a failed call throws `ApiError` carrying the translated message.
 */
export function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of callNames) {
    const [domain, verb] = splitCallName(name);
    api[domain] ??= {};
    api[domain][verb] = async (input: unknown) => {
      const reply = await transport.invoke(name as CallName, input ?? {});
      if (!reply.ok) throw new ApiError(reply.error);
      return reply.result;
    };
  }
  return api as unknown as Api;
}
