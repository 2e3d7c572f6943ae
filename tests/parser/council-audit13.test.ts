/**
 * Minutes of the thirteenth audit, written after real layouts the council reader had misread: a 議事次第 whose item
 * `５．議事` continues the list (a union's convention, a small council's order of the day).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseLines, rollsOf, speakerCounts, turnsOf } from './unseen-helpers.ts';

const convention = [
	'ひかり交通労働組合',
	'第45回定期大会　議事録',
	'',
	'日　時　二〇二四年九月二一日（土）一〇時〇〇分～一五時二〇分',
	'場　所　ひかり市勤労会館　第１・第２会議室',
	'',
	'議事次第',
	'　１．開会あいさつ',
	'　２．大会成立宣言・議長団選出',
	'　３．中央執行委員長あいさつ',
	'　４．議事',
	'　　第１号議案　２０２４年度一般経過報告承認の件',
	'　　第２号議案　２０２５年度運動方針（案）決定の件',
	'　５．閉会あいさつ',
	'',
	'〇沖田副委員長　ただいまから、第４５回定期大会を開会いたします。',
	'〇議長（川見・近畿支部）　続いて議事に入ります。執行部より提案願います。',
	'〇鶴見書記長　第１号議案について御説明いたします。',
	'〇沖田副委員長　以上をもちまして、第４５回定期大会を閉会いたします。',
];

describe('a 議事次第 whose `議事` is one of its numbered parts', () => {
	test('the motions under `４．議事` are the agenda, and the text starts with the first turn', () => {
		const result = parseLines(convention);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　２０２４年度一般経過報告承認の件', '第２号議案　２０２５年度運動方針（案）決定の件']);
		expect(speakerCounts(result)).toEqual({ 沖田副委員長: 2, '議長（川見・近畿支部）': 1, 鶴見書記長: 1 });
		// The turns are under no part of the order (they had all been under `閉会あいさつ`, the motions joined into one paragraph).
		expect(result.body.map((section) => section.title)).toEqual(['']);
	});

	test('a numbered header whose order lists `２．議事` under `４　議事次第`, the turns straight after it', () => {
		const result = parseLines([
			'第３回ひかり市環境審議会　議事録',
			'',
			'１　日時　令和６年７月１日（月）１４時００分～１５時３０分',
			'２　場所　ひかり市役所　第１会議室',
			'３　出席者　山田太郎（会長）、佐藤花子、鈴木一郎',
			'４　議事次第',
			'　１．開会',
			'　２．議事',
			'　　（１）第３次環境基本計画の進捗について',
			'　　（２）その他',
			'　３．閉会',
			'',
			'山田会長　ただいまから第３回環境審議会を開会します。',
			'佐藤委員　温室効果ガスの削減目標の達成見込みはどうか。',
			'山田会長　以上で本日の審議を終了します。',
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第３次環境基本計画の進捗について', 'その他']);
		expect(result.body.map((section) => section.title)).toEqual(['']);
		expect(speakerCounts(result)).toEqual({ 山田会長: 2, 佐藤委員: 1 });
	});

	test('an unnumbered order (`開会` / `議事` / `閉会`) likewise', () => {
		const result = parseLines([
			'第２回みどり町まちづくり懇談会　議事録',
			'',
			'日時　令和６年５月２０日（月）１９時００分～２０時３０分',
			'場所　みどり町公民館',
			'',
			'次第',
			'開会',
			'議事',
			'（１）公園の再整備について',
			'閉会',
			'',
			'山田会長　ただいまから懇談会を開会します。',
			'佐藤委員　公園のトイレの改修時期はいつか。',
			'山田会長　以上で終了します。',
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['公園の再整備について']);
		expect(speakerCounts(result)).toEqual({ 山田会長: 2, 佐藤委員: 1 });
	});

	test('the header’s own next number stays the body label when it is not indented under the order', () => {
		const result = parseLines([
			'第３回ひかり市環境審議会　議事録',
			'',
			'１　日時　令和６年７月１日（月）１４時００分～１５時３０分',
			'２　場所　ひかり市役所　第１会議室',
			'３　議事次第',
			'１　開会',
			'２　環境基本計画の進捗について',
			'３　閉会',
			'４　議事',
			'山田会長　ただいまから第３回環境審議会を開会します。',
			'佐藤委員　温室効果ガスの削減目標の達成見込みはどうか。',
		]);
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['開会', '環境基本計画の進捗について', '閉会']);
		expect(speakerCounts(result)).toEqual({ 山田会長: 1, 佐藤委員: 1 });
		expect(result.meeting?.sections.map((section) => section.title)).not.toContain('議事');
	});
});

/** A 農業委員会's monthly 総会議事録 as many boards write it from one template: padded posts, members by seat with 君. */
const agricultureBoard = [
	'令和6年第7回みなと町農業委員会総会議事録',
	'',
	'1.開催日時　　令和6年7月10日（水）午前9時30分から10時42分',
	'2.開催場所　　みなと町役場　3階　第1・2委員会室',
	'3.出席委員　　（5人）',
	'　　会　長　　　　　　　　　　三　浦　房　雄　君',
	'　　会長職務代理者　　　　　　川　﨑　良　巳　君',
	'　　 2番　中川原　隆　雄　君　　　 3番　佐々木　克　文　君',
	'　　 4番　時　田　　　宏　君',
	'4.欠席委員　　（1人）',
	'　　12番　三　浦　亮　一　君',
	'5.議事日程',
	'　　第1　議事録署名委員の指名',
	'　　第2　議案第31号　農地法第3条第1項の規定による許可申請について',
	'6.農業委員会事務局職員',
	'　　事務局長　　　　　　　　　齊　藤　武　春　君',
	'　　次長・農地班長　　　　　　赤　坂　真　弓　君',
	'7.会議の概要',
	'',
	'事務局(齊藤)　ただ今から令和6年第7回総会を開会いたします。',
	'',
	'会　長(三浦房)　本日は、大変お忙しいところ御参集下さいまして厚くお礼申し上げます。',
	'',
	'議　長(三浦房)　それでは、日程第1、議事録署名委員の指名を行います。',
	'',
	'１０番(岩井)　わかりました。',
	'',
	'議　長(三浦房)　ほかにございませんか。',
];

