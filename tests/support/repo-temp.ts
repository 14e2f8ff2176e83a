/**
 * A temporary folder inside the repository (node_modules/.cache), for bundles a test builds and
 * imports: a bare '@aws-sdk/...' import resolves there to node_modules, as Lambda resolves it to
 * the runtime's own. node_modules/.cache is absent from a fresh clone, so it is made first.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../../infra/local/runtime.ts';

export async function repoTempDir(prefix: string): Promise<string> {
  const cache = path.join(REPO_ROOT, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  return mkdtemp(path.join(cache, prefix));
}
