/**
 * A transcript's file name often carries the name of the app that made it, before or after the meeting's name and date
 * (`…_whisper.srt`, `notta_…`, `…_CLOVA Note.txt`, `PLAUD_NOTE_…`, `…_webex.vtt`, `…_zoom_chat.txt`): the app's name is
 * no part of the meeting's title or series.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const CAPTIONS = ['1', '00:00:00,000 --> 00:00:04,200', 'それでは懇談会を始めます。', '', '2', '00:00:04,200 --> 00:00:09,800', '本日はお集まりいただきありがとうございます。', ''].join('\n');
const VOICES = ['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '<v 上田 彩>では始めます。', '', '00:00:04.500 --> 00:00:08.000', '<v 北川 剛>報告は二件です。', ''].join('\n');
const TURNS = ['Speaker 1  0:02', 'はい、それでは始めましょう。今日は予算の見直しです。', '', 'Speaker 2  0:09', '経理から共有した資料をご覧ください。', ''].join('\n');
const CHAT = ['19:02:11 From 小林 正 to Everyone:', '\t資料はこちらです', '19:03:40 From 石井 和子 to Everyone:', '\t音声が少し途切れています', '19:07:55 From 松田 翔 to Everyone:', '\t3ページ目の数字は税込みですか？', ''].join('\n');

describe('the app’s name in a transcript’s file name', () => {
	test.each([
		['まちづくり懇談会_2024年11月9日_whisper.srt', CAPTIONS, 'まちづくり懇談会'],
		['安全衛生委員会_webex_2024-12-04.vtt', VOICES, '安全衛生委員会'],
		['定例会_2024-12-01_notta.vtt', VOICES, '定例会'],
		['PLAUD_NOTE_商品開発会議_2024-11-21.vtt', VOICES, '商品開発会議'],
		['Otter_役員会_2024-03-18.txt', TURNS, '役員会'],
		['理事会_2024-05-01_CLOVA Note.txt', TURNS, '理事会'],
		['営業会議_tldv_2024-05-01.txt', TURNS, '営業会議'],
	])('%s is titled by the meeting alone', (file, text, title) => {
		const { meeting } = parseText(text, file);
		expect(meeting?.title).toBe(title);
		expect(meeting?.series).toBe(title);
	});

	test('a Latin word that holds an app’s name stays in the meeting’s name', () => {
		expect(parseText(VOICES, 'Potter研究会_2024-01-01.vtt').meeting?.title).toBe('Potter研究会');
	});

	test('Zoom’s chat saved as `…_zoom_chat.txt` is the meeting’s chat, without the app’s name', () => {
		const { meeting } = parseText(CHAT, '部会_2024-12-10_zoom_chat.txt');
		expect(meeting?.title).toBe('部会 チャット履歴');
		expect(meeting?.series).toBe('部会');
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['小林 正', '石井 和子', '松田 翔']);
	});
});