describe('a 農業委員会 総会議事録', () => {
	test('a post padded to its column before who holds it (`議　長(三浦房)`) speaks', () => {
		// (The chair's turns had run into the turn before them.)
		expect(speakerCounts(parseLines(agricultureBoard))).toEqual({ '事務局(齊藤)': 1, '会長(三浦房)': 1, '議長(三浦房)': 2, '１０番(岩井)': 1 });
	});

	test('members by seat, two to a row, and padded names with 君 are each one member', () => {
		expect(rollsOf(parseLines(agricultureBoard))).toEqual([
			['出席委員', ['会長 三浦房雄', '会長職務代理者 川﨑良巳', 'null 中川原隆雄', 'null 佐々木克文', 'null 時田宏']],
			['欠席委員', ['null 三浦亮一']],
			['農業委員会事務局職員', ['事務局長 齊藤武春', '次長・農地班長 赤坂真弓']],
		]);
	});

	test('one seat with a name as names are written stays as written', () => {
		const members = parseLines(['第１回〇〇委員会　議事録', '', '日時　令和６年６月１日', '出席委員', '４番　坪倉　正嘉', '', '山田委員長　ただいまから開会します。']).meeting?.participants[0]?.members;
		expect(members?.map((member) => [member.text, member.name])).toEqual([['４番　坪倉　正嘉', '坪倉　正嘉']]);
	});
});

