/**
 * Minutes kept in a spreadsheet and saved as text (Excel's "Unicode テキスト" or CSV): label rows, then one turn per
 * row under a header row naming the speaker and words columns. They are read, never refused as a CSV table.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines, turnsOf } from './unseen-helpers.ts';

const sheet = [
	'医療安全管理委員会 議事録\t\t\t',
	'\t\t\t',
	'会議名\t第7回 医療安全管理委員会\t\t',
	'開催日\t2024/10/17(木)\t\t',
	'時間\t17:30-18:45\t\t',
	'場所\t本館4階 第2会議室\t\t',
	'出席者\t医療安全管理室長 高野 由美子、看護部長 松田 里香、臨床工学技士長 木戸 潤\t\t',
	'\t\t\t',
	'No\t議題\t発言者\t内容',
	'1\t前回議事録の確認\t石川委員長\t前回議事録について確認し、修正なく承認された。',
	'2\t9月のインシデント報告\t高野室長\t9月のインシデント報告は計68件。転倒・転落が22件と最多。',
	'2\t\t松田看護部長\t"転倒の多くは夜間のトイレ移動時に発生している。',
	'センサーマットの台数が足りない。"',
	'2\t\t木戸技士長\tセンサーマットは11月中に納品できる。',
	'3\tその他\t石川委員長\t次回は11月21日(木)17:30から開催する。',
];

describe('a speech table saved from Excel as tab-separated text', () => {
	const result = parseLines(sheet);

	test('is read, not refused as a table of tab-separated columns', () => {
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.meeting?.title).toBe('医療安全管理委員会 議事録');
		expect(result.meeting?.location).toBe('本館4階 第2会議室');
	});

	test('is dated by its 開催日 row and timed by its 時間 row', () => {
		expect(result.meeting?.date).toBe('2024-10-17');
		expect(result.meeting?.start).toBe('17:30');
		expect(result.meeting?.end).toBe('18:45');
	});

	test('each row is its speaker’s remark, a cell of several lines whole, each agenda cell a section', () => {
		expect(turnsOf(result)).toEqual([
			['石川委員長', '前回議事録について確認し、修正なく承認された。'],
			['高野室長', '9月のインシデント報告は計68件。転倒・転落が22件と最多。'],
			['松田看護部長', '転倒の多くは夜間のトイレ移動時に発生している。\nセンサーマットの台数が足りない。'],
			['木戸技士長', 'センサーマットは11月中に納品できる。'],
			['石川委員長', '次回は11月21日(木)17:30から開催する。'],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.line)).toEqual([10, 11, 12, 14, 15]);
		expect(result.meeting?.sections.map((section) => section.title).filter(Boolean)).toEqual(['前回議事録の確認', '9月のインシデント報告', 'その他']);
	});

	test('the roll comes from the 出席者 row', () => {
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['高野 由美子', '松田 里香', '木戸 潤']);
	});
});

describe('the same table saved as CSV', () => {
	test('is read with its quoted cells (a comma inside quotes is the cell’s)', () => {
		const result = parseLines([
			'打合せ議事録,,',
			'開催日,2024/6/3(月),',
			',,',
			'発言者,発言内容,備考',
			'田中課長,"予算は、前年並みとする。",',
			'佐藤係長,了解した。,',
		]);
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.meeting?.date).toBe('2024-06-03');
		expect(turnsOf(result)).toEqual([
			['田中課長', '予算は、前年並みとする。'],
			['佐藤係長', '了解した。'],
		]);
	});
});

describe('a CSV table without a speaker column', () => {
	test('is still refused as a table: only a table of turns is read as minutes', () => {
		const result = parseLines(['開催日,2024/6/3', '品名,数量,単価', 'りんご,3,100', 'みかん,5,80', 'ぶどう,1,500', 'もも,2,300']);
		expect(result.meeting).toBeNull();
		expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/comma- or tab-separated columns/u);
	});
});

describe('text lines around a CSV speech table', () => {
	test('keep their commas: a comma in a sentence is the sentence’s, not a cell’s', () => {
		const result = parseLines([
			'打合せ議事録,,',
			'開催日,2024/6/3,',
			',,',
			'本日は、会員1,000名のうち812名が参加した。',
			',,',
			'発言者,発言内容',
			'田中課長,"予算は、前年並みとする。"',
			'佐藤係長,了解した。',
			'参加費は1,500円とする。',
		]);
		const text = `${bodyText(result)}${JSON.stringify(result.meeting)}`;
		expect(text).toContain('会員1,000名のうち812名');
		expect(text).toContain('参加費は1,500円とする。');
		// (the line is text, not a turn of a speaker named `参加費は1`)
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['田中課長', '佐藤係長']);
	});
});
