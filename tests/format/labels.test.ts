import { describe, expect, test } from 'vitest';
import { isLongName, isSeatRoll, isWideSeatEntry, kindLabel, kindLabels, meetingDescription, missingSessionsLabel, neighbourLabel, rollEntryLabel, sessionGaps, tocLabel } from '../../src/format/labels.ts';

describe('labels a series page and a meeting page name meetings with', () => {
	test.each([
		[{ session: 41, date: '2022-12-01', title: 'サイバーセキュリティタスクフォース（第41回）議事要旨' }, '第41回（2022年12月1日）'],
		[{ session: null, date: '2019-12-05', title: 'サイバーセキュリティタスクフォース 提言（案）' }, 'サイバーセキュリティタスクフォース 提言（案）（2019年12月5日）'],
		[{ session: null, date: '2019-12-05', title: '  ' }, '2019年12月5日'],
	])('neighbourLabel(%o) → %s', (meeting, expected) => {
		expect(neighbourLabel(meeting)).toBe(expected);
	});

	test.each([
		[5, 15, '第6〜14回 未収録'],
		[5, 7, '第6回 未収録'],
		[5, 6, ''],
		[5, 5, ''],
	])('missingSessionsLabel(%i, %i) → %j', (before, after, expected) => {
		expect(missingSessionsLabel(before, after)).toBe(expected);
	});

	test.each([
		[{ agenda: [{}], sections: [] }, '議題'],
		[{ agenda: [], sections: [{ title: '開会' }] }, '目次'],
		[{ agenda: [], sections: [{ title: null }] }, ''],
	])('tocLabel(%o) → %j', (meeting, expected) => {
		expect(tocLabel(meeting)).toBe(expected);
	});

	test.each([
		{ sessions: [null, 29, 42, 43], gaps: [[2, '第30〜41回 未収録']] },
		{ sessions: [1, 2, 3], gaps: [] },
		{ sessions: [4, null, 9], gaps: [[2, '第5〜8回 未収録']] },
		// A session out of order (a later-dated 第2回) marks no gap and does not reopen one.
		{ sessions: [1, 5, 2, 7], gaps: [[1, '第2〜4回 未収録'], [3, '第6回 未収録']] },
	])('sessionGaps($sessions)', ({ sessions, gaps }) => {
		expect([...sessionGaps(sessions)]).toEqual(gaps);
	});
});

describe('kindLabel', () => {
	test.each([
		[{ kind: 'minutes', title: 'サイバーセキュリティタスクフォース（第29回）議事要旨' }, '議事要旨'],
		[{ kind: 'minutes', title: '第3回 専門部会 議事概要' }, '議事概要'],
		[{ kind: 'minutes', title: '総務常任委員会記録' }, '会議録'],
		[{ kind: 'minutes', title: '文教厚生常任委員会記録（要点筆記）' }, '要点筆記'],
		[{ kind: 'minutes', title: '第196回国会 衆議院 内閣委員会 第20号' }, '会議録'],
		[{ kind: 'minutes', title: '令和6年第2回定例会 第3号', series: '南山市議会' }, '会議録'],
		[{ kind: 'minutes', title: '企画会議' }, '議事録'],
		[{ kind: 'document', title: '議事概要（案）' }, '資料'],
	])('%o → %s', (meeting, label) => {
		expect(kindLabel(meeting)).toBe(label);
	});

	test('a list names each kind once, in order of first appearance', () => {
		expect(kindLabels([{ data: { kind: 'minutes', title: 'A 議事要旨' } }, { data: { kind: 'document', title: '資料' } }, { data: { kind: 'minutes', title: 'B 議事要旨' } }])).toEqual(['議事要旨', '資料']);
	});
});

