/**
 * 農業委員会 総会 minutes as towns and cities publish them: a title set a letter apart, members listed by seat with the
 * member's word (`1番委員  吉 井 美華子`) or after a post with its note (`会長職務代理者（副会長）　９番　鈴　木　茂　樹`), a seat
 * padded as the column's labels are (`９　番　…`), the order of business under `日程及び提出議案の題目`, and the closing time
 * as a field after the turns (`閉会時間　　午後３時４５分`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

function read(text: string) {
	const [result] = parseDocuments(text, { source: 'nogyo.txt', sourceHash: '0'.repeat(64) });
	const meeting = result?.meeting;
	return {
		title: meeting?.title,
		series: meeting?.series,
		groups: (meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => member.name)]),
		remarks: (meeting?.remarks ?? []).map((remark) => [remark.speaker, remark.text]),
		sections: (meeting?.sections ?? []).map((section) => section.title),
		warnings: (result?.diagnostics ?? []).map((diagnostic) => diagnostic.message),
	};
}

describe('a city committee whose members are listed by seat', () => {
	const { title, series, groups, remarks } = read(`第 10 回 農 業 委 員 会 議 事 録

令和６年１２月１９日（木）
みなみ文化会館　1001学習室

出席委員
    1番委員  吉 井 美華子         2番委員  野 口 達 也
    3番委員  関 口 博 昭

欠席委員
    6番委員  鳩 山 隆 史

○元木事務局長  では，定刻になりましたので，ただいまから第10回みなみ市農業委員会総会を開催いたします。
○議長（元木会長）  原案のとおり許可することに賛成の方の挙手を求めます。
（全員挙手）
○議長（元木会長）  全員賛成で許可することに決定いたしました。以上で本日の総会を閉会いたします。

閉会時間　　午後３時４５分
`);

	test('the title set a letter apart reads without the spaces', () => {
		expect(title).toBe('第10回農業委員会議事録');
		expect(series).toBe('農業委員会');
	});

	test('each seat with the member word is a member with the padded name read', () => {
		expect(groups).toEqual([
			['出席委員', ['吉井美華子', '野口達也', '関口博昭']],
			['欠席委員', ['鳩山隆史']],
		]);
	});

	test('the closing time as a field after the turns is no part of the chair\'s words', () => {
		expect(remarks.at(-1)).toEqual(['議長（元木会長）', '全員賛成で許可することに決定いたしました。以上で本日の総会を閉会いたします。']);
	});
});

describe('a town committee with padded labels', () => {
	test('`９　番` speaks, the order of business is the agenda and no line of it a section', () => {
		const { sections, remarks, warnings } = read(`令和６年度第１０回　ひなた町農業委員会総会会議録

招集年月日　　令和７年１月１４日（火）
招集場所　　　ひなた町役場　議場

出席委員
　１番　北垣　寿成　　　８番　内田　章久
　９番　浅田　昭弥

日程及び提出議案の題目
１．開会
２．挨拶
３．議事
　議案第１号　農地法第３条の規定による許可申請書の審議について
４．閉会

議　事
議　長　議案第１号について、事務局より説明を求めます。
事務局長　議案第１号について説明します。申請地は大字中の田、約八百平方メートルです。
９　番　地元の者として、問題はないと考えます。
議　長　全員賛成により、原案のとおり許可と決定しました。
`);
		expect(remarks.map(([speaker]) => speaker)).toEqual(['議長', '事務局長', '９番', '議長']);
		expect(remarks[2]?.[1]).toBe('地元の者として、問題はないと考えます。');
		expect(sections).not.toContain('挨拶');
		expect(warnings.filter((message) => message.includes('not a header section'))).toEqual([]);
	});
});

describe('a city committee with a post noted in brackets before the seat', () => {
	test('`会長職務代理者（副会長）　　９番　鈴　木　茂　樹` is the member 鈴木茂樹', () => {
		const { groups } = read(`第３回　農業委員会総会議事録

１　開催日時　令和６年５月１７日（金）午後２時３０分から午後３時４０分
２　開催場所　みなと市役所本庁舎新館１７階　１７１会議室
３　出席委員（４人）
　　会長　　　　　　　　　　　１４番　西ヶ谷量太郎
　　会長職務代理者（副会長）　　９番　鈴　木　茂　樹
　　委員　１番　池田　省一　　２番　伊藤　彰

４　会議の概要
議長（会長）　ただいまから第３回農業委員会総会を開会します。
３番委員　２件目の申請者は周辺の農地もあわせて耕作する予定ですか。
`);
		expect(groups[0]).toEqual(['出席委員', ['西ヶ谷量太郎', '鈴木茂樹', '池田　省一', '伊藤　彰']]);
	});
});
