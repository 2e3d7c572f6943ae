/**
 * Minutes of the twelfth audit: a committee record's roll whose rows repeat the post above as a ditto mark (`〃`), with the
 * sitting's opening and closing on lines of their own under the date and the assembly's staff under `事務局職員出席者`.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf } from './unseen-helpers.ts';

const committee = [
	'総務常任委員会記録',
	'',
	'令和６年６月１４日（金）',
	'',
	'開会　午前１０時００分',
	'閉会　午前１１時３０分',
	'',
	'場所　第１委員会室',
	'',
	'出席委員（４名）',
	'委員長　　山田　太郎',
	'委　員　　田中　花子',
	'〃　　　　佐藤　次郎',
	'〃　　　　高橋　三郎',
	'',
	'説明のため出席した者',
	'総務部長　　　中村　五郎',
	'〃　次長　　　小林　六郎',
	'財政課長　　　加藤　七子',
	'',
	'事務局職員出席者',
	'議事課長　吉田　八郎',
	'',
	'○山田委員長　ただいまから総務常任委員会を開会いたします。',
	'○中村総務部長　議案第３０号について御説明申し上げます。',
	'○田中委員　対象世帯数を伺います。',
	'○加藤財政課長　約４，２００世帯を見込んでおります。',
];

/** Each group's members as `title name` (spaces taken out). */
function rollOf(lines: readonly string[]): Record<string, string[]> {
	const result = parseLines(lines);
	return Object.fromEntries(
		(result.meeting?.participants ?? []).map((group) => [group.group, group.members.map((member) => `${member.title ?? '-'} ${(member.name ?? '-').replace(/[\s\u3000]/gu, '')}`)]),
	);
}

describe('a roll whose rows write the post above as 〃', () => {
	test('each ditto row is a member with the post above; `〃　次長` under a head is the office’s 次長', () => {
		expect(rollOf(committee)).toEqual({
			出席委員: ['委員長 山田太郎', '委員 田中花子', '委員 佐藤次郎', '委員 高橋三郎'],
			説明のため出席した者: ['総務部長 中村五郎', '総務部次長 小林六郎', '財政課長 加藤七子'],
			事務局職員出席者: ['議事課長 吉田八郎'],
		});
	});

	test('the entry keeps the row as written', () => {
		const members = parseLines(committee).meeting?.participants[0]?.members ?? [];
		expect(members[2]?.text).toBe('〃　　　　佐藤　次郎');
	});

	test('a ditto row with no post above it stays as written', () => {
		const roll = rollOf(['総務常任委員会記録', '令和６年６月１４日（金）', '出席委員', '山田　太郎', '〃　　佐藤　次郎', '', '○山田委員長　開会します。']);
		expect(roll['出席委員']).not.toContain('委員 佐藤次郎');
	});
});

describe('the sitting’s times on lines of their own under the date', () => {
	test('open and close the meeting without a warning', () => {
		const result = parseLines(committee);
		expect([result.meeting?.start, result.meeting?.end]).toEqual(['10:00', '11:30']);
		expect(result.diagnostics.filter((d) => d.code === 'unknown-line')).toEqual([]);
	});
});

