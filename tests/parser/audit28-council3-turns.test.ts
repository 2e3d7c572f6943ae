/**
 * Councils' and study groups' records whose turns a ministry or a prefecture writes its own way: a label alone on its line
 * over the record's telling of what that speaker explained (`○事務局（環境政策課長）` / `資料１－１及び資料１－２により説明。`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('a label alone over what its speaker explained', () => {
	const result = parse([
		'令和６年度第２回北嶺県環境審議会　会議録',
		'',
		'１　開催日時　令和６年１１月２１日（木）午後２時から午後３時３０分まで',
		'２　開催場所　北嶺県庁本館５階　第一会議室',
		'３　会議の概要',
		'○浅野会長',
		'　それでは、議第１号について事務局から説明をお願いします。',
		'○事務局（環境政策課長）',
		'　資料１－１及び資料１－２により説明。',
		'○宇田委員',
		'　森林吸収量の算定方法が変わった点について説明をお願いしたい。',
	]);

	test('the telling is the turn of the label above it, not text after an empty turn', () => {
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['浅野会長', 'それでは、議第１号について事務局から説明をお願いします。'],
			['事務局（環境政策課長）', '資料１－１及び資料１－２により説明。'],
			['宇田委員', '森林吸収量の算定方法が変わった点について説明をお願いしたい。'],
		]);
		expect(result?.diagnostics.filter((d) => d.code === 'empty-remark')).toEqual([]);
	});
});

describe("a 議事要旨's narration naming a member with a foreign name", () => {
	const meeting = parse([
		'第１５回　地域公共交通活性化協議会　議事要旨',
		'',
		'１　日時　令和６年１０月２５日（金）１５時～１６時３０分',
		'２　場所　南浜市役所　第２会議室',
		'３　議事要旨',
		'　事務局から、資料１に基づき説明があった。',
		'　○　ジョン・スミス委員から、観光客向けの多言語案内を充実させるべきとの意見があった。',
		'　○　会長から、本日の意見を踏まえて修正案を作成するよう発言があった。',
	])?.meeting;

	test("is that member's remark, the dot inside the name no list of several", () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['ジョン・スミス委員', '会長']);
	});
});

describe('a numbered part of the record with who presents it in brackets', () => {
	const meeting = parse([
		'第２回　再生可能エネルギー導入促進に関する研究会　議事要旨',
		'',
		'１．日時：令和６年７月８日（月）１４：００～１６：００',
		'２．場所：東和県庁　西庁舎３階　大会議室',
		'３．議事概要',
		'（１）発表「洋上風力発電の現状と課題」（海洋エネルギー研究所　小松主任研究員）',
		'　小松主任研究員から、資料２に基づき発表があった。',
		'（２）質疑応答',
		'（質問）Ａ委員：漁業との共生について、先進地の事例を教えてほしい。',
		'（回答）小松主任研究員：欧州では漁業者が保守作業を担う例がある。',
	])?.meeting;

	test('is no remark of the presenter', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['質問（Ａ委員）', '回答（小松主任研究員）']);
	});
});

describe("the record's notice of the next meeting after the last turn", () => {
	const result = parse([
		'第３回　持続可能な地域交通のあり方に関する検討会　議事概要',
		'',
		'日　時：令和６年１０月８日（火）１３：３０～１５：３０',
		'場　所：国土交通省３号館１０階共用会議室（ＷＥＢ併用）',
		'',
		'【議事概要】',
		'○委員　自家用有償旅客運送との役割分担を明確にすべき。',
		'○委員長　本日の議論を踏まえ、事務局で修文をお願いしたい。',
		'',
		'次回は１１月下旬に開催予定。',
		'',
		'以上',
	]);

	test("is the record's, no more of the chair's words", () => {
		expect(result?.meeting?.remarks.at(-1)?.text).toBe('本日の議論を踏まえ、事務局で修文をお願いしたい。');
		expect(JSON.stringify(result?.body)).toContain('"次回は１１月下旬に開催予定。"');
	});

	test("while the chair's own words of it stay the chair's", () => {
		const spoken = parse([
			'第５回　地域医療構想に関するワーキンググループ　議事録',
			'日時：令和６年９月５日（木）１６：００～１８：００',
			'議事：',
			'○尾形座長　本日はここまでといたします。',
			'',
			'次回は１０月を予定しております。',
		]);
		expect(spoken?.meeting?.remarks.at(-1)?.text).toBe('本日はここまでといたします。\n次回は１０月を予定しております。');
	});
});
