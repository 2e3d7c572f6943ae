/**
 * A city's workshop and briefing notes: the city's staff speak as `市職員（都市計画課）：…`, who leads the talk as
 * `ファシリテーター：…`. Each is a turn of its own (in Markdown notes the staff's turn had been run into the line above it).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const turns = (source: string, lines: readonly string[]) =>
	parseDocuments(lines.join('\n'), { source, sourceHash: '0'.repeat(64) })[0]?.meeting?.remarks.map((remark) => [remark.speaker, remark.text]);

describe("the city's staff and the facilitator at a workshop", () => {
	test('in Markdown notes, lines one under another', () => {
		expect(
			turns('workshop.md', [
				'# 第２回 北浜駅前まちづくりワークショップ 記録',
				'',
				'- 日時：2024年9月14日（土）13:30〜16:00',
				'- 会場：北浜市民活動センター 3階 ホール',
				'',
				'## 意見交換',
				'',
				'ファシリテーター：各グループの発表を聞いて、共通点はありましたか。',
				'参加者（男性）：どのグループも「滞在できる場所」を求めていると感じました。',
				'参加者（女性）：夜の照明についても議論したかったです。',
				'市職員（都市計画課）：照明については次回、資料を用意します。',
			]),
		).toEqual([
			['ファシリテーター', '各グループの発表を聞いて、共通点はありましたか。'],
			['参加者（男性）', 'どのグループも「滞在できる場所」を求めていると感じました。'],
			['参加者（女性）', '夜の照明についても議論したかったです。'],
			['市職員（都市計画課）', '照明については次回、資料を用意します。'],
		]);
	});
});
