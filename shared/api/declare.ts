import { z } from 'zod';

/**
 * How a domain declares its methods, once each: `'actors.get': takes(actorIdInput).answers<ActorDto>()`.
 * The name is the key, the input is a zod schema (the router validates every call with it), and the output is
 * a type only (plain JSON). The contract, the preload's allowlist, the typed client and the handler map all
 * derive from these declarations.
 */
export interface MethodDeclaration<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** A type only: never set at run time. */
  readonly output?: O;
}

export const takes = <I extends z.ZodType>(input: I) => ({
  answers: <O>(): MethodDeclaration<I, O> => ({ input }),
});

const noInput = z.object({}).default({});

/** A method called without arguments (`{}` or nothing). */
export const takesNothing = () => takes(noInput);
