/**
 * A 総合教育会議's record typed in a town's Word template, each speaker marked ■ (`■町長　…`, `■米田委員　…`,
 * `■事務局（柴田総務課長）　…`): each a turn of that speaker, where all but the office's had run into the turn before.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('turns marked ■', () => {
	const result = parseLines([
		'令和６年度第１回あおば町総合教育会議　会議録',
		'',
		'日時　令和６年７月２５日（木）　午後３時から午後４時３０分まで',
		'場所　あおば町役場　第１会議室',
		'',
		'■町長　皆さん、こんにちは。本日はお忙しい中お集まりいただき、ありがとうございます。',
		'■事務局（柴田総務課長）　それでは協議事項１について説明いたします。',
		'■米田委員　ＩＣＴの活用について、大綱にも明記すべきだと思います。',
		'■教育長　学校現場の意見も踏まえて、素案に反映させたいと考えております。',
		'■議事の概要',
		'■町長　町としても財政的な支援を検討します。',
	]);

	test('each is a turn of the speaker it names, without the mark', () => {
		expect(turnsOf(result)).toEqual([
			['町長', '皆さん、こんにちは。本日はお忙しい中お集まりいただき、ありがとうございます。'],
			['事務局（柴田総務課長）', 'それでは協議事項１について説明いたします。'],
			['米田委員', 'ＩＣＴの活用について、大綱にも明記すべきだと思います。'],
			['教育長', '学校現場の意見も踏まえて、素案に反映させたいと考えております。'],
			['町長', '町としても財政的な支援を検討します。'],
		]);
	});

	test('a heading marked ■ stays a heading', () => {
		expect(result.body.map((section) => section.title)).toContain('議事の概要');
	});
});