describe('an association’s 総会 minutes written a paragraph a line, with numbered paragraphs and a Q&A between them', () => {
	const soukai = [
		'第27期(令和7年度)定時総会 議事録',
		'',
		'1.  開催日時:  令和7年5月25日(日)  午前10時00分~11時35分',
		'2.  開催場所:  さくら坂コミュニティプラザ1F多目的集会室',
		'3.  議決権総数: 1,512名',
		'4.  出席者数:  846名(出席者:31名、委任状出席者:815名)',
		'5.  議案',
		'第1号議案 第26期(令和6年度)活動実績・収支決算',
		'第2号議案 第27期(令和7年度)さくら坂自治会役員承認の件',
		'第3号議案 自治会規約一部改訂 承認の件',
		'第4号議案 第27期(令和7年度)活動計画・予算(案)',
		'6.  議事',
		'⑴  中川事務局長の司会にて、さくら坂自治会「第27期定時総会」の開催を宣言。',
		'⑵  司会者の紹介で森本会長より、出席の会員の皆様へお礼と挨拶が行われた。',
		'⑶ 司会者より資格審査報告が下記の如く行われた:',
		'    本人出席:31名、委任状出席:815名 合計:846名で、総会成立の議決権総数過半数である757名を満たしており、自治会規約第22条により総会は成立するとの報告がなされた。',
		'⑷  規約第21条に従って議長選出が行われ、岡田修氏が拍手にて承認された。これより岡田議長のもと、規約第25条(2)項に従って議事録署名人の選任を行い、副会長 平田洋子氏及び副会長 山下勝氏の両名が拍手で承認されたのに引き続き、議案審議に入った。',
		'',
		'第1号議案 第26期(令和6年度)活動実績・収支決算',
		'⑴  森本会長より総会資料P4「第1号議案 第26期(令和6年度)活動実績」に沿って説明が行われた。',
		'・ 防犯パトロールを年間48回実施し、延べ312名の会員が参加した。',
		'・ 夏祭りは4年ぶりに模擬店を再開し、約1,100名の来場があった。',
		'⑵  高野会計より収支決算について説明が行われ、続いて吉村会計監査より、帳簿及び証憑を監査した結果、適正に処理されていた旨の報告があった。',
		'⑶  質疑応答',
		' Q1(3丁目 会員):防犯パトロールの参加者が固定化している。若い世代が参加しやすい工夫はないか。',
		' A1(森本会長):今年度から、土日の昼間の回を設けて参加しやすくする予定です。',
		' Q2(5丁目 会員):夏祭りの収支が赤字だが、来年度も同じ規模で続けるのか。',
		' A2(高野会計):模擬店の出店料の見直しにより、来年度は収支均衡を目指します。',
		'⑷  採決の結果、賛成多数で承認された。',
		'',
		'第2号議案 第27期(令和7年度)さくら坂自治会役員承認の件',
		'⑴  中川事務局長より、役員候補者名簿(総会資料P12)に基づき説明が行われた。',
		'⑵  質疑なく、拍手多数で承認された。',
		'',
		'第3号議案 自治会規約一部改訂 承認の件',
		'⑴  平田副会長より、総会の委任状をオンラインで提出できるようにする規約改訂案の説明が行われた。',
		'⑵  質疑応答',
		' Q1(2丁目 会員):オンラインでの委任状は、本人確認をどのように行うのか。',
		' A1(平田副会長):会員番号と登録済みのメールアドレスの一致により確認します。',
		'⑶  採決の結果、賛成多数(反対2名)で承認された。',
		'',
		'第4号議案 第27期(令和7年度)活動計画・予算(案)',
		'⑴  森本会長より活動計画、高野会計より予算案の説明が行われた。',
		'⑵  質疑なく、拍手多数で承認された。',
		'',
		'7.  閉会',
		'   以上をもって全議案の審議を終了し、岡田議長は議長を解任され、中川事務局長が午前11時35分に閉会を宣言した。',
		'',
		'以上',
		'',
		'令和7年5月25日',
		'議長       岡田 修',
		'議事録署名人   平田 洋子',
		'議事録署名人   山下 勝',
	];
	const result = parseLines(soukai);
	const texts = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])));

	test('each numbered line is a paragraph of its own, never joined to the one before', () => {
		expect(texts).toContain('⑴  中川事務局長の司会にて、さくら坂自治会「第27期定時総会」の開催を宣言。');
		expect(texts).toContain('⑵  司会者の紹介で森本会長より、出席の会員の皆様へお礼と挨拶が行われた。');
		expect(texts).toContain('4.  出席者数:  846名(出席者:31名、委任状出席者:815名)');
	});

	test('the number after the list’s last one ends the answer before it; the next motion heads a section after it', () => {
		const answer = result.meeting?.remarks.find((remark) => remark.speaker === 'A2(高野会計)');
		expect(answer?.text).toBe('模擬店の出店料の見直しにより、来年度は収支均衡を目指します。');
		expect(texts).toContain('⑷  採決の結果、賛成多数で承認された。');
		expect(result.body.map((section) => section.title)).toContain('第2号議案 第27期(令和7年度)さくら坂自治会役員承認の件');
	});

	test('a numbered point inside a speech stays the speaker’s', () => {
		const speech = parseLines(['第3回 運営委員会 議事録', '日時 令和6年5月1日', '', '○事務局', '論点は次の二つです。', '(1) 予算の執行状況について。', '(2) 次年度の計画について。']);
		expect(speech.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['事務局']);
		expect(speech.meeting?.remarks[0]?.text).toContain('(2) 次年度の計画について。');
	});
});

