/**
 * A council's roll that heads its members with the council's name and the members' word (`（１）電波監理審議会委員（敬称略）`,
 * `（１）情報公開審査会委員`): a group of its own, not a member named after the council.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const text = [
	'電波監理審議会（第１１２８回）議事録',
	'',
	'１　日時',
	'　　令和６年１０月９日（水）１５時００分～１５時４５分',
	'２　場所',
	'　　総務省第１会議室（１０階）',
	'３　出席者',
	'（１）電波監理審議会委員（敬称略）',
	'　　笹井　康之（会長）、長谷部　恭子（会長代理）、大谷　明',
	'（２）総務省',
	'　　竹川　正彦（総合通信基盤局長）',
	'',
	'○笹井会長　それでは、電波監理審議会を開会いたします。',
	'○大谷委員　周波数の再編スケジュールについて伺います。',
].join('\n');

describe("a council's name before its members' word", () => {
	test('names no one', () => {
		expect(parseNameLabel('電波監理審議会委員').name).toBeNull();
		expect(parseNameLabel('情報公開審査会委員').name).toBeNull();
	});

	test('heads the group of the members under it', () => {
		const groups = parseText(text, 'denpa.txt').meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => member.name)]);
		expect(groups).toEqual([
			['電波監理審議会委員', '敬称略', ['笹井　康之', '長谷部　恭子', '大谷　明']],
			['総務省', null, ['竹川　正彦']],
		]);
	});
});
