/**
 * A direct YAML writer for meeting records: the same text as the `yaml` package's `stringify` with the
 * frontmatter options (block collections, sequences indented under their key, every string double-quoted,
 * no line folding), written in one pass instead of through a document tree. It covers what a record
 * holds (plain objects with identifier keys, arrays, strings, finite numbers, booleans, null) and returns
 * null for anything else (another key, a shared or cyclic object, a class instance), so that the caller
 * falls back to `stringify`. tests/converter/frontmatter-yaml.test.ts checks it against `stringify`.
 */

/** The options of `stringify` this writer reproduces (src/converter/mdx.ts passes the same ones). */
export const FRONTMATTER_YAML_OPTIONS = {
	lineWidth: 0,
	minContentWidth: 0,
	defaultStringType: 'QUOTE_DOUBLE',
	defaultKeyType: 'PLAIN',
	indent: 2,
	indentSeq: true,
} as const;

/** Keys written plain: identifiers that the YAML core schema does not read as null or a boolean. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/u;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/u;
/** `yaml`'s `doubleQuotedMinMultiLineLength`: shorter strings keep `\n` escaped on one line. */
const MIN_MULTILINE_LENGTH = 40;
/** A line starting like a document marker (`---`, `...`, `%`). */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/mu;

/** Thrown inside the writer when a value is outside what it covers. */
class Unsupported extends Error {}

/**
 * A double-quoted scalar as `yaml` writes it (its `doubleQuotedString`, not an implicit key): JSON escapes,
 * YAML's short escapes for some control characters, and each `\n` written as a folded line break with `indent`.
 */
function doubleQuoted(value: string, contextIndent: string): string {
	const json = JSON.stringify(value);
	const indent = contextIndent || (DOCUMENT_MARKER.test(value) ? '  ' : '');
	let str = '';
	let start = 0;
	// Only escapes need work: jump from one backslash to the next (JSON has no other backslashes).
	for (let i = json.indexOf('\\'); i !== -1; i = json.indexOf('\\', i + 1)) {
		const next = json[i + 1];
		if (next === 'n' && json[i - 1] === ' ') {
			// A space before a newline is escaped so that folding keeps it.
			str += `${json.slice(start, i - 1)}\\ `;
			start = i;
		}
		if (next === 'u') {
			str += json.slice(start, i);
			const code = json.slice(i + 2, i + 6);
			str += SHORT_ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : json.slice(i, i + 6));
			i += 5;
			start = i + 1;
		} else if (next === 'n') {
			if (json[i + 2] === '"' || json.length < MIN_MULTILINE_LENGTH) {
				i += 1;
			} else {
				// Folding eats the first line break: one newline is written as two.
				str += `${json.slice(start, i)}\n\n`;
				while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
					str += '\n';
					i += 2;
				}
				str += indent;
				// A space after a newline is escaped so that folding keeps it.
				if (json[i + 2] === ' ') str += '\\';
				i += 1;
				start = i + 1;
			}
		} else {
			i += 1;
		}
	}
	return start ? str + json.slice(start) : json;
}

/** YAML's own escapes for characters JSON writes as `\u00XX` (and two line separators). */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
	'0000': '\\0',
	'0007': '\\a',
	'000b': '\\v',
	'001b': '\\e',
	'0085': '\\N',
	'00a0': '\\_',
	'2028': '\\L',
	'2029': '\\P',
};

/** A scalar's text, or null when the value is a collection. */
function scalar(value: unknown, indent: string): string | null {
	switch (typeof value) {
		case 'string':
			return doubleQuoted(value, indent);
		case 'number':
			if (!Number.isFinite(value)) throw new Unsupported();
			return Object.is(value, -0) ? '-0' : JSON.stringify(value);
		case 'boolean':
			return value ? 'true' : 'false';
		case 'object':
			return value === null ? 'null' : null;
		default:
			throw new Unsupported();
	}
}

/** The entries of a plain object that are written (undefined values are left out, as `stringify` does). */
function entries(value: object): [string, unknown][] {
	const prototype = Object.getPrototypeOf(value) as unknown;
	if (prototype !== Object.prototype && prototype !== null) throw new Unsupported();
	const out: [string, unknown][] = [];
	for (const key of Object.keys(value)) {
		if (!PLAIN_KEY.test(key) || RESERVED_KEY.test(key)) throw new Unsupported();
		const item = (value as Record<string, unknown>)[key];
		if (item !== undefined) out.push([key, item]);
	}
	return out;
}

/** Writes collections into `lines`; `seen` refuses an object met twice (`stringify` would write an alias). */
class Writer {
	readonly lines: string[] = [];
	private readonly seen = new Set<object>();

	/** Remember a collection, refusing one met before. */
	private visit(value: object): void {
		if (this.seen.has(value)) throw new Unsupported();
		this.seen.add(value);
	}

	/** A non-empty collection's lines at `indent`; the first line starts with `lead` instead of the indent. */
	collection(value: object, indent: string, lead: string): void {
		this.visit(value);
		if (Array.isArray(value)) this.sequence(value, indent, lead);
		else this.map(entries(value), indent, lead);
	}

	/** A value after `key:` or `- `: a scalar or an empty collection on the same line, else the collection below. */
	private value(value: unknown, indent: string, prefix: string, nested: (collection: object) => void): void {
		const text = scalar(value, indent);
		if (text !== null) {
			this.lines.push(`${prefix} ${text}`);
			return;
		}
		const collection = value as object;
		if (Array.isArray(collection) ? collection.length === 0 : entries(collection).length === 0) {
			this.visit(collection);
			this.lines.push(`${prefix} ${Array.isArray(collection) ? '[]' : '{}'}`);
			return;
		}
		nested(collection);
	}

	private map(pairs: [string, unknown][], indent: string, lead: string): void {
		pairs.forEach(([key, item], index) => {
			const prefix = `${index === 0 ? lead : indent}${key}:`;
			this.value(item, `${indent}  `, prefix, (collection) => {
				this.lines.push(prefix);
				this.collection(collection, `${indent}  `, `${indent}  `);
			});
		});
	}

	private sequence(items: unknown[], indent: string, lead: string): void {
		for (let index = 0; index < items.length; index++) {
			if (!(index in items)) throw new Unsupported();
			const prefix = `${index === 0 ? lead : indent}-`;
			this.value(items[index], `${indent}  `, prefix, (collection) => this.collection(collection, `${indent}  `, `${prefix} `));
		}
	}
}

/** The YAML text of a record (ending in a newline), exactly as `stringify(record, FRONTMATTER_YAML_OPTIONS)`; null when the record holds something this writer does not cover. */
export function writeFrontmatterYaml(record: unknown): string | null {
	if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
	try {
		const writer = new Writer();
		if (entries(record).length === 0) return '{}\n';
		writer.collection(record, '', '');
		return `${writer.lines.join('\n')}\n`;
	} catch (error) {
		if (error instanceof Unsupported) return null;
		throw error;
	}
}
