import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const backendDocument = resolve(frontendDir, '../adapter-rest/target/openapi/openapi.json');

function runCheck(source?: string) {
  const env = { ...process.env };
  if (source === undefined) {
    delete env.OPENAPI_SOURCE;
  } else {
    env.OPENAPI_SOURCE = source;
  }
  return spawnSync(process.execPath, ['scripts/api-schema.mjs', 'check'], { cwd: frontendDir, env, encoding: 'utf8' });
}

describe('api:check', () => {
  it.skipIf(!existsSync(backendDocument))('finds src/api/schema.d.ts in line with the backend’s OpenAPI document', () => {
    const result = runCheck();

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails with a clear message when the backend has not been built', () => {
    const result = runCheck(join(tmpdir(), 'no-such-dir', 'openapi.json'));

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("The backend's OpenAPI document is missing");
    expect(result.stderr).toContain('Build the backend first');
  });

  it('fails when the committed types drift from the document', () => {
    const document = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(
      document,
      JSON.stringify({ openapi: '3.1.0', info: { title: 'drifted', version: '0' }, paths: {}, components: { schemas: {} } }),
    );

    const result = runCheck(document);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('src/api/schema.d.ts is out of date');
    expect(result.stderr).toContain('npm run api:generate');
  });
});
