/**
 * A business meeting's minutes typed in Word with heading styles (`議事内容`, then `決定事項` in `見出し 1` after the turns, a
 * bulleted decision and the next meeting under it): the heading of what was decided, agreed or is to be done next ends the last
 * turn, as `■決定事項` and `【決定事項】` did (its heading, its decisions and the next meeting's date had been read as more of
 * the last speaker's words), bare or numbered (`３．決定事項`).
 */
import { describe, expect, test } from 'vitest';
import { docxToText } from '../../src/converter/docx.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import { makeDocx } from '../converter/docx-fixture.ts';

const HEAD = ['第１５回 製品企画会議 議事録', '日時：2024年10月18日（金）15:00～16:00', '出席者：営業部 高田、開発部 山口', '', '議事内容', '高田：販売店から年内発売の要望が強い。', '山口：では発売は2月を目標とする。'];
const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'kikaku-15.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe('the heading of what was decided after the turns', () => {
	test('a Word heading `決定事項` ends the last turn; its bullet and the next meeting are no words of it', async () => {
		const decoded = await docxToText(
			await makeDocx([
				{ text: '第１５回 製品企画会議 議事録', style: 'Title' },
				{ text: '日時：2024年10月18日（金）15:00～16:00' },
				{ text: '場所：本社 7F 会議室B／Teams' },
				{ text: '出席者：営業部 高田、開発部 山口・井上' },
				{ text: '' },
				{ text: '議事内容', style: 'Heading1' },
				{ text: '高田：販売店から年内発売の要望が強い。' },
				{ text: '山口：量産試作が11月末の予定のため、年内は難しい。' },
				{ text: '高田：では発売は2月を目標とする。' },
				{ text: '決定事項', style: 'Heading1' },
				{ text: '発売時期は2025年2月を目標とする。', list: 'bullet' },
				{ text: '次回：11月15日（金）15:00～' },
			]),
		);
		if (!decoded.ok) throw new Error(decoded.message);
		const meeting = parseDocuments(decoded.text, { source: 'kikaku-15.docx', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['高田', '販売店から年内発売の要望が強い。'],
			['山口', '量産試作が11月末の予定のため、年内は難しい。'],
			['高田', 'では発売は2月を目標とする。'],
		]);
		expect(meeting?.sections.map((section) => section.title)).toContain('決定事項');
	});

	test.each([['決定事項'], ['３．決定事項'], ['確認事項'], ['合意事項'], ['今後の対応'], ['次回']])('%s alone on its line, in plain text too', (heading) => {
		const meeting = read([...HEAD, heading, '・発売時期は2025年2月を目標とする。']);
		expect(meeting?.remarks.at(-1)?.text).toBe('では発売は2月を目標とする。');
	});
});
