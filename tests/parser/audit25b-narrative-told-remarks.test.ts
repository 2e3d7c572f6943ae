/**
 * A summary that tells who said what instead of labelling turns (`小川委員から、「…」旨の質問があった。`, `これに対し、事務局
 * から、…旨の回答があった。`, `○　石田委員より、…との発言があった。`): each such sentence naming one speaker is that speaker's
 * remark, the sentence its text as written; sentences naming several speakers, a body of members or no one stay the record's.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const read = (lines: readonly string[]) => parse(lines)?.meeting;
const turns = (lines: readonly string[]) => read(lines)?.remarks.map((remark) => [remark.speaker, remark.text]);

const HEADER = ['個人情報保護制度検討会（第３回）議事概要', '', '１．日時：令和６年５月１４日（火）１０：００～１２：００', '２．場所：中央合同庁舎第４号館', '３．出席者：小川委員、中西委員、堀田委員、三宅委員', '', '４．議事概要'];

describe('remarks the record tells', () => {
	test('a sentence naming one speaker is that speaker\'s remark, as written', () => {
		const lines = [
			...HEADER,
			'（１）事務局から資料１に基づき説明を行った。',
			'',
			'（２）質疑',
			'小川委員から、「漏えい等報告の件数が増加している要因は何か」旨の質問があった。',
			'これに対し、事務局から、委託先における不正アクセスによる事案が多い旨の回答があった。',
			'中西委員から、中小規模事業者への周知を強化すべきとの意見があった。',
			'堀田委員及び三宅委員から、ガイドラインの改訂時期について質問があった。',
			'',
			'以上',
		];
		expect(turns(lines)).toEqual([
			['小川委員', '小川委員から、「漏えい等報告の件数が増加している要因は何か」旨の質問があった。'],
			['事務局', 'これに対し、事務局から、委託先における不正アクセスによる事案が多い旨の回答があった。'],
			['中西委員', '中西委員から、中小規模事業者への周知を強化すべきとの意見があった。'],
		]);
		// (Nothing is lost: the narration stays the record's text.)
		const text = JSON.stringify(parse(lines)?.body);
		expect(text).toContain('堀田委員及び三宅委員から、ガイドラインの改訂時期について質問があった。');
		expect(text).toContain('事務局から資料１に基づき説明を行った。');
	});

	test('points marked ○ tell one speaker each, the members by their role alone that role; several and a joined sentence stay narrative', () => {
		const lines = [
			...HEADER,
			'○　事務局より資料１に基づき説明を行った。',
			'○　石田委員より、デジタル市場における取引の透明性を確保することが重要であるとの発言があった。',
			'○　事務局より、次回までに対象範囲の案を示す旨の回答があった。',
			'○　複数の委員から、スケジュールについての意見があった。',
			'○　委員から、「実態調査の対象を広げるべき」との意見があった。',
			'○　斎藤委員から、見通しについて質問があり、事務局から、２か所の新設を予定している旨の回答があった。',
			'○　山本座長から「本日の議論を踏まえ事務局で整理する」と発言があった。',
			'○　最後に、座長より、取りまとめに向けた作業を進めるよう発言があった。',
		];
		expect(turns(lines)?.map(([speaker]) => speaker)).toEqual(['石田委員', '事務局', '委員', '山本座長', '座長']);
		expect(turns(lines)?.[0]?.[1]).toBe('石田委員より、デジタル市場における取引の透明性を確保することが重要であるとの発言があった。');
	});

	test('the record\'s next sentence is no more of the told remark, and a labelled turn still reads as before', () => {
		const lines = [
			...HEADER,
			'【佐々木座長】',
			'本日は、医療分野の規制について議論したい。',
			'',
			'大石委員から、「オンライン診療の初診要件は見直すべき」旨の発言があった。',
			'審議の結果、了承された。',
		];
		expect(turns(lines)).toEqual([
			['佐々木座長', '本日は、医療分野の規制について議論したい。'],
			['大石委員', '大石委員から、「オンライン診療の初診要件は見直すべき」旨の発言があった。'],
		]);
		expect(JSON.stringify(parse(lines)?.body)).toContain('審議の結果、了承された。');
	});
});
