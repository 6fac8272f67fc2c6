/**
 * The Content-Security-Policy of the built site, written into index.html as a <meta> by the Vite
 * plugin below, and the same text that README.md asks hosts to send as a header.
 *
 * - scripts only from this origin; 'wasm-unsafe-eval' is what WebAssembly.instantiate needs
 *   (DuckDB-WASM), nothing broader;
 * - workers from this origin (the DuckDB worker); fetches only to this origin (data and wasm);
 * - images from this origin and data: (the PNG export draws the chart's SVG from a data: URL);
 * - styles: Svelte sets style attributes, so inline styles are allowed; inline scripts are not.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the policy as the first element of <head> in the build only (the dev server injects its own client). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}
