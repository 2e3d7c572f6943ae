/**
 * A ministry's 検討会 議事要旨 names its officials by post, and some bureaus are two words joined by ・ (`物流・自動車局旅客課長`,
 * `水・大気環境局総務課長`). Such a post is read as the bureau's post as `自動車局旅客課長` is (it had been an entry with no name,
 * post or affiliation).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'地域交通の担い手確保に関する検討会（第３回）議事要旨',
	'',
	'１．日時：令和６年２月１４日（水）１０：００～１２：００',
	'２．場所：中央合同庁舎第３号館４階特別会議室',
	'３．出席者',
	'構成員：石渡座長、春日座長代理、木島構成員',
	'事務局：総合政策局交通政策課長、物流・自動車局旅客課長、水・大気環境局総務課長',
	'４．議事概要',
	'木島構成員：担い手の確保策を示すべき。',
	'事務局：中間とりまとめに盛り込みたい。',
].join('\n');

describe('a post of a bureau named by two words joined by ・', () => {
	test('is the official’s post', () => {
		const staff = parseText(record, 'a.txt').meeting?.participants.find((group) => group.group === '事務局');
		expect(staff?.members.map((member) => [member.name, member.title])).toEqual([
			[null, '総合政策局交通政策課長'],
			[null, '物流・自動車局旅客課長'],
			[null, '水・大気環境局総務課長'],
		]);
	});
});
