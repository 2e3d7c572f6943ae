/**
 * A 審議会's 次第 numbered as one list, an item the header knows no label for (`２　会長あいさつ`) before the bare `３　議事`
 * and its business nested under it: the business is the agenda, never the minutes' first sections.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const record = (greeting: string) =>
	[
		'第３回ふじみ県景観審議会　議事録',
		'',
		'日時　令和６年１０月２日（水）午前１０時～正午',
		'場所　ふじみ県庁本館５階　第１会議室',
		'',
		'次　第',
		'　１　開会',
		`　２　${greeting}`,
		'　３　議事',
		'　　（１）景観計画の変更について（諮問）',
		'　　（２）屋外広告物条例の運用について（報告）',
		'　４　閉会',
		'',
		'○前川会長　ただいまから審議会を開会いたします。',
		'○高田委員　眺望景観の保全区域は拡大すべきだと考えます。',
	].join('\n');

const read = (text: string) => parseDocuments(text, { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe('the business nested under a bare 議事 in a 次第', () => {
	test.each(['会長あいさつ', '委員紹介', '部長あいさつ'])('after `２　%s` it is the agenda', (greeting) => {
		const meeting = read(record(greeting));
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['景観計画の変更について（諮問）', '屋外広告物条例の運用について（報告）']);
		expect(meeting?.sections.map((section) => section.title)).not.toContain('景観計画の変更について（諮問）');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['前川会長', '高田委員']);
	});
});
