/**
 * The reference build: the same converted records as a minimal Hugo site (one page per meeting with
 * its remarks, `<html lang="ja">`, `data-pagefind-body`), built by `hugo` and indexed by the Pagefind CLI as it
 * comes (`pagefind --site public`: its own Japanese segmentation, one index): the setup the field uses.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Entry } from '../../src/converter/content.ts';
import { ROOT } from './pipeline.ts';
import { runMeasured, type Measured } from './process-tree.ts';

/** `hugo version` output, or null when hugo is not on PATH. */
export function hugoVersion(): string | null {
	try {
		return execFileSync('hugo', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return null;
	}
}

/** Backslash-escape Markdown punctuation so remark text stays text in Hugo's Markdown. */
function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (char) => `\\${char}`);
}

const LAYOUT = `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body>
</html>
`;
const LIST = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
`;

/** Write the Hugo site for `entries` into `dir`. */
export async function writeHugoSite(dir: string, entries: readonly Entry[]): Promise<void> {
	await mkdir(join(dir, 'layouts/_default'), { recursive: true });
	await mkdir(join(dir, 'content/meetings'), { recursive: true });
	await writeFile(
		join(dir, 'hugo.toml'),
		`baseURL = "/"\nlanguageCode = "ja"\ndefaultContentLanguageInSubdir = false\nhasCJKLanguage = true\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n`,
	);
	await writeFile(join(dir, 'layouts/_default/single.html'), LAYOUT);
	await writeFile(join(dir, 'layouts/_default/list.html'), LIST);
	await writeFile(join(dir, 'layouts/index.html'), LIST);
	for (const { id, meeting } of entries) {
		const body = meeting.remarks.map((remark) => `### ${escapeMarkdown(remark.speaker)} {#${remark.id}}\n\n${remark.text.split('\n').map(escapeMarkdown).join('\n\n')}\n`);
		await writeFile(join(dir, 'content/meetings', `${id}.md`), `---\ntitle: ${JSON.stringify(meeting.title)}\ndate: ${meeting.date}\n---\n\n${body.join('\n')}`);
	}
}

/** Build the Hugo site in `dir` into `dir/public` and index it with the Pagefind CLI; both measured. */
export async function buildHugoReference(dir: string, nice: number): Promise<{ hugo: Measured; index: Measured; publicDir: string }> {
	const publicDir = join(dir, 'public');
	const hugo = await runMeasured('hugo', ['--source', dir, '--destination', publicDir, '--quiet'], { cwd: dir, nice });
	if (hugo.code !== 0) throw new Error(`hugo exited with ${hugo.code}:\n${hugo.output.slice(-4000)}`);
	const index = await runMeasured(process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', publicDir], { cwd: ROOT, nice });
	if (index.code !== 0) throw new Error(`pagefind over the Hugo site exited with ${index.code}:\n${index.output.slice(-4000)}`);
	return { hugo, index, publicDir };
}