describe('a company’s 株主総会 minutes in the Companies Act’s words', () => {
	test('reads the directors present and absent as rolls, not as the place', () => {
		const result = parseLines([
			'株式会社みらいテック 第12期定時株主総会議事録',
			'',
			'開催日時  2024年6月26日(水曜日) 午前10時',
			'開催場所  東京都千代田区丸の内一丁目2番3号 丸の内カンファレンスホール3階「桜」',
			'',
			'出席した取締役および監査役',
			' 代表取締役 高木 誠一(議長、議事録の作成に係る職務を行った取締役)',
			' 取締役 村井 恵子',
			' 常勤監査役 古川 直子',
			'',
			'欠席した取締役および監査役',
			' 取締役 西村 拓也(海外出張のため)',
			'',
			'議事の経過の要領およびその結果',
			'',
			' 定刻、代表取締役高木誠一は定款第14条の規定により議長となり、開会を宣した。',
		]);
		expect(result.meeting?.location).toBe('東京都千代田区丸の内一丁目2番3号 丸の内カンファレンスホール3階「桜」');
		expect(rollsOf(result)).toEqual([
			['出席した取締役および監査役', ['代表取締役 高木 誠一', '取締役 村井 恵子', '常勤監査役 古川 直子']],
			['欠席した取締役および監査役', ['取締役 西村 拓也']],
		]);
	});
});

describe('a scan’s text layer whose character recognition read some turn marks as O', () => {
	const scan = ['令和６年度 第１回 かえで町国民健康保険運営協議会議事録', '日時　令和６年７月４日（木）午後２時から午後３時１０分まで', '', '○杉山会長　ただいまから協議会を開会いたします。', 'O福田住民課長　資料１をご覧ください。', '〇水野委員　黒字はどのように使われるのでしょうか。', 'O大塚委員　受診率と目標を教えてください。'];

	test('reads `O福田住民課長` as a turn of 福田住民課長', () => {
		expect(parseLines(scan).meeting?.remarks.map((remark) => remark.speaker)).toEqual(['杉山会長', '福田住民課長', '水野委員', '大塚委員']);
	});

	test('leaves a line that starts with a Latin O alone when the text has no turn marks to go by', () => {
		const result = parseLines(['第１回 検討会 議事録', '日時　令和６年７月４日（木）午後２時', '', 'O型肝炎　ワクチンの話題について説明があった。', 'O脚矯正　体操の効果について報告があった。']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker) ?? []).not.toContain('型肝炎');
		expect(JSON.stringify(result.body)).toContain('O型肝炎');
	});
});

describe('a 概要記録 whose agenda list (` 1. …`) is written again over the text without its dot (`1 …`)', () => {
	test('keeps the line in the text, where it had been lost between the header and the body', () => {
		const result = parseLines([
			'ひなた市総合計画審議会(第2回第3部会)概要記録',
			'',
			'■日 時: 令和6年10月3日(木)午後6時00分~午後8時10分',
			'■議 題:',
			' 1. まちづくりの方針Cの施策体系案について',
			' 2. 基本施策素案について',
			'',
			'1 まちづくりの方針Cの施策体系案について',
			'[担当課:説明]',
			'【委員】',
			'交流人口の数値目標について、今回の案では数字の面で後退している。',
		]);
		expect(JSON.stringify(result.body)).toContain('1 まちづくりの方針Cの施策体系案について');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員']);
	});
});

