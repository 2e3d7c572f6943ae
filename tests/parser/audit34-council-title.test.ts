/**
 * A title whose record word is spaced out on the line under the body's name (`第４回　…技術研究会` / `議　事　録`) names the
 * body alone as its series (the spaced word had stayed in the series); the title keeps the word as written.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('a record word spaced out under the title', () => {
	test.each(['議　事　録', '議 事 要 旨', '会　議　録'])('`%s`', (word) => {
		const result = parse([
			'第４回　インフラ点検技術研究会',
			word,
			'',
			'日　　時：令和６年２月２９日（木）　１５：００～１７：００',
			'出席者　：（委員）田中委員長、宮本副委員長、岸本委員',
			'',
			'○田中委員長　よろしくお願いします。',
			'○岸本委員　誤判定の場合の責任の所在はどのように整理されていますか。',
		]);
		expect(result?.meeting?.series).toBe('インフラ点検技術研究会');
		expect(result?.meeting?.session).toBe(4);
		expect(result?.meeting?.title).toBe(`第４回　インフラ点検技術研究会 ${word}`);
	});
});
