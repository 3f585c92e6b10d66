// `node --import ./test/shell/electronLoader.mjs …`: the built shell's `import … from 'electron'` resolves to
// the stand-in, through Node's own module loader (used by the benchmark, which runs outside Vitest).
import { register } from 'node:module';

const standIn = new URL('./electronModule.ts', import.meta.url).href;
register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === 'electron') return { url: ${JSON.stringify(standIn)}, shortCircuit: true };
      return next(specifier, context);
    }`)}`,
);
