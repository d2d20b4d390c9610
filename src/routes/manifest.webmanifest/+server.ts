import { messagesFor } from '$lib/i18n/server-messages';
import { manifestResponse, webManifest } from '$lib/i18n/web-manifest';
import type { RequestHandler } from './$types';

// The language-neutral pages' manifest, written at build time.
export const prerender = true;

export const GET: RequestHandler = () => manifestResponse(webManifest(null, messagesFor('en')));
