/** Running the project's commands from tests, in the project root, without Vitest's own environment. */
import { spawn } from 'node:child_process';

/** Variables Vitest sets for itself; an `astro build` that inherits them renders with Astro's base ignored. */
const testRunnerEnv = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

/** The environment of this process without Vitest's own variables, plus `extra`. */
function childEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !testRunnerEnv.test(key)));
	return { ...env, ...extra };
}

/** Run a command in the project root; resolve with its output, reject with the output's tail on failure. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, {
			cwd: process.cwd(),
			env: childEnv(env),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolvePromise(output);
			else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-6000)}`));
		});
	});
}