describe('minutes whose text gives no whole date', () => {
	const lab = [
		'研究室ミーティング 議事録',
		'',
		'時間：13:00-14:45',
		'出席：佐藤先生、小川先生、鈴木(D2)、田中(M2)',
		'',
		'■進捗報告1　田中(M2)「歩行者軌跡予測」',
		'・評価指標をNLLでも算出した。',
		'',
		'佐藤先生：2つ目のデータセットで差が小さい理由は何か。',
		'小川先生：フレームレートの違いもあると思う。',
		'佐藤先生：層別した結果も見せてほしい。',
	];

	test('the file’s name dates them (`20240612_研究室ミーティング議事録.txt`), with a warning', () => {
		const result = parseLines(lab, '20240612_研究室ミーティング議事録.txt');
		expect(result.meeting?.date).toBe('2024-06-12');
		expect(result.diagnostics.find((d) => d.code === 'date-from-file-name')?.message).toContain("dated 2024-06-12 from the file's name");
		expect(speakerCounts(result)).toEqual({ 佐藤先生: 2, 小川先生: 1 });
	});

	test('in the plain reader too', () => {
		const result = parseLines(['議事要旨', '', '・資料の修正点を確認した。', '・次回は来月に開く。'], '2024-03-08_打合せメモ.txt');
		expect(result.meeting?.date).toBe('2024-03-08');
		// (The series is the name without its date: no series is one day's.)
		expect(result.meeting?.series).toBe('打合せメモ');
		expect(result.diagnostics.find((d) => d.code === 'unknown-layout')?.message).toContain("dated 2024-03-08 (from the file's name)");
	});

	test('a hash or a number run into letters is no date; without one the file is still refused on one line', () => {
		for (const name of ['000_4b9a20240612ec.txt', 'x20240612.txt', 'minutes.txt']) {
			const result = parseLines(lab, name);
			expect(result.meeting).toBeNull();
			expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['no-date']);
		}
	});

	const disaster = [
		'さくら台第二自主防災会　第3回役員会　議事録',
		'',
		'日　時　７月２０日（土）１９時００分～２０時３０分',
		'場　所　さくら台第二集会所　和室',
		'出席者　会長　小林　正治、避難誘導班長　三宅　浩二、書記　中村　由紀',
		'',
		'議　題',
		'　１　総合防災訓練の実施計画について',
		'',
		'１　総合防災訓練の実施計画について',
		'　小林会長：今年は市の総合防災訓練と同じ日に実施する。',
		'　三宅避難誘導班長：避難誘導班は、誘導に4人出せる。',
		'　→次回役員会は８月１７日（土）１９時から、集会所で開催する。',
		'',
		'以上',
		'',
		'　令和６年７月２１日',
		'　　　　　　　　　　記録者　書記　中村　由紀',
	];

	test('a 日時 without its year takes the year of the date the minutes were signed at their end', () => {
		const result = parseLines(disaster);
		expect([result.meeting?.date, result.meeting?.start, result.meeting?.end]).toEqual(['2024-07-20', '19:00', '20:30']);
		expect(result.diagnostics.map((d) => d.code)).toContain('year-from-signature');
		// (The date line's warning had said the title's year would be used; no title gives one.)
		expect(result.diagnostics.map((d) => d.code)).not.toContain('no-year');
	});

	test('signed in January, a December meeting is of the year before', () => {
		const result = parseLines(disaster.map((line) => line.replace('７月２０日（土）', '１２月２１日（土）').replace('令和６年７月２１日', '令和７年１月８日')));
		expect(result.meeting?.date).toBe('2024-12-21');
	});

	test('an arrow’s decision with a weekday in brackets is a note, not the last speaker’s words; every member of the roll is named', () => {
		const result = parseLines(disaster);
		const remarks = result.meeting?.remarks ?? [];
		expect(remarks.at(-1)?.text).toBe('避難誘導班は、誘導に4人出せる。');
		expect(rollsOf(result)).toEqual([['出席者', ['会長 小林　正治', '避難誘導班長 三宅　浩二', '書記 中村　由紀']]]);
	});
});

