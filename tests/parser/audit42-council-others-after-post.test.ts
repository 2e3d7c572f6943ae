/**
 * A council's roll names its officials by post alone and counts those with them, none named: `障害福祉課長ほか4名` (a city's
 * 協議会), `都市整備部長、都市計画課長、道路建設課長ほか` (a 都市計画審議会), `総合政策局交通政策課長、同課担当２名` (a ministry's 検討会).
 * The post is a member of its own and the others are a note on the group (the first had been one entry naming no one; the
 * second kept the others unsaid; the third made the count a member naming no one).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const staff = (line: string) => {
	const group = parseText(['地域交通の担い手確保に関する検討会（第３回）議事要旨', '', '１．日時：令和６年２月１４日（水）１０：００～１２：００', '２．場所：中央合同庁舎第３号館４階特別会議室', '３．出席者', '構成員：石渡座長、春日座長代理、木島構成員', line, '４．議事概要', '木島構成員：担い手の確保策を示すべき。', '事務局：中間とりまとめに盛り込みたい。'].join('\n'), 'a.txt').meeting?.participants.find((found) => found.group === '事務局');
	return [group?.members.map((member) => member.title), group?.note];
};

describe('the others with an official named by post', () => {
	test('`障害福祉課長ほか4名`: the post, and the others a note', () => {
		expect(staff('事務局：障害福祉課長ほか4名')).toEqual([['障害福祉課長'], 'ほか4名']);
	});

	test('`道路建設課長ほか` closing a list of posts', () => {
		expect(staff('事務局：都市整備部長、都市計画課長、道路建設課長ほか')).toEqual([['都市整備部長', '都市計画課長', '道路建設課長'], 'ほか']);
	});

	test('`同課担当２名` after a post: the staff of its office, counted', () => {
		expect(staff('事務局：総合政策局交通政策課長、同課担当２名、鉄道局総務課長')).toEqual([['総合政策局交通政策課長', '鉄道局総務課長'], '同課担当２名']);
	});
});
