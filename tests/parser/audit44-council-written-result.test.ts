/**
 * A city's 介護保険運営協議会 held in writing (書面開催) numbers its header's fields as the form does: how it was held
 * (`１　開催方法　書面による開催`), the day the papers went out (`２　資料送付日　…`), the answers' deadline (`３　意見提出期限　…`),
 * the members (`４　委員（敬称略）`, a post, a name, the body each stands for), the staff, the business, the papers, and then
 * what came of it (`８　結果`: all approved, no opinion given), with no section of opinions. The record is read as one: its
 * date the papers' day, its roll, agenda and handouts (it had been kept as a plain document of paragraphs, the layout not
 * recognised: no member, one agenda item cut from a sentence, no handout).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('a council held in writing, with no opinions', () => {
	test('８　結果', () => {
		const { meeting, diagnostics } = parseText(
			[
				'令和６年度第２回ひばり野市介護保険運営協議会（書面開催）　会議録',
				'',
				'１　開催方法　書面による開催',
				'２　資料送付日　令和６年１０月２１日（月）',
				'３　意見提出期限　令和６年１０月３１日（木）',
				'４　委員（敬称略）',
				'　　会長　　　　大槻　昭三（学識経験者）',
				'　　副会長　　　宮前　千鶴（ひばり野市医師会）',
				'　　委員　　　　戸叶　直樹（ひばり野市歯科医師会）',
				'５　事務局',
				'　　介護保険課長　相馬　光一',
				'６　議事',
				'　（１）令和５年度介護保険事業の実施状況について',
				'　（２）地域密着型サービス事業所の指定について',
				'７　資料',
				'　　資料１　令和５年度介護保険事業実施状況報告',
				'　　資料２　地域密着型サービス事業所指定一覧',
				'８　結果',
				'　議事（１）及び（２）について、全委員から承認する旨の回答があった。',
				'　なお、委員からの意見はなかった。',
			].join('\n'),
			'a.txt',
		);
		expect(diagnostics.map((d) => d.code)).toEqual([]);
		expect(meeting?.date).toBe('2024-10-21');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((m) => [m.name, m.title, m.affiliation])])).toEqual([
			[
				'委員',
				[
					['大槻　昭三', '会長', '学識経験者'],
					['宮前　千鶴', '副会長', 'ひばり野市医師会'],
					['戸叶　直樹', '委員', 'ひばり野市歯科医師会'],
				],
			],
			['事務局', [['相馬　光一', '介護保険課長', null]]],
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['令和５年度介護保険事業の実施状況について', '地域密着型サービス事業所の指定について']);
		expect(meeting?.handouts.map((handout) => handout.id)).toEqual(['資料１', '資料２']);
	});
});