describe('a ward assembly’s committee record copied from its web page, every line apart by a blank line', () => {
	const page = [
		'ページの先頭です',
		'トップページ  の中の  会議録検索(本会議・委員会等)  の中の令和6年 企画総務委員会(6月6日)',
		'',
		'令和6年 企画総務委員会(6月6日)',
		'',
		'1.開会日時',
		'',
		'令和6年6月6日(木)',
		'',
		'午後1時30分 開会',
		'',
		'午後2時41分 閉会',
		'',
		'2.開会場所',
		'',
		'第一委員会室',
		'',
		'3.出席者',
		'',
		'委員長 鈴村 久雄',
		'',
		'委員 瓜田 正高',
		'',
		'4.出席説明員',
		'',
		'山野区長',
		'',
		'齋藤副区長',
		'',
		'5.議会局職員',
		'',
		'伊東議会局長',
		'',
		'6.議題',
		'',
		'(1)企画・総務及び財政の調査について',
		'',
		'(午後1時30分 開会)',
		'',
		'○鈴村委員長',
		'',
		'ただいまより企画総務委員会を開会いたします。',
		'',
		'○瓜田委員',
		'',
		'防災行政無線について伺います。',
	].join('\n');

	test('reads the header’s sections past the sitting’s times, and the breadcrumb is no title', () => {
		const result = parseLines(page.split('\n'));
		expect(result.meeting?.title).toBe('令和6年 企画総務委員会(6月6日)');
		expect(result.meeting?.series).toBe('企画総務委員会');
		expect([result.meeting?.start, result.meeting?.end, result.meeting?.location]).toEqual(['13:30', '14:41', '第一委員会室']);
		expect(rollsOf(result)).toEqual([
			['出席者', ['委員長 鈴村 久雄', '委員 瓜田 正高']],
			['出席説明員', ['区長 山野', '副区長 齋藤']],
			['議会局職員', ['議会局長 伊東']],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['鈴村委員長', '瓜田委員']);
	});
});

describe('rolls of a university’s council and a condominium board', () => {
	test('`…、泉、三宅の各評議員`: each bare name is a 評議員, a one-letter surname too', () => {
		const result = parseLines(['第128回教育研究評議会議事要録', '1. 日時 令和6年7月18日(木)13時30分~15時05分', '2. 出席者', '藤原学長', '武藤、泉、三宅の各評議員', '3. 議事', '(1) 前回の議事要録を確認した。']);
		expect(rollsOf(result)[0]?.[1]).toEqual(['学長 藤原', '評議員 武藤', '評議員 泉', '評議員 三宅']);
	});

	test('a sentence counting those present (`出席者 5名、欠席者1名、…成立した。`) is text, no second roll', () => {
		const result = parseLines(['第18期第5回理事会・議事録', '■ 開催日 2024年10月19日(土)', '■出席者 (敬称略)', '理事長 大久保 隆、理事 田村 浩', '', '出席者 5名、欠席者1名、管理規約第53条により本理事会は成立した。', '', '田村理事:駐輪場の件を提案します。']);
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(['出席者']);
		expect(JSON.stringify(result.body)).toContain('管理規約第53条により本理事会は成立した。');
	});
});

describe('who speaks alone on a line over the words, in copies of town meetings and committee questions', () => {
	test('`(意見)` alone over the words speaks (it had been a stage direction, the words the official’s before)', () => {
		const result = parseLines(['はまなす地区 地域づくり懇談会 会議録', '1 日時 令和6年8月29日(木)午後6時30分~8時25分', '2 場所 はまなす地区公民館', '3 内容', '', '(1)県道の歩道整備について', '', '(意見)', '', '小学校の通学路になっている県道に歩道がない。市から県に強く要望してほしい。', '', '(都市整備部長)', '', '県に対して要望してまいります。', '', '(意見)', '', '用地買収には何年もかかると思う。']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['意見', '都市整備部長', '意見']);
	});

	test('a name alone over the words, again and again, speaks (a blog’s copy of a member’s questions)', () => {
		const turns = ['大橋ゆう', '', '予算案の3億円の内訳を教えてください。', '', '(市の答弁)', '', '用地購入費が1億5,000万円でございます。', '', '大橋ゆう', '', '年間の利用者数をどう見込んでいますか。', '', '(市の答弁)', '', '約3万人と見込んでおります。', '', '大橋ゆう', '', '検討ではなく、開園までに確実に実施していただきたい。'];
		const result = parseLines(['ふれあい農園整備について(文教経済委員会)', '', '2025年3月12日の文教経済委員会で質疑しました。', '', ...turns]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大橋ゆう', '市の答弁', '大橋ゆう', '市の答弁', '大橋ゆう']);
	});
});

describe('a 概要記録 whose answers are ◆ points under the speaker’s label', () => {
	test('the points are the 事務局’s remark, not notes after an empty one', () => {
		const result = parseLines(['ひなた市総合計画審議会(第2回第3部会)概要記録', '■日 時: 令和6年10月3日(木)午後6時00分~午後8時10分', '', '1 基本施策素案について', '【委員】', '●事業承継について、後継者不在率を指標にしてはどうか。', '【事務局】', '◆後継者不在率は、データが使えるか確認する。', '◆相談件数については、商工会議所に提供を依頼する。', '【部会長】', '他に意見がなければ、次回再度審議することとしたい。']);
		const answer = result.meeting?.remarks.find((remark) => remark.speaker === '事務局');
		expect(answer?.text).toContain('◆相談件数については、商工会議所に提供を依頼する。');
		expect(result.diagnostics.map((d) => d.code)).not.toContain('empty-remark');
	});
});

describe('opinions as points, each with who gave it after it', () => {
	test('a point attributed to an office of a group (`(PTA会長)`, `(見守り隊代表)`) is that speaker’s, not the point before’s', () => {
		const result = parseLines(['学校運営協議会会議録', '令和6年3月18日(月曜日)開催(第9回)', '', '【委員からの意見】', '・放課後の会議を減らした分、子どもと向き合う時間を増やしてほしい。(民生児童委員)', '・「あいさつ運動」は、4月の第2週から始めるのがよい。(PTA会長)', '・見守り隊の高齢化が進んでいるので、新しい人を募集してほしい。(見守り隊代表)']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['民生児童委員', 'PTA会長', '見守り隊代表']);
	});
});

describe('a Google Meet transcript saved as text', () => {
	test('the attendees are the roll (no `文字起こし` among them), the time marks notes beside the words', () => {
		const result = parseLines(['運営会議 (2024-11-19 19:00 GMT+09:00) - 文字起こし', '出席者', '石川 真理, 岡部 信二', '文字起こし', '00:00:00', '', '石川 真理: 皆さん、こんばんは。運営会議を始めます。', '岡部 信二: よろしくお願いします。', '石川 真理: チラシの作成は私がやります。', '00:05:00', '', '岡部 信二: アレルギーのことも書いてください。']);
		expect(result.meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['石川 真理', '岡部 信二']);
		const blocks = result.body.flatMap((section) => section.children).flatMap((block) => (block.type === 'remark' ? block.children : [block]));
		expect(blocks.filter((block) => block.type === 'note').map((block) => (block.type === 'note' ? block.text : ''))).toEqual(['00:00:00', '00:05:00']);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['石川 真理', '岡部 信二', '石川 真理', '岡部 信二']);
	});
});

describe('a member’s blog copy of a 一般質問, labels alone on their lines', () => {
	const blog = ['2024/12 一般質問', '2024年12月27日', '', '12月10日(火)の本会議で行った一般質問の全文を掲載します。', '', '森下議員(質問者席へ)', '通学路の安全対策について伺います。', '', '教育こども部長', '合同点検で指摘を受けた箇所の対策を進めております。', '', '森下議員', '【再質問】', '県との協議が必要な箇所について伺います。', '', '都市整備部長', '交差点につきましては、県と協議してまいります。'];

	test('where the member goes is a note, `【再質問】` a note of their turn, a post alone speaks', () => {
		const result = parseLines(blog);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['森下議員', '教育こども部長', '森下議員', '都市整備部長']);
		const notes = result.body.flatMap((section) => section.children).flatMap((block) => (block.type === 'remark' ? block.children : [])).filter((block) => block.type === 'note');
		expect(notes.map((block) => (block.type === 'note' ? block.text : ''))).toEqual(['(質問者席へ)', '【再質問】']);
	});
});

describe('a roll’s other post written under a member (`(保健所長)` under `石 田 健康推進部長`)', () => {
	test('goes with that member’s entry, no empty group of its own', () => {
		const result = parseLines(['議会運営委員会', '1 日    時  令和6年11月8日(金)', '5 出席説明員', '  青 山 区長          鈴 村 副区長', '  石 田 健康推進部長', '                  (保健所長)', '6 区議会事務局', '  高 木 局長', '', '○委員長 ただいまから議会運営委員会を開会いたします。']);
		const officials = result.meeting?.participants.find((group) => group.group === '出席説明員');
		expect(officials?.members.at(-1)?.text).toBe('石 田 健康推進部長(保健所長)');
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(['出席説明員', '区議会事務局']);
		expect(result.diagnostics.map((d) => d.code)).not.toContain('empty-group');
	});
});
