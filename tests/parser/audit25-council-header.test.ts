/**
 * Council minutes' headers and summaries read as written: a roll's label with how many of the body came
 * (`３　出席委員（１４名中１１名出席）`), a bare `議事：` over numbered items run together and then the turns, and a
 * 議事要旨 that writes each speaker in brackets over their points (`（上野委員）` / `・…`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const read = (lines: readonly string[]) => parse(lines)?.meeting;

describe('council headers and summaries', () => {
	test('a roll whose label counts how many of the body came is the roll, not more of the place', () => {
		const meeting = read([
			'令和６年度第２回○○県環境審議会　会議録',
			'',
			'１　開催日時　令和６年１０月２２日（火）午後２時から午後４時まで',
			'２　開催場所　県庁本庁舎５階　大会議室',
			'３　出席委員（１４名中１１名出席）',
			'　　秋山委員、井口委員、上野委員（会長）、江藤委員',
			'４　欠席委員',
			'　　田村委員',
			'５　会議の概要',
			'上野会長：それでは議事に入ります。',
			'江藤委員：家庭部門の進捗が遅れている理由を教えてほしい。',
		]);
		expect(meeting?.location).toBe('県庁本庁舎５階　大会議室');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席委員', ['秋山', '井口', '上野', '江藤']],
			['欠席委員', ['田村']],
		]);
		const counted = read(['第３回○○市図書館協議会　議事録', '日時：令和６年５月９日（木）午前１０時', '出席者（委員１０名中８名）：青木委員、石井委員', '議事要旨', '青木委員：開架の拡充を検討してほしい。']);
		expect(counted?.participants.map((group) => group.members.map((member) => member.name))).toEqual([['青木', '石井']]);
	});

	test('numbered items run together under a bare 議事 and the turns after them: the items are the agenda', () => {
		const lines = [
			'第２回　観光地域づくり人材育成研究会　議事録',
			'',
			'日時：令和５年１２月５日（火）　１０：００～１２：００',
			'場所：観光庁　第１会議室',
			'出席者：',
			'　委員：森下　浩司（座長）、安藤　里美',
			'　観光庁：観光人材政策室長　大林　信吾',
			'',
			'議事：',
			'　(1) 前回の議論の整理',
			'　(2) 人材育成プログラムの骨子案について',
			'　(3) その他',
			'',
			'森下座長：おはようございます。ただいまから第２回研究会を開会します。',
			'大林室長：お手元の議事次第に記載のとおりです。',
			'安藤委員：オンライン受講を基本とすべきではないでしょうか。',
		];
		const meeting = read(lines);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['前回の議論の整理', '人材育成プログラムの骨子案について', 'その他']);
		expect(meeting?.sections.map((section) => section.title)).toEqual(['']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森下座長', '大林室長', '安藤委員']);
	});

	test('numbered headings under 議事 with text under each stay the text\'s sections', () => {
		const meeting = read([
			'第２回　観光地域づくり人材育成研究会　議事録',
			'日時：令和５年１２月５日（火）　１０：００～１２：００',
			'議事：',
			'(1) 前回の議論の整理',
			'森下座長：前回の議論を整理しました。',
			'(2) 骨子案について',
			'安藤委員：賛成です。',
		]);
		expect(meeting?.sections.map((section) => section.title)).toEqual(['前回の議論の整理', '骨子案について']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森下座長', '安藤委員']);
	});

	test('a speaker in brackets over their points: each point is that speaker\'s, none goes to the speaker before', () => {
		const lines = [
			'研究開発政策ワーキンググループ（第３回）　議事要旨',
			'日時：令和６年７月１０日（水曜日）10時00分～12時00分',
			'出席者',
			'委員：安部座長、上野委員、大木委員',
			'議事概要',
			'事務局から資料３に基づき説明を行った後、自由討議を行った。主な意見は以下のとおり。',
			'',
			'（上野委員）',
			'　・オープンイノベーション型の税額控除について、使いにくいとの声がある。',
			'（大木委員）',
			'　・海外の制度と比較した上で、控除率の水準を議論すべき。',
			'　・欧州のパテントボックス税制との関係を整理してほしい。',
			'（安部座長）',
			'　・申請手続の簡素化が必要。',
		];
		const result = parse(lines);
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['上野委員', expect.stringContaining('オープンイノベーション型')],
			['大木委員', expect.stringMatching(/海外の制度.*パテントボックス/su)],
			['安部座長', expect.stringContaining('申請手続の簡素化')],
		]);
		expect(result?.diagnostics).toEqual([]);
	});

	test('a point\'s speaker wrapped onto the line under it is still that point\'s', () => {
		const meeting = read([
			'研究開発政策ワーキンググループ（第３回）　議事要旨',
			'日時：令和６年７月１０日（水曜日）10時00分～12時00分',
			'出席者',
			'委員：安部座長、上野委員、大木委員',
			'議事概要',
			'主な意見は以下のとおり。',
			'・オープンイノベーション型の税額控除について、使いにくいとの声がある。',
			'　（上野委員）',
			'・海外の制度と比較した上で、控除率の水準を議論すべき。',
			'　（大木委員）',
		]);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['上野委員', expect.stringContaining('オープンイノベーション型')],
			['大木委員', expect.stringContaining('海外の制度')],
		]);
	});

	test('a handout\'s number or a status stamp right over the title is no part of the title nor of the series', () => {
		for (const stamp of ['資料１', '参考資料２－１', '未定稿', '（速報版）', '【速報】', '委員限り']) {
			const result = parse([stamp, '', '中央教育審議会教育課程部会（第１４４回）議事録', '１．日時', '令和６年１２月２日（月曜日）１０時００分～１２時００分', '２．議事録', '【荒瀬部会長】  ただいまから開会いたします。']);
			expect(result?.meeting?.title).toBe('中央教育審議会教育課程部会（第１４４回）議事録');
			expect(result?.meeting?.series).toBe('中央教育審議会教育課程部会');
			expect(result?.diagnostics.map((d) => [d.code, d.line])).toEqual([['document-stamp', 1]]);
		}
		// (A parent body's name over the title still goes before it.)
		expect(read(['情報通信審議会', '情報通信技術分科会（第120回）議事録', '１．日時', '令和６年１２月２日（月）１０時', '２．議事録', '【相田分科会長】  開会します。'])?.series).toBe('情報通信審議会 情報通信技術分科会');
	});

	test('a stamp over a form\'s 会　議　録 and its 会議名 field: the field names the meeting, as without the stamp', () => {
		const lines = ['資料１', '', '会　議　録', '会議名　令和６年度　第３回○○市都市計画審議会', '開催日時　令和６年１１月１５日（金）　午前１０時００分～午前１１時３０分', '審議内容', '（会長）　定足数に達しているので、会議は成立している。', '（事務局）　資料１に基づき説明。'];
		const result = parse(lines);
		expect(result?.meeting?.title).toBe('令和６年度　第３回○○市都市計画審議会 会議録');
		expect(result?.meeting?.series).toBe('○○市都市計画審議会');
		expect(result?.diagnostics.map((d) => [d.code, d.line])).toEqual([['document-stamp', 1]]);
	});

	test('an agenda numbered with circled numbers run into the titles, and motions under 協議事項, are items of their own', () => {
		const circled = read(['第12回　データ利活用制度の在り方に関する検討会　議事要旨', '日時：2025年2月14日（金）13:00～15:00', '議事次第', '①開会', '②事務局説明（データ連携基盤の整備方針について）', '③意見交換', '④閉会', '', '【議事概要】', '【宇野座長】', '本日は整備方針の骨格について御議論いただきたい。']);
		expect(circled?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '開会'],
			[2, '事務局説明（データ連携基盤の整備方針について）'],
			[3, '意見交換'],
			[4, '閉会'],
		]);
		const motions = read([
			'令和６年度第１回○○市地域公共交通会議　会議録（要旨）',
			'■日時　令和６年６月１９日（水）１４時００分～１５時３０分',
			'■次第',
			'　１　開会',
			'　２　協議事項',
			'　　　協議第１号　令和５年度事業報告及び収支決算について',
			'　　　協議第２号　コミュニティバス路線の見直しについて',
			'　３　閉会',
			'■議事内容',
			'●協議第１号について',
			'　Ａ委員　　乗車人員が前年度より増えた要因は何か。',
			'●協議第２号について',
			'　Ｂ委員　　病院へのアクセスが悪くなる地区があるのではないか。',
		]);
		expect(motions?.agenda.map((item) => item.title)).toEqual(['協議第１号　令和５年度事業報告及び収支決算について', '協議第２号　コミュニティバス路線の見直しについて']);
	});

	test('a page number under the agenda is no end of its last item', () => {
		const meeting = read(['社会保障審議会介護給付費分科会（第２３０回）議事録', '１．日時：令和６年１１月１１日（月）９：００～１１：００', '２．議題', '　（１）令和６年度介護報酬改定の効果検証について', '　（２）その他', '', '1/3', '○田辺分科会長　それでは、定刻になりましたので開会いたします。']);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['令和６年度介護報酬改定の効果検証について', 'その他']);
	});

	test('a body\'s name quoted whole in the title is its series without the quotes, the title as written', () => {
		const cases: [string, string][] = [
			['第３回「医療ＤＸの推進に関する検討会」議事録', '医療ＤＸの推進に関する検討会'],
			['「デジタル取引における消費者保護に関する検討会」（第６回）議事要旨', 'デジタル取引における消費者保護に関する検討会'],
			['『地域共生社会の在り方検討会議』（第２回）議事録', '地域共生社会の在り方検討会議'],
			['金融審議会「資産運用に関するワーキング・グループ」（第４回）議事要旨', '金融審議会「資産運用に関するワーキング・グループ」'],
		];
		for (const [title, series] of cases) {
			const meeting = read([title, '日時：令和６年２月２７日（火）１３時３０分～１５時３０分', '議事要旨', 'Ａ委員：賛成です。']);
			expect([meeting?.title, meeting?.series]).toEqual([title, series]);
		}
	});

	test('a 会議次第 typed on one line is one item a part', () => {
		const meeting = read(['令和６年度第２回○○町男女共同参画推進懇話会　会議録', '日　　時　令和６年１２月１０日（火）１９時００分～２０時３０分', '会議次第　１　開会　２　会長あいさつ　３　議事（１）第３次計画の進捗状況について　４　閉会', '議事内容', '会長）皆さん、こんばんは。', 'Ａ委員）登用率が目標に届いていない理由は何か。']);
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '開会'],
			[2, '会長あいさつ'],
			[3, '議事（１）第３次計画の進捗状況について'],
			[4, '閉会'],
		]);
		// (Numbers out of order are no such list: `１　…　３　…` stays one item.)
		const apart = read(['令和６年度第２回○○町懇話会　会議録', '日　　時　令和６年１２月１０日（火）１９時００分', '議題　１　報告事項　３　その他', '議事内容', '会長）皆さん、こんばんは。']);
		expect(apart?.agenda.map((item) => item.title)).toEqual(['報告事項　３　その他']);
	});

	test('an office under a cover page\'s date is who issued the record, no place', () => {
		const cover = ['中央環境審議会循環型社会部会（第５５回）', '議事録', '', '令和６年５月２０日', '', '環境省環境再生・資源循環局', '', '午後２時００分　開会', '○萩原総務課長　定刻となりましたので、ただいまから開会いたします。', '○酒井部会長　それでは、議事に入ります。'];
		expect(read(cover)?.location).toBeNull();
		// (A place there is still the place.)
		const placed = [...cover.slice(0, 5), '環境省第一会議室', ...cover.slice(6)];
		expect(read(placed)?.location).toBe('環境省第一会議室');
	});
});
