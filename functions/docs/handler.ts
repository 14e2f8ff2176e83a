/**
 * The API reference page at /docs: Swagger UI (the swagger-ui-dist package) drawing the OpenAPI
 * document. Its script and style are served by this function from the files shipped beside its
 * bundle (the topology's `files`), so the page fetches nothing from another site: no CDN, no
 * fonts, no validator badge (`validatorUrl: null`, which would call validator.swagger.io).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiHandler } from '#http/api';
import { opsFunctions, opsRoutes } from '#topology/ops';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FILES: Readonly<Record<string, string>> = opsFunctions.docs.files;

/** In Lambda the files are beside the bundle; elsewhere (the local runtime, tests) in the repository. */
function located(file: string): string {
  if (process.env['BOUCLIER_BUNDLE'] === 'lambda') return path.join(HERE, file);
  const source = FILES[file];
  if (!source) throw new Error(`${file} is not one of the docs function's files`);
  return path.join(HERE, '..', '..', source);
}

const cache = new Map<string, Promise<string>>();
function text(file: string): Promise<string> {
  let read = cache.get(file);
  if (!read) {
    read = readFile(located(file), 'utf8');
    cache.set(file, read);
  }
  return read;
}

/**
 * Relative URLs: under an API Gateway stage (/prod/docs) they resolve under the stage too.
 * Tags and operations keep the document's order (tags as the document lists them).
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bouclier API reference</title>
<link rel="stylesheet" href="docs/swagger-ui.css">
<style>body { margin: 0; } .swagger-ui .topbar { display: none; }</style>
</head>
<body>
<div id="reference"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({
  url: 'v1/openapi.json',
  dom_id: '#reference',
  deepLinking: true,
  validatorUrl: null,
  defaultModelsExpandDepth: 0,
  displayOperationId: true,
  displayRequestDuration: true,
  persistAuthorization: false,
  tryItOutEnabled: false,
});
</script>
</body>
</html>
`;

const DAY = 'public, max-age=86400';

export const handler = apiHandler('docs', opsRoutes, {
  getDocs: async () => ({ status: 200, body: PAGE }),
  getDocsScript: async () => ({ status: 200, body: await text('swagger-ui/swagger-ui-bundle.js'), headers: { 'cache-control': DAY } }),
  getDocsStyle: async () => ({ status: 200, body: await text('swagger-ui/swagger-ui.css'), headers: { 'cache-control': DAY } }),
});
