/**
 * A handouts field written `資　料　資料１　…` (the word, spaces, then the first handout's number) right after the roll is
 * the handouts, never members of the roll; handouts listed on one line, 、 between them, are each a handout.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const head = ['第３回ひかり市子ども・子育て会議　議事要旨', '', '日　時：令和６年９月３日（火）１０時～１２時', '場　所：ひかり市役所　４階会議室', '出席者：石川会長、上野委員、大西委員'];
const turns = ['', '【議事】', '石川会長：それでは始めます。', '上野委員：資料１について質問です。'];

describe('a handouts field after the roll', () => {
	test('padded word, then the handouts by number on their lines', () => {
		const meeting = read([...head, '資　料　資料１　子ども・子育て支援事業計画（案）', '　　　　資料２　意見募集の結果', ...turns]);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['石川', '上野', '大西']);
		expect(meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['資料１', '子ども・子育て支援事業計画（案）'],
			['資料２', '意見募集の結果'],
		]);
	});
	test('the handouts on one line, 、 between them', () => {
		const meeting = read([...head, '資料　資料１　諮問書の写し、資料２　意見書', ...turns]);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['石川', '上野', '大西']);
		expect(meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['資料１', '諮問書の写し'],
			['資料２', '意見書'],
		]);
	});
});