describe('header parts that had run into the place', () => {
	test('a panel’s コーディネーター and パネリスト are its rolls, and their surnames speak', () => {
		const result = parseLines([
			'第12回 ひなた県NPOフォーラム 記録',
			'',
			'日時　2024年11月16日（土）13:30～15:40',
			'会場　ひなた県民交流センター　大ホール',
			'',
			'コーディネーター　加藤　哲也（ひなたNPOセンター代表理事）',
			'パネリスト　　　　石井　布由子（コラボひなた事務局長）',
			'　　　　　　　　　佐高　真（評論家）',
			'',
			'加藤　それでは第2部を始めます。まず、パネリストの皆さんをご紹介します。',
			'石井　よろしくお願いします。',
			'佐高　評論家の佐高です。よろしくお願いします。',
			'加藤　では石井さんからお願いします。',
		]);
		expect(result.meeting?.location).toBe('ひなた県民交流センター　大ホール');
		expect(rollsOf(result)).toEqual([
			['コーディネーター', ['null 加藤　哲也']],
			['パネリスト', ['null 石井　布由子', 'null 佐高　真']],
		]);
		expect(speakerCounts(result)).toEqual({ 加藤: 2, 石井: 1, 佐高: 1 });
	});

	test('a hearing’s 対象 and 聞き手', () => {
		const result = parseLines([
			'関係団体ヒアリング記録',
			'',
			'１　日　時　令和６年８月２２日（木）１０時００分～１１時１０分',
			'２　場　所　ひかり市役所　第２庁舎　会議室Ｂ',
			'３　対　象　ひかり市私立保育園連絡協議会',
			'　　　　　　　会長　　　宮下　千鶴（あおぞら保育園　園長）',
			'４　聞き手　こども未来部　保育課長　村上　直人',
			'５　内　容',
			'',
			'――本日はありがとうございます。保育士の確保の状況についてお聞かせください。',
		]);
		expect(result.meeting?.location).toBe('ひかり市役所　第２庁舎　会議室Ｂ');
		expect(result.meeting?.participants.map((group) => group.group)).toEqual(['対象', '聞き手']);
	});

	const talks = [
		'第２回　みなみ圏域共生ビジョン懇談会　会議録',
		'',
		'開催年月日　　令和６年８月６日',
		'開催場所　　　みなみ市役所　本庁舎４階　大会議室',
		'開会　　　　　午後２時００分',
		'閉会　　　　　午後３時４０分',
		'',
		'懇談会出席者',
		'会　長　　　佐　藤　清　雄',
		'懇談会欠席者　な　し',
		'',
		'事務局',
		'　南市企画政策課長　　　野　中　秀　人',
		'　北町総務課長　　　　　　大　沢　　　隆',
		'',
		'○事務局（野中課長）　定刻となりましたので、ただいまから懇談会を開会いたします。',
		'○会長（佐藤清雄）　皆さん、こんにちは。',
	];

	test('the sitting’s opening and closing under the place are its times; `…出席者` and `…欠席者` named after the body are rolls', () => {
		const result = parseLines(talks);
		expect([result.meeting?.location, result.meeting?.start, result.meeting?.end]).toEqual(['みなみ市役所　本庁舎４階　大会議室', '14:00', '15:40']);
		// (Nobody absent: the 事務局 listed after it are present, a group of their own.)
		expect(rollsOf(result)).toEqual([
			['懇談会出席者', ['会長 佐藤清雄']],
			['懇談会欠席者', []],
			['事務局', ['南市企画政策課長 野中秀人', '北町総務課長 大沢 隆']],
		]);
	});

	test('a place that runs on over more lines than a place takes says so', () => {
		const result = parseLines(['第３回〇〇検討会　議事録', '', '日時　令和６年８月６日', '場所　市役所　大会議室', '　委員　山田　太郎', '　委員　佐藤　花子', '', '○山田委員　開会します。', '○佐藤委員　よろしくお願いします。']);
		expect(result.diagnostics.find((d) => d.code === 'long-place')?.line).toBe(6);
	});
});

describe('a club’s notes of a conversation', () => {
	const notes = [
		'みなと高校吹奏楽部OB・OG会　幹事会メモ',
		'',
		'日時：2024年10月5日(土) 20:00～21:15（オンライン）',
		'参加：井上（会長）、西村（副会長）、森（会計）、長谷川',
		'',
		'■定期演奏会の支援について',
		'',
		'井上「今年も例年どおりOB会から花束と差し入れを出したいと思います」',
		'森「去年は花束が1万円でした。「同じ額なら大丈夫」と聞いています」',
		'長谷川「了解です」',
		'→ 花束1万円、飲み物8千円以内。',
	];

	test('`名前「…」` is that member’s turn (a one-letter surname too), `参加：` the roll, and `幹事会メモ` names the series 幹事会', () => {
		const result = parseLines(notes);
		expect(result.meeting?.series).toBe('みなと高校吹奏楽部OB・OG会　幹事会');
		expect(rollsOf(result)).toEqual([['参加', ['会長 井上', '副会長 西村', '会計 森', 'null 長谷川']]]);
		expect(turnsOf(result)).toEqual([
			['井上', '今年も例年どおりOB会から花束と差し入れを出したいと思います'],
			['森', '去年は花束が1万円でした。「同じ額なら大丈夫」と聞いています'],
			['長谷川', '了解です'],
		]);
	});

	test('a quotation after a word that names no one listed stays text', () => {
		const result = parseLines([...notes.slice(0, 8), '看板「OB会」を新調した。']);
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['井上']);
	});

	test('a memo’s points after its roll are its text', () => {
		const result = parseLines(['打合せメモ', '', '2024年3月8日', '', '参加：山下、川島、田口', '', '・次回の講演会は5月を目標に準備する。', '・チラシのデザインは田口さんに依頼。']);
		expect(result.meeting?.participants.map((group) => group.members.length)).toEqual([3]);
		expect(bodyText(result)).toContain(fold('次回の講演会は5月を目標に準備する。チラシのデザインは田口さんに依頼。'));
		// (The points had made the council reader find no text at all, and the plain reader keep the roll as text.)
		expect(result.family).toBe('council');
	});
});