describe('rollEntryLabel', () => {
	test.each([
		['市長　　　　　　北村　博之君', '市長　北村　博之君'],
		// (A seat in full-width digits in the page's digits, narrow spaces after it and in the name: three letters narrower on a phone.)
		['１番　　秋元　　聡君', '1番 秋元 聡君'],
		['２６番　武者小路　久美君', '26番 武者小路 久美君'],
		['12番 宇佐美 正君', '12番 宇佐美 正君'],
		['１番議員が発言', '１番議員が発言'],
		['こども未来局子育て支援部長兼こども家庭センター所長　　小野　佳代君', 'こども未来局子育て支援部長兼こども家庭センター所長　小野　佳代君'],
		['Jane  Doe (NICT)', 'Jane Doe (NICT)'],
		['宇喜多座長', '宇喜多座長'],
		['村井　純一（座長）　慶應湘南大学名誉教授', '村井　純一（座長）　慶應湘南大学名誉教授'],
	])('%s → %s', (entry, label) => {
		expect(rollEntryLabel(entry)).toBe(label);
	});
});

describe('isSeatRoll', () => {
	test.each([
		[['１番　　秋元　　聡君', '２番　　石原　久美君'], true],
		[['9番 秋元 聡君', '10番 石原 久美君'], true],
		[['１番　　秋元　　聡君'], false],
		[['１番　　秋元　　聡君', '市長　　北村　博之君'], false],
		[['市長　北村　博之君', '副市長　堀　典子君'], false],
	])('%j → %s', (entries, seated) => {
		expect(isSeatRoll(entries)).toBe(seated);
	});
});

describe('isWideSeatEntry', () => {
	test.each([
		['1番 秋元 聡君', false],
		['12番 マクファーレン エリザベス君', false],
		['2番 アレクサンドロヴィッチ ミハイル君', true],
		['3番 勅使河原　三郎左衛門君', false],
		['3番 勅使河原三郎左衛門君', true],
		['40番 abcdefghijklmnop君', true],
	])('%s → %s', (label, wide) => {
		expect(isWideSeatEntry(label)).toBe(wide);
	});
});

describe('isLongName', () => {
	test.each([
		['千葉健太', false],
		['長谷川 由美子', false],
		['勅使河原 三郎左衛門', true],
		['マクファーレン エリザベス', true],
		['アレクサンドロヴィッチ ミハイル', true],
		['Tanaka Ichiro', false],
		['Alexandrovich Mikhail', true],
	])('%s → %s', (name, long) => {
		expect(isLongName(name)).toBe(long);
	});
});

describe('meetingDescription', () => {
	const meeting = { series: 'サイバーセキュリティタスクフォース', session: 29, date: '2021-02-01', kind: 'minutes', title: 'サイバーセキュリティタスクフォース（第29回）議事要旨', remarks: 31 };
	test.each([
		[[], 'サイバーセキュリティタスクフォース 第29回（2021年2月1日（月））の議事要旨。発言 31 件。'],
		[['一般質問'], 'サイバーセキュリティタスクフォース 第29回（2021年2月1日（月））の議事要旨。議題：一般質問。発言 31 件。'],
		[
			['スマートシティセキュリティガイドライン改定の方向性', '電気通信事業者のネットワークの安全・信頼性の確保に向けた取組', 'サイバー攻撃被害情報の共有と公表のあり方'],
			'サイバーセキュリティタスクフォース 第29回（2021年2月1日（月））の議事要旨。議題：スマートシティセキュリティガイドライン改定の方向性、電気通信事業者のネットワークの安全・信頼性の確保に向けた取組 ほか。発言 31 件。',
		],
		[['地方税法等の一部を改正する法律案（内閣提出第三号）及び地方交付税法等の一部を改正する法律案（内閣提出第四号）の両案を一括して議題とし審査'], `サイバーセキュリティタスクフォース 第29回（2021年2月1日（月））の議事要旨。議題：${'地方税法等の一部を改正する法律案（内閣提出第三号）及び地方交付税法等の一部を改正する法律案（内閣提出第四号）の両案を一括'.slice(0, 59)}…。発言 31 件。`],
	])('agenda %j', (titles, description) => {
		expect(meetingDescription({ ...meeting, agenda: titles.map((title) => ({ title })) })).toBe(description);
	});
});
