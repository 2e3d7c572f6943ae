/**
 * What names an assembly's sitting when more than its title says so: a PDF's running head that dates the sitting
 * (`令和６年１２月１０日　　ゆうひ市議会定例会会議録（第３号）`) over the title with the session's number, a minutes system's page
 * title (`会議録検索システム　こがね市議会`) over a committee's record, and a special committee's business under `調査事件`.
 */
import { describe, expect, test } from 'vitest';
import { pageText, withPageTitle } from '../../src/converter/html-text.ts';
import { parseText } from './unseen-helpers.ts';

const RUNNING_HEAD = `令和６年１２月１０日　　ゆうひ市議会定例会会議録（第３号）

令和６年第４回ゆうひ市議会定例会会議録（第３号）

１．日　　時　　令和６年１２月１０日（火）午前１０時
１．出席議員　　２名
　　１番　　新　田　　　光　　　２番　　金　子　真　琴

○議長（金子真琴君）　ただいまから本日の会議を開きます。
○議長（金子真琴君）　本日はこれで散会します。
`;

const SYSTEM_PAGE = `<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>会議録検索システム　こがね市議会</TITLE>
</HEAD>
<BODY>
<PRE>
　　　　　　　　　　建設経済委員会会議録

　　　　　　　　　　　　　　　　　　　令和６年６月１９日（水曜日）

１　出席委員（２名）
　　　委　員　長　　　桜　井　　　淳
　　　副委員長　　　　伊　東　沙　織

　　　　　　　　　午前１０時開会
◯委員長（桜井淳）　ただいまから建設経済委員会を開会いたします。
◯委員長（桜井淳）　以上で本日の委員会を閉会いたします。
</PRE>
</BODY>
</HTML>
`;

const SPECIAL = `　　　　　　　地域公共交通対策特別委員会記録

１　日時　　令和６年１０月８日（火）
２　場所　　第３委員会室
３　出席委員
　　委員長　　大　橋　俊　介　　副委員長　　林　　　美　穂
４　事務局出席職員
　　議事調査課主査　　浅　井　那　美
５　調査事件
　　地域公共交通の確保について

◎委員長（大橋俊介君）　ただいまから地域公共交通対策特別委員会を開会いたします。
◎委員長（大橋俊介君）　以上で本日の委員会を閉会いたします。
`;

describe('naming an assembly\'s sitting', () => {
	test('a running head that dates the sitting names no session of its month', () => {
		expect(parseText(RUNNING_HEAD, 'yuhi-r6-4-3.txt').meeting?.title).toBe('ゆうひ市議会 令和6年第4回定例会 第3号');
	});

	test('a minutes system\'s name in the page title is no part of the assembly\'s', () => {
		const text = withPageTitle(pageText(SYSTEM_PAGE, { document: true }));
		expect(text.split('\n')[0]?.replace(/[ \u3000]/gu, '')).toBe('会議録検索システムこがね市議会');
		expect(parseText(text, 'kogane-kensetsu.html').meeting?.series).toBe('こがね市議会 建設経済委員会');
	});

	test('an assembly named before the system\'s name keeps its name', () => {
		const text = `みなと市議会 会議録検索システム

令和　６年１２月定例会（第４回）-12月10日-03号

令和６年１２月１０日（火曜日）

出席議員（２名）
　　１番　　新　田　　　光　　　２番　　金　子　真　琴

○議長（金子真琴君）　ただいまから本日の会議を開きます。
○議長（金子真琴君）　本日はこれで散会します。
`;
		const { meeting } = parseText(text, 'minato-2024-12-10.txt');
		expect(meeting?.series).toBe('みなと市議会');
		expect(meeting?.title).toBe('みなと市議会 令和6年第4回定例会 第3号');
	});

	test('a special committee\'s 調査事件 is its agenda, not the staff\'s roll', () => {
		const { meeting } = parseText(SPECIAL, 'kotsu-2024-10-08.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['地域公共交通の確保について']);
		expect(meeting?.participants.find((group) => group.group === '事務局出席職員')?.members.map((member) => member.name)).toEqual(['浅井那美']);
	});
});