describe('a board’s resolution without a meeting (理事会の決議の省略)', () => {
	test('dated the day the resolution is deemed made, not by a date inside a motion; titled by both lines', () => {
		const result = parseLines([
			'一般社団法人ひかり地域スポーツクラブ',
			'理事会議事録（決議の省略）',
			'',
			'１．理事会の決議があったものとみなされた事項の内容',
			'　第１号議案　事務局長の任命の件',
			'　　令和６年１０月１日付で、西田　美穂を事務局長に任命する。',
			'',
			'２．理事会の決議があったものとみなされた事項の提案をした理事の氏名',
			'　代表理事　　大塚　誠',
			'',
			'３．理事会の決議があったものとみなされた日',
			'　令和６年９月２４日',
			'',
			'４．議事録の作成に係る職務を行った理事の氏名',
			'　代表理事　　大塚　誠',
			'',
			'　令和６年９月１７日、代表理事大塚誠が、理事の全員に対して上記事項について提案書を発送し、理事の全員から書面により同意の意思表示を得たので、当該提案を可決する旨の理事会の決議があったものとみなされた。',
		]);
		expect(result.meeting?.date).toBe('2024-09-24');
		expect([result.meeting?.title, result.meeting?.series]).toEqual(['一般社団法人ひかり地域スポーツクラブ 理事会議事録（決議の省略）', '一般社団法人ひかり地域スポーツクラブ 理事会']);
		expect(result.meeting?.participants.map((group) => group.members.map((member) => `${member.title} ${member.name}`))).toEqual([['代表理事 大塚　誠'], ['代表理事 大塚　誠']]);
	});
});

describe('a ward committee’s web page of labels alone on their lines (選挙管理委員会)', () => {
	const page = [
		'あおば区選挙管理委員会会議録',
		'第4回定例委員会',
		'',
		'会議の庶務を行う課名',
		'',
		'選挙管理委員会事務局',
		'',
		'開催日時',
		'',
		'令和6年4月25日(木)午前10時から午前11時35分まで',
		'',
		'開催場所',
		'',
		'あおば区役所本庁舎5階　第3委員会室',
		'',
		'出席者',
		'',
		'委員長　東　洋志',
		'委員　斉藤　和江',
		'事務局長　森下　達也、選挙係長　山内　智子、主任　高畑　涼',
		'',
		'会議の公開の可否及び非公開の場合の理由',
		'',
		'公開',
		'',
		'傍聴者数',
		'',
		'1人',
		'',
		'1　議案の概要と審議結果(賛成・・○、反対・・×)',
		'',
		'第11号　選挙人名簿登録者の抹消について　1,932名を抹消するもの。　○　○　可決',
		'',
		'2　協議・報告等',
		'',
		'(1)第18投票区の廃止について、町会長への説明の結果を事務局から報告を受けた。',
	];

	test('read by the council reader: place, roll and text (it had been a plain page, its roll rows turns of their posts)', () => {
		const result = parseLines(page);
		expect(result.family).toBe('council');
		expect([result.meeting?.series, result.meeting?.location, result.meeting?.start, result.meeting?.end]).toEqual(['あおば区選挙管理委員会 定例委員会', 'あおば区役所本庁舎5階　第3委員会室', '10:00', '11:35']);
		expect(rollsOf(result)).toEqual([['出席者', ['委員長 東　洋志', '委員 斉藤　和江', '事務局長 森下　達也', '選挙係長 山内　智子', '主任 高畑　涼']]]);
		expect(result.meeting?.remarks).toEqual([]);
		expect(bodyText(result)).toContain(fold('町会長への説明の結果を事務局から報告を受けた。'));
	});
});
