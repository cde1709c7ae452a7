// Preloaded (--import) where a benchmark runs the TypeScript sources themselves rather than
// the bundle: resolves their `./x.js` imports to `./x.ts`, which Node then strips of types.
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
    return next(specifier.slice(0, -3) + '.ts', context);
  }
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
