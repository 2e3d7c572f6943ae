/**
 * The signers under an association's minutes written without seals, a post and a name a line (`理事長　大野健一`, under
 * `議事録署名人` or `…次に記名押印する。`), in text and in Markdown, and sealed signatures in Markdown (`代表理事　小野寺 健　㊞`):
 * notes of the record, never turns of the post they name.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines, turnsOf } from './unseen-helpers.ts';

describe('an owners’ association’s board in text, its signers under their heading', () => {
	const result = parseLines(
		[
			'さくら台ハイツ管理組合　第８期第５回理事会　議事録',
			'',
			'日時：2024年11月9日（土）10:00～11:30',
			'場所：管理棟集会室',
			'出席理事：理事長　大野健一、理事　村上美穂、理事　近藤亮',
			'',
			'第１号議案　駐輪場の使用細則改定の件',
			'大野理事長：放置自転車が増えているため、登録制にしたいと思います。',
			'近藤理事：登録シールの費用はどうなりますか。',
			'大野理事長：組合負担とします。',
			'賛成多数で原案どおり承認された。',
			'',
			'以上',
			'',
			'議事録署名人',
			'理事長　大野健一',
			'理事　　村上美穂',
		],
		'sakuradai.txt',
	);

	test('keeps the turns, and no signer speaks', () => {
		expect(turnsOf(result)).toEqual([
			['大野理事長', '放置自転車が増えているため、登録制にしたいと思います。'],
			['近藤理事', '登録シールの費用はどうなりますか。'],
			['大野理事長', '組合負担とします。'],
		]);
		expect(notesOf(result).slice(-3)).toEqual(['議事録署名人', '理事長　大野健一', '理事　　村上美穂']);
	});

	test('still reads a turn after a sentence that speaks of signing', () => {
		const spoken = parseLines(['理事会　議事録', '', '日時：2024年11月9日', '', '議長：議事録は議長及び出席理事が次に記名押印する。', '理事長：異議ありません。これで閉会します。'], 'b.txt');
		expect(turnsOf(spoken).map(([speaker]) => speaker)).toEqual(['議長', '理事長']);
	});
});

describe('a general incorporated association’s board in Markdown, sealed and unsealed signers', () => {
	const result = parseLines(
		[
			'# 一般社団法人テスト技術協会 第10回 理事会議事録',
			'',
			'- 日時：2024年3月15日（金）15:00〜16:30',
			'- 出席理事：代表理事 小野寺 健、理事 坂井 大輔',
			'',
			'## 第1号議案　事業計画承認の件',
			'',
			'坂井理事：資料1に基づき説明します。',
			'',
			'以上の決議を明確にするため、出席した代表理事及び監事は次に記名押印する。',
			'',
			'2024年3月15日',
			'',
			'代表理事　小野寺 健　㊞',
			'',
			'監事　千田 誠　㊞',
			'',
			'- 議事録署名人　坂井 大輔',
		],
		'kyokai.md',
	);

	test('reads the opening, the date and each signer as notes, no turn of 代表理事', () => {
		expect(turnsOf(result)).toEqual([['坂井理事', '資料1に基づき説明します。']]);
		expect(notesOf(result)).toEqual(['以上の決議を明確にするため、出席した代表理事及び監事は次に記名押印する。', '2024年3月15日', '代表理事　小野寺 健　㊞', '監事　千田 誠　㊞']);
		const last = result.body.at(-1)?.children.at(-1);
		expect(last?.type === 'list' ? last.items.map((item) => item.text) : last).toEqual(['議事録署名人　坂井 大輔']);
	});

	test('still reads a turn that speaks of signing, and the turns after it', () => {
		const spoken = parseLines(['# 理事会 議事録', '', '- 日時：2024年3月15日', '', '## 議事', '', '議長：議事録は議長及び出席理事が次に記名押印する。', '', '理事長：異議ありません。'], 'c.md');
		expect(turnsOf(spoken)).toEqual([
			['議長', '議事録は議長及び出席理事が次に記名押印する。'],
			['理事長', '異議ありません。'],
		]);
	});
});
