/**
 * A village's Word minutes whose roll of officials is a table of two posts and names a row under a header that gives its
 * columns twice (`職名　氏名　職名　氏名`, the table's cells apart by tabs as the document's text gives them).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和６年第１回やまびこ村議会臨時会会議録',
	'１．招集年月日　令和６年１月２６日（金）',
	'２．応招議員',
	'議席番号\t氏名\t議席番号\t氏名',
	'１\t秋山　信二\t２\t栗田　早苗',
	'３．不応招議員　なし',
	'４．説明のため出席した者',
	'職名\t氏名\t職名\t氏名',
	'村長\t佐久間　勇\t副村長\t篠原　恵子',
	'総務課長\t白石　和夫\t産業課長\t新保　友也',
	'教育長\t森　勇',
	'○議長（秋山信二君）　ただいまから臨時会を開会します。',
	'○村長（佐久間勇君）　補正予算をお願いするものです。',
].join('\n');

describe('a roll table whose header gives its columns twice', () => {
	test('each row is two members, each post with its holder; a row of one set one member', () => {
		const officials = parseText(record, 'yamabiko-rinji.txt').meeting?.participants.find((group) => group.group === '説明のため出席した者');
		expect(officials?.members.map((member) => [member.name, member.title])).toEqual([
			['佐久間 勇', '村長'],
			['篠原 恵子', '副村長'],
			['白石 和夫', '総務課長'],
			['新保 友也', '産業課長'],
			['森 勇', '教育長'],
		]);
	});
});
