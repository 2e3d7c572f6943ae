/**
 * An association's 議題 listing its motions and then a report led by its kind (`第２号議案　…の件` / `報告事項　管理費等滞納状況
 * について`, `その他：…`): each its own item, where the report had run into the motion above it as a wrapped line; a motion's
 * wrapped title still joins.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

describe('an owners’ association’s board listing motions and reports', () => {
	const result = parseLines(
		[
			'さくら台ハイツ管理組合　第８期第５回理事会　議事録',
			'',
			'日時：2024年11月9日（土）10:00～11:30',
			'場所：管理棟集会室',
			'出席理事：理事長　大野健一、理事　村上美穂',
			'',
			'議題',
			'第１号議案　大規模修繕工事の施工会社選定及び',
			'設計監理方式の件',
			'第２号議案　駐輪場の使用細則改定の件',
			'報告事項　管理費等滞納状況について',
			'その他：防災訓練の日程',
			'',
			'審議内容',
			'大野理事長：見積りを3社から取得しました。',
		],
		'sakuradai.txt',
	);

	test('reads each motion and each report as its own item', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual([
			'第１号議案　大規模修繕工事の施工会社選定及び設計監理方式の件',
			'第２号議案　駐輪場の使用細則改定の件',
			'報告事項　管理費等滞納状況について',
			'その他：防災訓練の日程',
		]);
	});
});
