/**
 * A transcription app's text export whose turns carry the time into the recording on the speaker's line: speakers kept
 * anonymous by a letter speak as numbered ones do (`話者A [0:03]: …`, `話者A   0:03` over the words), and under a header of
 * only the title and the date line the speakers are the participants, as they are for a subtitle file, whether the time
 * stands before the name (`[0:03] 話者A：…`, `[00:00:05] 中島 浩平: …`) or after it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const HEADER = ['開発定例 文字起こし', '2024年12月9日 10:00〜10:30', ''];

/** Each remark as [speaker, text]. */
function turns(text: string): [string, string][] {
	const { meeting } = parseText(text, '開発定例_2024-12-09.txt');
	return meeting?.remarks.map((remark) => [remark.speaker, remark.text]) ?? [];
}

/** Each participant's entry as written. */
function roll(text: string): string[] {
	const { meeting } = parseText(text, '開発定例_2024-12-09.txt');
	return meeting?.participants.flatMap((group) => group.members.map((member) => member.text)) ?? [];
}

describe('speakers kept anonymous by a letter, stamped with the time', () => {
	test('`話者A [0:03]: …` speaks, the time at the start of the words', () => {
		const text = [...HEADER, '話者A [0:03]: おはようございます。では始めます。', '話者B [0:10]: バックエンドの進捗です。', '話者A [0:24]: 残りは何ですか。'].join('\n');
		expect(turns(text)).toEqual([
			['話者A', '0:03 おはようございます。では始めます。'],
			['話者B', '0:10 バックエンドの進捗です。'],
			['話者A', '0:24 残りは何ですか。'],
		]);
		expect(roll(text)).toEqual(['話者A', '話者B']);
	});

	test('`話者A   0:03` alone over the words speaks', () => {
		const text = [...HEADER, '話者A   0:03', 'おはようございます。では始めます。', '', '話者B   0:10', 'バックエンドの進捗です。', ''].join('\n');
		expect(turns(text).map(([speaker]) => speaker)).toEqual(['話者A', '話者B']);
		expect(roll(text)).toEqual(['話者A', '話者B']);
	});
});

describe('the speakers of turns stamped before the words', () => {
	test('`[0:03] 話者A：…` under the title and the date line: the speakers are the participants', () => {
		const text = [...HEADER, '[0:03] 話者A：おはようございます。', '[0:10] 話者B：バックエンドの進捗です。', '[0:28] 話者C：フロントはデザイン待ちです。', '[0:39] 話者A：では以上です。'].join('\n');
		expect(roll(text)).toEqual(['話者A', '話者B', '話者C']);
		expect(turns(text).map(([speaker]) => speaker)).toEqual(['話者A', '話者B', '話者C', '話者A']);
	});

	test('`[00:00:05] 中島 浩平: …`: each named speaker once, a person of the roll', () => {
		const text = [...HEADER, '[00:00:05] 中島 浩平: おはようございます。', '[00:00:12] 石田 美帆: 報告します。', '[00:00:30] 中島 浩平: ありがとうございます。'].join('\n');
		const { meeting } = parseText(text, '開発定例_2024-12-09.txt');
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['中島 浩平', '石田 美帆']);
	});

	test('a roll of its own above the turns is the roll, no speaker added to it', () => {
		const text = ['開発定例', '2024年12月9日', '参加者：中島 浩平、石田 美帆、森 健', '', '[00:00:05] 中島 浩平: おはようございます。', '[00:00:12] 石田 美帆: 報告します。'].join('\n');
		expect(roll(text)).toEqual(['中島 浩平', '石田 美帆', '森 健']);
	});

	test('a schedule’s clock times before a colon make no roll', () => {
		const text = ['防災訓練 実施要領', '2024年12月9日', '', '09:00 受付：体育館入口', '09:30 開会：会長挨拶', '10:00 訓練：消火器の使い方'].join('\n');
		expect(roll(text)).toEqual([]);
	});
});
