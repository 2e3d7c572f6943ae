/**
 * A town's 会議録 whose turns carry no mark and name the speaker by surname and post (`谷議長　…`, `川上議員　…`,
 * `枡富町長　…`), as some towns' PDFs give them.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第２回むぎ町議会定例会会議録（第１号）

令和６年６月１０日（月曜日）

出席議員（３名）
　１番　山田　一郎　　２番　川上　花子　　３番　谷　健二

　　　　　午前１０時開議
谷議長　ただいまから本日の会議を開きます。
　日程第１、一般質問を行います。川上花子議員。
川上議員　通告に従い、防災について伺います。
枡富町長　お答えします。
谷議長　本日はこれにて散会します。
　　　　　午前１０時５０分散会
`;

describe('unmarked turns named by surname and post', () => {
	test('are read as a sitting of the assembly, named after it', () => {
		const { meeting } = parseText(MINUTES, 'mugi-r6-2-1.txt');
		expect(meeting?.title).toBe('むぎ町議会 令和6年第2回定例会 第1号');
		expect(meeting?.series).toBe('むぎ町議会');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['谷議長', '川上議員', '枡富町長', '谷議長']);
	});
});

const COMMITTEE = `　　　　　　　　議会運営委員会会議録

１　開会年月日　　令和６年２月２０日（火）
２　開会時刻　　　午前１０時００分

５　出席委員
　　委員長　　村上　隆史　　　委員　　　矢野　健二

８　事務局出席者
　　事務局長　　和田　修一

10　会議の経過

村上委員長　ただいまから議会運営委員会を開会します。
和田事務局長　会期は２月２７日から３月２２日までの２５日間とする案でございます。
矢野委員　異議ありません。
村上委員長　以上で議会運営委員会を閉会します。
`;

describe('a committee of the assembly whose turns carry no mark', () => {
	test('stays the council reader\'s, every turn read', () => {
		const { meeting } = parseText(COMMITTEE, 'giun-r6-02-20.txt');
		expect(meeting?.series).toBe('議会運営委員会');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['村上委員長', '和田事務局長', '矢野委員', '村上委員長']);
	});
});
