/**
 * The environment `astro build` runs with. Astro writes environment variables into some of the modules it
 * builds (its actions runtime carries `_`, which the shell sets to the command it last ran), and the
 * incremental build re-renders every path whose modules changed: the same build launched another way
 * (through `time`, `npx` or another shell) re-rendered every per-meeting JSON file. `_` is left out.
 */

/** The caller's environment without the variables that only say how the build was launched. */
export function astroBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const { _: _launcher, ...rest } = env;
	return rest;
}
