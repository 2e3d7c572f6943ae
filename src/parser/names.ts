/**
 * Splitting a participant entry or speaker label into name / title / affiliation:
 * `後藤座長` → 後藤 / 座長, `NTT 松原氏` → 松原 / 氏 / NTT,
 * `山内サイバーセキュリティ統括官` → 山内 / サイバーセキュリティ統括官,
 * `松原実穂子（NTT）` → 松原実穂子 / – / NTT, `デジタル庁` → – / – / デジタル庁,
 * `相田 仁（主査）` → 相田 仁 / 主査 (a full name keeps the space as written: it marks the surname).
 * When unsure, the name stays null rather than a wrong guess.
 */
import { matchForm, modernForms, trimSpaces } from './normalize.ts';
import { NAME_READING } from '../format/reading.ts';

/** What could be read out of one label. */
export interface NameParts {
	name: string | null;
	title: string | null;
	affiliation: string | null;
}

/** Person roles that follow a name directly (longest first). */
export const ROLE_TITLES: readonly string[] = [
	// Officers of unions, cooperatives and shopping-street associations (`坂東専務`, `林執行委員`, `○中村組合長`), before the
	// shorter roles they end with.
	'副執行委員長', '執行委員長', '執行委員', '議会運営副委員長', '議会運営委員長', '議会運営委員', '運営委員長', '運営委員', '常任委員', '常任理事', '副組合長', '組合長', '副支部長', '支部長', '専務', '常務',
	// A local government's auditors (`代表監査委員　桜井　保`, `○遠藤監査委員`).
	'代表監査委員', '監査委員',
	'教育長職務代理者', '委員長職務代理者', '会長職務代理者', '職務代理者', '教育長職務代理', '委員長職務代理', '会長職務代理', '職務代理', '座長代理', '副座長', '座長', '主査代理', '副主査', '主査', '構成員', '専門委員', '臨時委員', '特別委員', '小委員長代理', '副小委員長', '小委員長', '委員長代理', '副委員長', '委員長', '構成員代理', '委員代理', '小委員', '委員',
	// A member of a budget committee's 分科会 (`○城井分科員`), as the Diet's records name them.
	'分科員',
	'分科会長代理', '副分科会長', '分科会長', '部会長代理', '副部会長', '部会長', '会長代理', '副会長', '会長', '副議長', '議長', 'オブザーバー', '特任准教授', '特任教授', '客員教授', '名誉教授', '准教授', '教授', '専任講師', '講師', '助教', '先生',
	// A ministry's staff below its officials (`石井主任専門員`).
	'主任専門員', '専門員', '主任研究員',
	'代表理事', '専務理事', '常務理事', '業務執行理事', '副理事長', '理事長', '理事',
	'代表取締役社長', '代表取締役', '副社長', '社長', '専務執行役員', '常務執行役員', '執行役員', '専務取締役', '常務取締役', '社外取締役', '取締役', '常勤監査役', '非常勤監査役', '社外監査役', '監査役', '評議員', '代議員',
	// Officers of associations, residents' groups and PTAs (`江藤班長`, `小松監事`, `笹本会計`).
	// (And of choirs, fire brigades and youth groups, `河合団長`, and of a neighbourhood's 組, `堀組長`.)
	'会計監査', '監事', '副班長', '班長', '幹事', '顧問', '庶務', '会計', '副団長', '団長', '副組長', '組長', '相談役', '世話人', '総代',
	// A religious corporation's officers (`大谷代表役員`, `田村責任役員`, `福田役員`), as its 責任役員会 labels their turns.
	'代表役員', '責任役員', '役員',
	// Schools' and unions' officers (`田中教頭：`, `○鶴見書記長　…`).
	'副校長', '校長', '教頭', '副園長', '園長', '副書記長', '書記長', '書記',
	// A nursery's staff by their post (`坂本主任保育士`, `主任保育士　坂本　恵` in a roll; the post had made the entry no one).
	'主任保育士', '保育士', '管理栄養士', '栄養士',
	// Professions that speak at review boards (`石原医師：`, as 治験審査委員会 records name the investigator).
	'医師', '看護師長', '看護師', '薬剤師', '説明者', '参考人',
	// Hospitals' posts (`木戸技士長`, `吉田技師長`, `吉永院長`, `江島看護部長`), and a broadcaster's (`今野プロデューサー`).
	'技師長', '技士長', '副病院長', '病院長', '副院長', '院長', '看護部長', 'プロデューサー', 'ディレクター', 'アナウンサー',
	// A company's staff heard by a council (`○株式会社ＡＢＣ（佐々木シニアマネージャー）`).
	'ゼネラルマネージャー', 'シニアマネージャー', 'プロジェクトマネージャー', 'マネージャー', 'マネジャー', 'グループリーダー', 'チームリーダー',
	// A study group's members, as some agencies' 研究会 name them (`清水メンバー`, `（研究会メンバー）岡部座長、清水メンバー`).
	'メンバー',
	'氏', '様', 'さん', '君',
];

/**
 * Professions that follow a name as its title (`○中島弁護士`, `○松田公認会計士`); in a bracket after a name they are what the
 * member is (`西田 和也 委員（弁護士）`: the affiliation), never a role held at the meeting, so they are no role titles.
 */
const PROFESSIONS: readonly string[] = ['弁護士', '公認会計士', '税理士', '司法書士', '弁理士', '社会保険労務士'];
/** What may follow a name directly: the roles, then the professions. */
const PERSON_TITLES: readonly string[] = [...ROLE_TITLES, ...PROFESSIONS];

/** Words an official's post begins with, right after the surname (サイバー…, 官房…, 審議官, …). */
export const OFFICE_WORDS: readonly string[] = [
	'サイバー', '大臣', '副大臣', '政務官', '事務次官', '次官', '長官', '副長官', '官房', '自治', '電気', '電波', '消費者', '地域', '近畿',
	'関東', '東北', '北海道', '信越', '北陸', '東海', '中国', '四国', '九州', '沖縄', '総合', '情報', '国際', '技術',
	'政策', '総務', '行政', '通信', '放送', '郵政', '統計', '防災', '戦略',
	// A board of education's officials (`川島指導室長`, `山口指導主事`, `佐藤学校教育課長`).
	'指導', '学校', '審議官', '統括官', '参事官', '企画官', '調査官', '推進官', '研究官', '管理官', '監理官', '分析官',
	'専門官', '調整官', '長官', '総裁', '副総裁', '室長', '課長', '部長', '局長', '次長', '所長', '副所長', '係長', '主任', '主幹', '主査', '参事', '副主幹', '副主査', '副参事', '総括', '統括', '事務局',
	// A local government's officials whose posts end otherwise (`門脇参与`, `佐藤技監`, `田中審議監`, `森会計管理者`,
	// `石井水道事業管理者`: whole, so that a surname of one letter is not read with the department word after it).
	'参与', '技監', '審議監', '理事官', '副センター長', 'センター長', '保健所', '支所長', '出張所長', '公民館長', '図書館長', '会計管理者',
	// The head of a library, a museum or a nursery and their deputy, as the post before 補佐 (`館長補佐　土橋　和夫`, `園長補佐`): a post
	// whole, never a person named 館長.
	'館長', '副館長', '園長', '副園長',
	// A company's heads of a works, a branch or a shop (`水野工場長`, `委員長　工場長　水野 智之` in a 安全衛生委員会's roll: the
	// post had made the entry no one).
	'工場長', '副工場長', '支店長', '副支店長', '店長', '副店長',
	// A section's staff by the short posts a city's records write after a surname (`岡本補佐`, for 課長補佐; `木村主事`).
	'補佐', '主任主事', '主事', '病院事業管理者', '水道事業管理者', '下水道事業管理者', '公営企業管理者', '企業管理者',
	// A city's or a museum's staff by their profession (`西尾学芸員`, `小林司書`, `田村保健師`, `石川技師`, `岡研究員`).
	'学芸員', '司書', '保健師', '技師', '研究員', '調査員', '相談員',
	// A plan's span before its section (`長期計画課長`, `中長期戦略室長`: had been a person named 長期), and a company's board
	// post before the office it heads (`三輪取締役編成局長`, `取締役編成局長`: had been no one, or a person named 取締役).
	'長期', '中長期', '中期', '取締役', '執行役員', '常務', '専務',
];

/** How an official's post ends (the post must end this way, brackets aside). */
const OFFICE_ENDINGS = /(?:官|長|(?:長|官)代理|総裁|補佐|監|顧問|参与|専門職|主任|担当|職員|理事|参事|主幹|主査|主事|管理者|学芸員|司書|保健師|技師|研究員|調査員|相談員)$/u;

/**
 * Suffixes of organisations that no surname ends with (a legal form abbreviated in brackets too, `…バス㈱`, `…交通（株）`); a
 * hospital, a school or a public office by its name only (`あかね中央病院`, `みどり小学校`), never the bare word (`学校` heading a
 * PTA's roll's line of its teachers).
 */
const ORGANISATION_ENDINGS =
	/(?:省|庁|府|局|課|室|機構|センター|法人|協議会|審議会|審査会|協会|会議|委員会|銀行|本部|研究所|大学|機関|会社|グループ|団体|連合会|組合|会議所|連盟|事業団|公社|基金|金庫|公庫|財団|学会|医師会|取引所|事務所|.(?:病院|診療所|クリニック|保健所|消防署|警察署|学校|幼稚園|保育園|保育所|こども園|商工会)|ISAC|CERT|CC|[㈱㈲㈳㈶]|[（(][株有社財][）)])$/u;
/** Suffixes shared by organisations and surnames (中之条町 / 北村, 情報通信部 / 阿部): trusted on longer texts only. */
const PLACE_ENDINGS = /(?:町|村|市|県|都|道|部)$/u;

/** True when a text ends as only an organisation's name does (`…省`, `…協会`, `…会議`), never a surname or a place. */
export function endsAsOrganisation(text: string): boolean {
	return ORGANISATION_ENDINGS.test(text);
}

/**
 * A given name ending in 市 (`福田与市`, `山本善市`, `川村喜市`): its letter before 市 ends no city's name (四日市, 廿日市 and 富士吉田市
 * end otherwise), so the name is a person's, not a place's.
 */
const GIVEN_NAME_ICHI = /[与善喜宇勘源嘉弥彦徳伊]市$/u;
/**
 * A given name ending in 道 (`宇野正道`, `川上秀道`, `森田義道`): its letter before 道 ends no place's or business's name (北海道, 水道,
 * 鉄道, 報道, 街道 end otherwise), so the name is a person's, not a place's.
 */
const GIVEN_NAME_MICHI = /[正秀義直和英公光忠政信俊昌孝康泰常重善雅久則利哲晴隆博弘宏智典克勝輝]道$/u;

/** A legal form abbreviated in brackets before a company's name (`（株）`, `(有)`), no bracket of the text's own. */
const ABBREVIATED_FORM_FIRST = /^[（(][株有社財][）)]/u;

/** True when a text ends like the name of an organisation, or opens with a company's or a corporation's legal form (`株式会社ＡＢＣクラウド`). */
export function isOrganisation(text: string): boolean {
	return ORGANISATION_ENDINGS.test(text) || (PLACE_ENDINGS.test(text) && [...text].length >= 4 && !GIVEN_NAME_ICHI.test(text) && !GIVEN_NAME_MICHI.test(text)) || (CORPORATE_FORM_FIRST.test(text) && !/[（()）]/u.test(text.replace(ABBREVIATED_FORM_FIRST, '')));
}

/** An officer and their room, either way round: `理事長（３０２号室）`, `３０２号室（理事長）`. */
const ROOM_HELD = /^(?:(?<post>[^\s\u3000（()）]{1,8})[（(](?<room>[0-9０-９]{2,4}号室)[）)]|(?<room2>[0-9０-９]{2,4}号室)[（(](?<post2>[^\s\u3000（()）]{1,8})[）)])$/u;

/** What an owners' association calls its managing agent, before its name or as a group of the roll: `管理会社`, `管理受託会社`. */
export const MANAGING_AGENT_WORD = '(?:管理会社|管理受託会社|管理委託先|管理業者)';
/** The managing agent of an owners' association named as such before its name: `管理会社　…`. */
const MANAGING_AGENT = new RegExp(`^${MANAGING_AGENT_WORD}[\\s\\u3000]+(?<rest>\\S.*)$`, 'u');
/**
 * A managing agent's staff member, as an owners' association's roll names them: the company, the post (`担当`, `フロント担当`,
 * `フロント`, `管理員`, `所長`) and the surname (maybe the given name, maybe `氏` after it): `さつき管理　担当　松岡`,
 * `株式会社コスモ住宅管理　担当　宇野氏`, `株式会社ミドリ住宅サービス 担当 小倉 優斗(フロント)`.
 */
const AGENT_STAFF = /^(?<company>[^\s\u3000]{2,30})[\s\u3000]+(?<post>[^\s\u3000]{0,10}(?:担当者?|マネージャー|マネジャー|主任|所長|支店長|課長|係長|管理員)|フロント)[\s\u3000]+(?<name>[\p{Script=Han}々ヶ]{1,4}?(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]{1,5})?)(?:氏|様|さん)?(?:[（(](?<duty>[^（()）\s\u3000]{1,10})[）)])?$/u;

/** The staff member of such a line (the company their affiliation); null for any other text. */
export function managingAgentStaff(text: string): { name: string; title: string; affiliation: string } | null {
	const staff = text.length <= 80 ? AGENT_STAFF.exec(trimSpaces(text))?.groups : undefined;
	if (!staff?.name || !staff.post || !staff.company || ROLE_TITLES.includes(staff.company)) return null;
	// (`小倉 優斗(フロント)`: the duty in brackets after the name is the post's.)
	return { name: staff.name, title: staff.duty ? `${staff.post}（${staff.duty}）` : staff.post, affiliation: staff.company };
}
/**
 * A company or a corporation by its legal form written first (`株式会社サンライフ管理`, `一般社団法人ひかり会`, abbreviated in
 * brackets, `㈱サンライフ管理`, `（株）サンライフ管理`): the company a post before a name is held at.
 */
const CORPORATE_FORM_FIRST = /^(?:[㈱㈲㈳㈶]|[（(][株有社財][）)]|株式会社|有限会社|合同会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|社会福祉法人|特定非営利活動法人|NPO法人|学校法人|医療法人)[^\s\u3000]{2,}$/u;

/**
 * Words a local government's post begins with (`企画部長`, `上下水道局長`, `健康福祉部長`): before an office
 * word they name the department, never a surname.
 */
const DEPARTMENT_WORDS: readonly string[] = [
	'企画', '福祉', '財政', '健康', '上下', '水道', '下水', '環境', '建設', '都市', '市民', '区民', '町民', '村民', '県民', '住民',
	'教育', '生活', '産業', '経済', '農林', '農政', '土木', '会計', '危機', '子ども', 'こども', '保健', '保険', '介護', '消防',
	'議会', '選挙', '監査', '税務', '人事', '秘書', '広報', '企業', '病院', '交通', '観光', '文化', '商工', '資産', '契約', '管財',
	'衛生', '公園', '道路', '河川', '港湾', '開発', '計画', '整備', '管理', '学校', '生涯', '社会', '長寿', '高齢', '障害',
	'経営', '議事', '調査', '農業', '林務', '水産', '建築', '住宅', '用地', '営繕', '納税', '収納', '国保', '市長公室', '防災',
	'法制', '事業',
	// The clerks' posts of an assembly's or an association's office (`書記次長`, `庶務係長`).
	'書記', '庶務',
	// A ministry's or a city's sections that other words name (`福田研究開発課長`, `保育課長`, `児童福祉課長`).
	'研究', '科学', '人材', '振興', '品質', '保育', '児童', '人権', '協働', '清掃', '循環', '財務', '課税', '徴収', '債権',
	// A broadcaster's departments (`伊藤編成部長`, `千田報道局長`), as 放送番組審議会 records name the station's staff.
	'編成', '報道', '制作', '営業',
	// The sections of a commission that reviews cases (`審査総括室長`, `審査課長`, `審理室長`), as a labour commission names its staff.
	'審査', '審理',
	// A company's departments (`技術部 西田`, `経理課 森`).
	'技術', '製造', '設計', '総務', '経理', '情報', '品証', '購買', '法務', '知財',
	// A ministry's or an agency's posts named by their field (`気象防災監`, `食品表示企画課長`, `表示対策課長`, `高等教育局長`,
	// `大学振興課長`).
	'気象', '食品', '表示', '高等', '大学',
	// A governor's office (`北廣知事室長`, `田中知事公室長`).
	'知事',
	// A city's sections and facilities named by words no surname is (`施設整備課長`, `公共交通課長`, `戸籍住民課長`,
	// `国民健康保険課長`, `窓口サービス課長`, `中央公民館長`, `給食センター所長`): the whole a post held by no one named.
	'施設', '公共', '国民', '戸籍', '窓口', '保護', '財産', '商業', '工業', '市街地', '上水', '給食', '図書', '中央', '公民館', '支所', '市立', '県立', '町立', '村立', '区立',
	// A prefecture's forestry and farmland sections (`森林政策課長`, `農村整備課長`), and a personnel board's (`任用課長`, `給与課長`).
	'森林', '林業', '農村', '農地', '畜産', '耕地', '治山', '砂防', '自然', '廃棄物', '任用', '給与', '職員',
	// A ministry's sections of vocational training and of statistics (`能力開発課長`, `能力評価課長`, `統計企画課長`).
	'能力', '統計',
	// The sections that deal with the local governments (`市町村課長`, a prefecture's; `都道府県税課長`, `市町村税課長`, a ministry's),
	// and those for safety (`交通安全課長`, `製品安全課長`).
	'市町村', '都道府県', '安全', '製品',
	// A water and sewerage bureau's sections (`料金課長`, `給水課長`, `配水課長`, `浄水課長`, `工務課長`).
	'料金', '給水', '配水', '浄水', '工務',
	// A city's and an education board's sections named in two or three letters (`青少年課長`, `学務課長`, `教務課長`, `体育課長`,
	// `税制課長`, `防犯課長`, as a ward's side of a 研究会 lists its staff by post alone).
	'青少年', '学務', '教務', '体育', '税制', '防犯',
];

/**
 * Words a national agency's bureau or office begins with (`金田労働局長`, `飯田賃金指導官`, `田中賃金室長`): after a surname
 * of two or three characters they begin the post (a longer run, `村田在宅医療推進室長`, is an office's whole name).
 */
const AGENCY_WORDS: readonly string[] = ['労働', '労政', '労災', '賃金', '職業', '雇用', '監督', '年金', '医療', '医薬', '食品', '林野', '気象', '運輸', '航空', '鉄道', '税関', '国税', '入国', '警察', '特許', '資源', '原子力', '規制'];

/** A member's name alone, maybe padded, with the honorific a roll or a label gives it: `鈴木真由美さん`, `大園健太君`, `山 田　一 郎 君`. */
const BARE_MEMBER_NAME = /^[\s\u3000]*(?<name>[\p{Script=Han}々ヶ](?:[ \u3000]?[\p{Script=Han}々ヶ\p{Script=Hiragana}\p{Script=Katakana}ー]){1,8})[ \u3000]*(?<honorific>君|さん|議員)[\s\u3000]*$/u;

/** The name (its spaces as written) and honorific of a member's name alone on a line or in a cell; null for any other text. */
export function bareMemberName(text: string): { name: string; honorific: string } | null {
	const found = text.length <= 40 ? BARE_MEMBER_NAME.exec(text)?.groups : undefined;
	return found ? { name: found.name ?? '', honorific: found.honorific ?? '' } : null;
}

/** A local government's section by its name alone: `生涯学習課`, `企画財政課`, `健康推進室` (a department word, then 課, 室 or 係). */
export function isSectionName(text: string): boolean {
	return /^\p{Script=Han}{2,10}(?:課|室|係)$/u.test(text) && isDepartmentPost(text);
}

/** True when a text starts with a department word (`企画部長`): a post, not a surname and a post. */
function isDepartmentPost(text: string): boolean {
	return DEPARTMENT_WORDS.some((word) => text.startsWith(word));
}

/** The posts of an assembly's office staff, written after a full name in a roll of such pairs (`加藤五郎局長　並木義之主事`, `姫野努次長補佐`). */
const STAFF_POST = '(?:事務局長|事務局次長|(?:議事|庶務|総務|調査)?(?:係長|課長補佐|次長補佐|局長補佐|課長|局長|次長|主任|主査|主事|主幹|書記|参事|事務員))';
/** An office staff post alone (`局長`, `事務局次長`, `書記`, `議事係長`). */
const STAFF_POST_ALONE = new RegExp(`^${STAFF_POST}$`, 'u');

/** True for a post of a body's office staff (`局長`, `次長`, `書記`, `主事`), as a committee's secretariat is listed. */
export function isStaffPost(title: string): boolean {
	return STAFF_POST_ALONE.test(title);
}

/** A full name of three to five characters and an office staff post after it: `並木義之主事`, `吉田六郎議事係長`. */
const STAFF_PAIR = new RegExp(`^(?<name>[\\p{Script=Han}々ヶ]{3,5}?)(?<post>${STAFF_POST})$`, 'u');

/**
 * A cell of a staff roll that names the person before the post (`加藤五郎局長`); null when the text before the post is a
 * department (`企画財政課長`) or a bureau (`…局`, `…課`) rather than a name.
 */
export function readStaffPair(text: string): { name: string; post: string } | null {
	const found = text.length <= 16 ? STAFF_PAIR.exec(text)?.groups : undefined;
	if (!found?.name || !found.post || isDepartmentPost(found.name) || /[局課部室係所]$/u.test(found.name)) return null;
	// `森研究開発課長`, `宇都市計画課長`: a short surname glued to a section's post that begins with a department word, no full name.
	const parts = parseNameLabel(text);
	if (parts.name !== null && parts.title !== null && found.name.startsWith(parts.name) && parts.name.length < found.name.length && isDepartmentPost(parts.title)) return null;
	return { name: found.name, post: found.post };
}

/** How a bureau's or a bank's name ends (`医政局`, `総務課`, `日本銀行`): such a word before an office word is a post, not a surname. */
const BUREAU_ENDINGS = /(?:局|省|庁|課|銀行)$/u;
/** A post that starts with its bureau: `医政局地域医療計画課長`; a bureau of two words joined by ・ too, `物流・自動車局旅客課長`. */
const BUREAU_POST = new RegExp('^[\\p{Script=Han}]{1,5}(?:[・･][\\p{Script=Han}]{1,5})?(?:省|庁|局)', 'u');

/** Leading words that are never surnames even when an office word follows. */
const NOT_SURNAMES = new Set([
	'内閣', '内閣府', '事務', '事務局', '大臣', '総務', '総務省', '政府', '国立', '一般', '地方', '日本',
	// The words of a roll's heading before a role (`出席委員`, `会議録署名委員`, `説明員`), never a person.
	'出席', '欠席', '署名', '会議録署名', '議事録署名', '説明', '傍聴', '全', '各', '関係', '理事者', '参与', '随行',
	// A post's own first word (`担当書記`, `議事係長`).
	'担当', '議事',
	// A group's kind before its 団長 (`消防団長`, `応援団長`, `選手団長`).
	'消防', '応援', '青年', '選手', '視察', '調査', '訪問', '少年', '使節',
	// The kind of an assembly's committee before its chair (`特別委員長`, `常任委員長`).
	'特別', '常任',
	// The first word of a ministry's name (`厚生労働省医政局総務課長`, `国土交通省総合政策局長`): the post is the ministry's.
	'厚生', '国土', '農林', '経済', '文部',
	// A ministry's bureau before its head or its section (`医政局長`, `成育局長`, `高等教育局長`, `成育基盤企画課長`): no surname.
	'医政', '老健', '成育', '成育基盤', '支援', '保険', '年金', '医薬', '高等', '初等', '初等中等', '職業', '労働',
	// A prefecture's or a city's department named for its land or its people (`県土整備部長`, `府民文化部長`): no surname.
	'県土', '県民', '府民', '都民', '道民', '市民', '区民', '町民', '村民',
]);

/** Han characters, with 〓 (the geta mark standing for a character the source could not print: `〓田花子`). */
const HAN = '\\p{Script=Han}々〆ヶ〓';
const KANA = '\\p{Script=Hiragana}\\p{Script=Katakana}ー';
const SURNAME = new RegExp(`^[${HAN}](?:[${HAN}]|ノ(?=[${HAN}])){0,3}`, 'u');
const PERSON_NAME = new RegExp(`^[${HAN}][${HAN}${KANA}]{1,7}$`, 'u');
/** An official who is no member, named by the post in brackets, as older village records write it: `番外（助役）`, `番外（市長佐藤壽一君）`. */
const OUTSIDE_MEMBER = /^番外[（(](?<post>[^（）()]{1,20})[）)]$/u;

/** True for a label naming an official who is no member by the post alone: `番外（助役）`. */
export function isOutsideMember(label: string): boolean {
	return OUTSIDE_MEMBER.test(label);
}

/** An organisation in brackets, then a person with a role or post: `（日本地域観光推進協会）山口専務理事`. */
const LEADING_ORGANISATION = /^[（(](?<org>[^（()）]{2,30})[)）](?<rest>[^（()）\s\u3000]{2,20})$/u;
/** How the names of documents and parts of a record end, which no person's name does. */
const DOCUMENT_ENDING = /(?:通知|案内|次第|名簿|日程|資料|報告|議事録|会議録|通告|一覧)$/u;
/** A name that begins in kana (`とおし勝年`, `あべ俊子`), read only with an honorific after it. */
const KANA_FIRST_NAME = new RegExp(`^[\\p{Script=Hiragana}\\p{Script=Katakana}][${HAN}${KANA}]{1,7}$`, 'u');
/**
 * A name written in katakana alone, as a member of foreign birth writes theirs (`マクファーレンエリザベス`, `アレクサンドロヴィッチ・ミハイル`),
 * longer than a Japanese name: read only with an honorific after it, or after a post in a roll (`デジタル推進部長　マクファーレン　君`).
 */
export const KATAKANA_NAME = /^\p{Script=Katakana}[\p{Script=Katakana}ー・･＝=]{1,23}$/u;
/** A full name with one space between surname and given name: `相田 仁`, `後藤　尚久`. */
const SPACED_FULL_NAME = new RegExp(`^(?<surname>[${HAN}]{1,4})[ \\u3000](?<given>[${HAN}${KANA}]{1,5})$`, 'u');

/** True for a full name alone, one space between surname and given name (`浜田　妙子`, `鶴見 義則`). */
export function isSpacedFullName(text: string): boolean {
	return SPACED_FULL_NAME.test(text);
}
const NAME_BEFORE_ROLE = new RegExp(`^[${HAN}${KANA}]{1,8}$`, 'u');
/** A Latin capital and small letter, those with their accents too (`Müller`, `José`, `Søren`, `Łukasz`). */
const LATIN_UPPER = 'A-ZÀ-ÖØ-Þ\\u0141\\u0160\\u017d';
const LATIN_LOWER = 'a-zß-öø-ÿ\\u0100-\\u017f';
/**
 * One capitalised Latin word (`Kim`, `Müller`), with a capital after an apostrophe (`O'Neil`, `D'Souza`) or a Korean
 * given name's small second syllable after a hyphen (`Min-jun`), as a regex source.
 */
export const LATIN_WORD = `(?:[${LATIN_UPPER}]['’])?[${LATIN_UPPER}][${LATIN_LOWER}]{1,15}(?:-[${LATIN_LOWER}]{2,8})?`;
/** A person's name in Latin letters, two or three capitalised words (`Yuko Fujimoto`, `Mary Ann Smith`, `Jean-Pierre Dupont`), as a regex source. */
export const LATIN_FULL_NAME = `${LATIN_WORD}(?:[ -]${LATIN_WORD}){1,2}`;
/** A foreign name in katakana, words joined by ・ or ＝ (`エマ・ワトソン`, `ジャン＝ピエール・ルノー`), as a regex source. */
export const KATAKANA_FULL_NAME = '[\\p{Script=Katakana}ー]{1,12}(?:[・･＝=][\\p{Script=Katakana}ー]{1,12}){1,3}';
/**
 * A foreign full name, maybe with where the person comes from in brackets after it (a space before it too): `グエン・ティ・ラン
 * （ベトナム人コミュニティ）`, `John Smith (ABC Corp.)`.
 */
const FOREIGN_FULL_NAME = new RegExp(`^(?<name>${KATAKANA_FULL_NAME}|${LATIN_FULL_NAME})(?:[ \\u3000]*[（(](?<from>[^（()）]{1,30})[）)])?$`, 'u');
/**
 * A Latin word of a name before a role, as written: capitalised or in capitals of three letters or more (two are an
 * anonymised member, `AB委員`), in either width (`Lee`, `LEE`, `Ｌｅｅ`, `ＬＥＥ`), as a regex source.
 */
const LATIN_NAME_WORD = `(?:${LATIN_WORD}|[A-Z]{3,15}|[Ａ-Ｚ][ａ-ｚ]{1,15}|[Ａ-Ｚ]{3,15})`;
/** A foreign name before a role: in katakana, or one to three Latin words (`エマ・ワトソン委員`, `David Kim委員`, `Kim委員`, `ＬＥＥ委員`). */
const FOREIGN_NAME = new RegExp(`^(?:${KATAKANA_FULL_NAME}|${LATIN_NAME_WORD}(?:[ \u3000-]${LATIN_NAME_WORD}){0,2})$`, 'u');
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;
/** A name that opens in Latin letters, either width (`ＮＴＴ東日本`, `KDDI`). */
const LATIN_START = /^[A-Za-zＡ-Ｚａ-ｚ]/u;
/**
 * A foreign name after a title or initials, in either width: `Ｄｒ．ＬＥＥ`, `Dr. Smith`, `Ａ．ミラー`, `J. K. Rowling`, `Prof. マイヤー`
 * (a title or an initial at least, so that a word in capitals alone, `NTT`, stays an organisation's).
 */
const INITIALLED_NAME = new RegExp(
	`^(?:(?:Dr|Prof|Mr|Mrs|Ms|Ｄｒ|Ｐｒｏｆ|Ｍｒ|Ｍｒｓ|Ｍｓ)[.．][ \\u3000]?(?:[A-ZＡ-Ｚ][.．][ \\u3000]?){0,2}|(?:[A-ZＡ-Ｚ][.．][ \\u3000]?){1,3})(?:${KATAKANA_FULL_NAME}|[\\p{Script=Katakana}ー]{2,12}|${LATIN_NAME_WORD}(?:[ \\u3000-]${LATIN_NAME_WORD}){0,1})$`,
	'u',
);
/** A leading Latin affiliation without a space: `NTT松原氏`. */
const LATIN_PREFIX = new RegExp(`^(?<affiliation>[A-Za-z0-9/&.\\-]+)(?<rest>[${HAN}].*)$`, 'u');

const OPENING = '（(「【［[〔<＜『';
const CLOSING = '）)」】］]〕>＞』';

/** Split a trailing bracketed part off: `内藤官房審議官（国際技術、…担当）` → [`内藤官房審議官`, `（…）`, `国際技術、…担当`]. */
function splitTrailingBracket(text: string): { head: string; bracket: string; inner: string } | null {
	const last = text.at(-1);
	if (last === undefined || !CLOSING.includes(last)) return null;
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		const char = text[i] ?? '';
		if (CLOSING.includes(char)) depth++;
		else if (OPENING.includes(char)) {
			depth--;
			if (depth === 0) {
				if (i === 0) return null;
				return { head: trimSpaces(text.slice(0, i)), bracket: text.slice(i), inner: trimSpaces(text.slice(i + 1, -1)) };
			}
		}
	}
	return null;
}

/** Surnames that end like an organisation's room (`大室`, `小室`, `氷室`): two characters only, as no office is named so short. */
const ROOM_SURNAME = /^\p{Script=Han}室$/u;

/** Honorifics among the roles: they end a label, never a post made of two roles. */
export const HONORIFICS: readonly string[] = ['氏', '様', 'さん', '君'];

/** The roles a text ends with, one before another (`代表理事専務`, `代表取締役会長`), longest first: how many letters they take from its end. */
function trailingRoles(text: string): number {
	let end = text.length;
	let roles = 0;
	for (;;) {
		const head = text.slice(0, end);
		const role = ROLE_TITLES.find((title) => !HONORIFICS.includes(title) && head.endsWith(title));
		if (role === undefined) break;
		end -= role.length;
		roles++;
		// (`副会長兼会計`: one role held with another, 兼 between them.)
		if (text[end - 1] === '兼' && ROLE_TITLES.some((title) => !HONORIFICS.includes(title) && text.slice(0, end - 1).endsWith(title))) end--;
	}
	return roles >= 1 ? text.length - end : 0;
}

/** True for a post of two roles or more one after another and nothing else: `代表取締役会長`, `代表理事専務`. */
export function isCompoundRole(text: string): boolean {
	return text.length <= 16 && !ROLE_TITLES.includes(text) && trailingRoles(text) === text.length && ROLE_TITLES.some((role) => text.startsWith(role) && role.length < text.length);
}

/** A surname, then the chair of an assembly's committee named by its business: `北川議会運営委員長`, `森総務副委員長`. */
const COMMITTEE_CHAIR = /^(?<name>\p{Script=Han}{1,4}?)(?<post>(?:議会運営|予算特別|決算特別|予算決算|総務|文教|厚生|建設|経済|環境|産業|福祉|都市|企画|常任|特別)[\p{Script=Han}・]{0,14}?副?委員長)$/u;

/** A surname and 代理 alone, one standing in for that member: `金子代理` (never a post's deputy, `課長代理`, `会長代理`). */
const STAND_IN = /^(?<name>\p{Script=Han}{1,3}?)代理$/u;

/** `小山構成員` → 小山 / 構成員 (a person role right after a name); `樋口代表理事専務` → 樋口 / 代表理事専務 (two roles one after another are one post). */
function splitRole(text: string): { name: string; title: string } | null {
	// `副委員長` is a role, not 副 the 委員長; nor is `代表取締役会長` 代表取締役 the 会長.
	if (ROLE_TITLES.includes(text) || isCompoundRole(text) || MINISTER_POST.test(text)) return null;
	// `古賀外務大臣政務官`, `工藤内閣府副大臣`: a minister's post names its ministry, the surname before it (not `古賀外務` the 大臣政務官).
	const minister = splitSittingPost(text);
	if (minister?.name && minister.title !== null && MINISTER_POST.test(minister.title)) return { name: minister.name, title: minister.title };
	// `北川議会運営委員長`, `北川裕総務委員長`: an assembly committee's name between the surname and 委員長 is the post's (the
	// surname had taken 議会 or 総務, the post 運営委員長).
	const chair = COMMITTEE_CHAIR.exec(text)?.groups;
	if (chair && NAME_BEFORE_ROLE.test(chair.name ?? '') && !NOT_SURNAMES.has(chair.name ?? '')) return { name: chair.name ?? '', title: chair.post ?? '' };
	// `金子代理`: one attending in a member's place, named by the member's surname (as `金子委員代理` writes it in full); the
	// label had been read as a name of four letters, or as no turn at all.
	const standIn = STAND_IN.exec(text)?.groups?.name;
	if (standIn && NAME_BEFORE_ROLE.test(standIn) && !ORGANISATION_ENDINGS.test(standIn) && !OFFICE_ENDINGS.test(standIn) && !NOT_SURNAMES.has(standIn)) return { name: standIn, title: '代理' };
	for (const role of PERSON_TITLES) {
		if (text.endsWith(role) && text.length > role.length) {
			const name = text.slice(0, -role.length);
			// (`樋口代表理事` before 専務: the role before is the post's too, when a name is left before it.)
			// (`野口副会長兼` before 会計: 兼 joins the two.)
			const held = name.endsWith('兼') ? trailingRoles(name.slice(0, -1)) : 0;
			const before = HONORIFICS.includes(role) ? 0 : held > 0 ? held + 1 : trailingRoles(name);
			if (before > 0 && before < name.length) {
				const surname = name.slice(0, -before);
				if (NAME_BEFORE_ROLE.test(surname) && !ORGANISATION_ENDINGS.test(surname) && !NOT_SURNAMES.has(surname)) return { name: surname, title: name.slice(-before) + role };
			}
			// `阿部会長`, `岡部会長`, `服部会長代理`: one letter before 部会長 is a surname ending in 部 (阿部, 岡部, 服部, 渡部, 矢部 …)
			// before 会長, far more often than a surname of one letter before a 部会's head.
			if (/^\p{Script=Han}$/u.test(name) && role.startsWith('部') && ROLE_TITLES.includes(role.slice(1)) && !NOT_SURNAMES.has(`${name}部`)) return { name: `${name}部`, title: role.slice(1) };
			if (NAME_BEFORE_ROLE.test(name) && (!ORGANISATION_ENDINGS.test(name) || ROOM_SURNAME.test(name)) && !NOT_SURNAMES.has(name)) return { name, title: role };
			if (FOREIGN_NAME.test(name) || INITIALLED_NAME.test(name)) return { name, title: role };
		}
	}
	return null;
}

/** `山内サイバーセキュリティ統括官` → 山内 / サイバーセキュリティ統括官 (surname before a known office word). */
function splitOfficial(text: string, bracket: string): { name: string; title: string } | null {
	if (OFFICE_WORDS.some((word) => text.startsWith(word)) || isDepartmentPost(text)) return null;
	if (!OFFICE_ENDINGS.test(text)) return null;
	const run = SURNAME.exec(text)?.[0] ?? '';
	for (let length = 1; length <= run.length; length++) {
		const rest = text.slice(length);
		// `金田経営企画部長`: a department word after a surname of two or more characters begins the post as an office
		// word does (after one character it could be the surname's own: 宇都市長 is 宇都, 市長).
		if (OFFICE_WORDS.some((word) => rest.startsWith(word)) || (length >= 2 && isDepartmentPost(rest)) || (length >= 2 && length <= 3 && AGENCY_WORDS.some((word) => rest.startsWith(word)))) {
			const name = text.slice(0, length);
			// `林財政課長補佐`, `谷企画係長`, `森税務課主任`: a department word right after the first letter begins the post there, a
			// surname of one letter (the department word is found after a surname of two letters first: `高橋企画課長`).
			if (length >= 3 && isDepartmentPost(text.slice(1))) return { name: text.slice(0, 1), title: text.slice(1) + bracket };
			// Four characters before a bare 課長 or 部長 name a section (`就農支援課長`), seldom a surname.
			if (length >= 4 && BARE_POST.test(rest)) return null;
			// `医療政策課長`, `雇用政策課長`: an agency's word alone before the post names the office, never a surname.
			if (NOT_SURNAMES.has(name) || BUREAU_ENDINGS.test(name) || AGENCY_WORDS.includes(name)) return null;
			// `堀江学部長`, `高橋副部長`: a faculty's dean (学部長) and a deputy's 副 belong to the post, not to the surname.
			const lead = length >= 3 && /^(?:部長|課長|局長|室長|所長)$/u.test(rest) ? /(?:副学|副|学)$/u.exec(name)?.[0] : undefined;
			if (lead !== undefined && (lead === '副' || rest === '部長')) return { name: name.slice(0, -lead.length), title: lead + rest + bracket };
			return { name, title: rest + bracket };
		}
	}
	return null;
}

/** A bare name followed by a bracket: a role in it (`（主査）`) is the title, anything else the affiliation. */
function nameWithBracket(name: string, inner: string): { name: string; title: string | null; affiliation: string | null } {
	// (`Chair / 委員長`: the role in two languages, the Japanese one its title.)
	const bilingual = /^(?<latin>[A-Za-z][A-Za-z .-]{0,30})[ \u3000]*[/／][ \u3000]*(?<role>\S{1,10})$/u.exec(inner)?.groups?.role;
	if (bilingual !== undefined && ROLE_TITLES.includes(bilingual)) return { name, title: bilingual, affiliation: null };
	// (`太田（監事代理）`: one standing in for an officer, the role and 代理 their title.)
	const role = ROLE_TITLES.includes(inner) || (inner.endsWith('代理') && ROLE_TITLES.includes(inner.slice(0, -2)));
	return role ? { name, title: inner, affiliation: null } : { name, title: null, affiliation: inner || null };
}

/** `相田 仁`, `森川 博之（主査代理）`: a spaced full name (not `総務省 山田課長`, not `NTT 松原氏`), or null. */
function splitSpacedName(text: string): NameParts | null {
	const trailing = splitTrailingBracket(text);
	const head = trailing?.head ?? text;
	const match = SPACED_FULL_NAME.exec(head);
	const surname = match?.groups?.surname ?? '';
	const given = match?.groups?.given ?? '';
	if (!match || isOrganisation(surname) || NOT_SURNAMES.has(surname) || isOrganisation(given)) return null;
	if (splitPerson(given) !== null || OFFICE_ENDINGS.test(given) || ROLE_TITLES.some((role) => given.endsWith(role))) return null;
	return trailing ? nameWithBracket(head, trailing.inner) : { name: head, title: null, affiliation: null };
}

/** A member's role written after the name in a web list: `委員`, `特別委員`, `会長代理` (not 氏・様, which follow a name directly). */
const LISTED_ROLE = /^(?:特別|臨時|専門|副)?(?:委員|構成員|会長|座長|主査|分科会長|部会長|委員長|議長|理事|幹事)(?:代理)?$/u;
/** A listed member (NFKC not needed): a name, spaces, then the role: `槍田 松瑩 委員(会長)`, `林  いづみ 委員`. */
const LISTED_MEMBER = new RegExp(`^(?<name>[${HAN}]{1,4}[ \\u3000]+[${HAN}${KANA}]{1,6}|[${HAN}][${HAN}${KANA}]{1,7})[ \\u3000]+(?<role>[^\\s\\u3000（(]+(?:[ \\u3000]*[（(][^（()）]{1,60}[)）])?|\\S+)$`, 'u');

/**
 * A member of a web page's list, name then role after a space: `槍田 松瑩 委員(会長)` → 槍田 松瑩 / 委員(会長)
 * (a role in the bracket stays part of the title as written), `西村 由紀 委員（東京海洋大学教授）` → 西村 由紀 / 委員 /
 * 東京海洋大学教授, `佐藤 次郎 内閣府政策統括官` → 佐藤 次郎 / 内閣府政策統括官 (a post needs a spaced full name).
 */
function splitListedMember(text: string): NameParts | null {
	const match = LISTED_MEMBER.exec(text);
	const name = match?.groups?.name ?? '';
	const role = match?.groups?.role ?? '';
	const surname = name.split(/[ \u3000]/u)[0] ?? '';
	if (!match || isOrganisation(name) || isOrganisation(surname) || NOT_SURNAMES.has(surname)) return null;
	const trailing = splitTrailingBracket(role);
	const head = trailing?.head ?? role;
	const spacedName = /[ \u3000]/u.test(name);
	if (!LISTED_ROLE.test(head) && !(spacedName && OFFICE_ENDINGS.test(head))) return null;
	if (!trailing) return { name, title: head, affiliation: null };
	const inner = trailing.inner;
	return ROLE_TITLES.includes(inner) || LISTED_ROLE.test(inner) ? { name, title: role, affiliation: null } : { name, title: head, affiliation: inner || null };
}

/** Name and title of a label without affiliation prefix; null when nothing is recognized. */
function splitPerson(text: string): { name: string; title: string | null; affiliation: string | null } | null {
	const trailing = splitTrailingBracket(text);
	if (trailing) {
		const role = splitRole(trailing.head);
		// (`青木委員（会長）`: the role the member holds in the body, in the bracket, is the title's, as in `槍田 松瑩 委員(会長)`.)
		if (role && ROLE_TITLES.includes(trailing.inner) && !HONORIFICS.includes(trailing.inner) && !HONORIFICS.includes(role.title)) return { ...role, title: `${role.title}（${trailing.inner}）`, affiliation: null };
		if (role) return { ...role, affiliation: trailing.inner || null };
		const official = splitOfficial(trailing.head, trailing.bracket);
		if (official) return { ...official, affiliation: null };
		if (PERSON_NAME.test(trailing.head) && !isOrganisation(trailing.head)) return nameWithBracket(trailing.head, trailing.inner);
		// `Ａ．ミラー（主査）`: a foreign name after an initial, its role or affiliation in the bracket.
		if (trailing.head.length <= 40 && INITIALLED_NAME.test(trailing.head)) return nameWithBracket(trailing.head, trailing.inner);
		// `森（委員長）`: a one-character surname with its role in the bracket.
		if (/^\p{Script=Han}$/u.test(trailing.head) && (ROLE_TITLES.includes(trailing.inner) || LISTED_ROLE.test(trailing.inner))) return { name: trailing.head, title: trailing.inner, affiliation: null };
		return null;
	}
	const role = splitRole(text);
	if (role) return { ...role, affiliation: null };
	const official = splitOfficial(text, '');
	if (official) return { ...official, affiliation: null };
	return null;
}

/**
 * A name written in a padded cell of a roll (`佐藤　　勉`, `原   彪`, `三 浦 芳 一`, `長谷川 秀 徳`), as a
 * name with one space where the surname ends, or without a space when the cell does not tell.
 */
export function readPaddedName(cell: string): string {
	const runs = trimSpaces(cell).split(/([\s\u3000]+)/u);
	const words = runs.filter((_, index) => index % 2 === 0);
	const spaces = runs.filter((_, index) => index % 2 === 1);
	const gaps = spaces.map((gap) => [...gap].length);
	if (words.length <= 2) return words.join(' ');
	const widest = Math.max(...gaps);
	// `小  川 武`, `向  井 嘉久藏`, `宗 正  彦`: a page that sets each letter two spaces apart, the blank cell where the surname ends
	// collapsed to one space; that one narrow gap is where the surname ends (`小 川武` had been read).
	// (Half-width spaces only: a cell padded with full-width ones, `上　原　　誠`, keeps its widest gap.)
	const narrow = spaces.filter((gap) => gap === ' ').length === 1 && spaces.every((gap) => gap === ' ' || gap === '  ') ? spaces.indexOf(' ') + 1 : -1;
	let cut = narrow > 0 ? narrow : gaps.filter((gap) => gap === widest).length === 1 ? gaps.indexOf(widest) + 1 : -1;
	if (cut < 0) {
		// `長谷川 秀 徳`, `馬 場 栄一郎`: one word of several characters is the surname or the given name.
		const long = words.flatMap((word, index) => ([...word].length > 1 ? [index] : []));
		if (long.length === 1 && long[0] === 0) cut = 1;
		else if (long.length === 1 && long[0] === words.length - 1) cut = words.length - 1;
	}
	return cut < 0 ? words.join('') : `${words.slice(0, cut).join('')} ${words.slice(cut).join('')}`;
}

/** Honorifics and member words after a name inside a speaker's bracket: `（鈴木太郎君）`, `（齊藤大介議員）`. */
const BRACKET_SUFFIXES: readonly string[] = ['副委員長', '委員長', '副議長', '議長', '議員', '委員', '君', '氏', 'さん'];
/**
 * A seat, a space and the member's name (`３番　上田三郎`, `十二番　川口　五郎`), or the name with 議員 or 君 after it, the space
 * there or not (`３番　宮城清議員`, `１番大内広行議員`), as villages' minutes label members' turns.
 */
const SEAT_SPACE_NAME = new RegExp(`^第?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})番(?:[ \u3000]?(?<honoured>[${HAN}]{2,6}|[${HAN}]{1,4}[ \u3000][${HAN}]{1,4})(?:議員|君)|[ \u3000](?<name>[${HAN}]{2,6}|[${HAN}]{1,4}[ \u3000][${HAN}]{1,4}))$`, 'u');
/** A seat number before the bracket: `１２番（齊藤大介議員）`. */
const SEAT_NUMBER = /^第?(?:[0-9０-９]+|[一二三四五六七八九十百]+)番$/u;
/** How the post before a bracketed name ends: 議長, 市長, 区長, 内閣総理大臣, 政府参考人, 教育長, 管理者, an association's 会計, 幹事, a school's 教頭, … */
const POST_BEFORE_NAME = /(?:長|官|大臣|者|員|人|役|監|理事|参与|参事|主幹|主査|補佐|事務総長|知事|会計|幹事|監査|庶務|顧問|教頭)$/u;

/** `鈴木(良)`, `鈴木(良)（SE）(記)`: a surname told apart by a character of the given name, no role. */
const TOLD_APART_BARE = new RegExp(`^(?<surname>[${HAN}]{1,4})[（(](?<initial>[${HAN}${KANA}])[）)](?:[（(](?<affiliation>[^（()）]{1,20})[）)])?(?:[（(]記録?[）)])?$`, 'u');
/** Marks in brackets after a name that are no letter of a given name: `（記）` who writes the minutes, `（続）` a turn going on. */
const NOT_INITIALS = /^[記続再答問]$/u;
/**
 * A full name, one space, then a post or 議員 (`白石孝雄 議長`, `田村一郎 議員`, `坂田和彦 総合政策部長`), as minutes systems that
 * show the speaker's name first write an assembly's turns; the name spaced too (`中川 次郎 議員`, a questioner's field).
 */
const NAME_SPACE_POST = new RegExp(`^(?<name>[${HAN}]{1,4}[ \u3000]?[${HAN}${KANA}]{1,5})[ \u3000](?<post>[${HAN}・]{2,20})$`, 'u');
/** `大野 部長（物流部）`: a surname, one space, a post, its department in brackets. */
const SURNAME_SPACE_POST = new RegExp(`^(?<surname>[${HAN}]{1,4})[ \u3000](?<post>[${HAN}]{2,5})(?:[（(](?<affiliation>[^（()）]{1,20})[）)])?$`, 'u');
/** A role, a space, then a name in Latin letters (`Lee`, `John Smith`) or in katakana with ・ (`ウィルソン・ジェームス`). */
const ROLE_FOREIGN_NAME = new RegExp(`^(?<role>[\\p{Script=Han}]{1,8})[ \\u3000]+(?<name>${LATIN_WORD}(?: ${LATIN_WORD}){0,2}|${KATAKANA_FULL_NAME})$`, 'u');
/** A role in brackets, then a full name, maybe a note in brackets after it: `（委員）岡部 光（委任状提出）`. */
const LEADING_ROLE_NAME = /^[（(](?<role>[^（()）\s\u3000]{1,10})[）)][\s\u3000]*(?<name>[^（()）]{2,20}?)[\s\u3000]*(?:[（(][^（()）]{1,20}[）)])?$/u;
/** The role in brackets before a name and the name (`（副会長）大野 久美子（委任状提出）` → 副会長, 大野 久美子); null for any other text. */
export function readLeadingRole(text: string): { role: string; name: string } | null {
	const found = text.length <= 60 ? LEADING_ROLE_NAME.exec(trimSpaces(text))?.groups : undefined;
	return found?.role && found.name ? { role: found.role, name: found.name } : null;
}

/** A role, ・ and a surname: `副委員長・三浦`. */
const ROLE_DOT_SURNAME = new RegExp(`^(?<role>[${HAN}]{2,8})[・･](?<name>[${HAN}]{1,4})$`, 'u');
/**
 * A post, the kind of holder in brackets, then a full name apart: `監査委員（識見）　小川　美紀`; or right after the bracket, as a roll
 * whose post fills its column writes it (`教育委員（教育長職務代理者）山本　恵子`).
 */
const QUALIFIED_POST_NAME = new RegExp(`^(?<post>[${HAN}]{1,10})[（(](?<kind>[^（()）\\s\u3000]{1,12})[）)][ \u3000]*(?<name>[${HAN}]{1,4}[ \u3000]+[${HAN}${KANA}]{1,5})$`, 'u');
/** How the post of a member of a board ends (`監査委員`, `教育委員`, `農業委員`). */
const POST_ENDS_AS_MEMBER = /(?:委員|理事|監事|評議員)$/u;
/** `山口（美）委員`: surname, a character of the given name in brackets, role. */
const TOLD_APART = new RegExp(`^(?<surname>[${HAN}]{1,4})[（(](?<initial>[${HAN}${KANA}]{1,2})[）)](?<role>\\S{1,8})$`, 'u');
/** What the Diet's records label a speaker who is no member by (`佐藤（英）副大臣`, `伊藤（信）政府参考人`, `山田（勝）公述人`). */
const DIET_ROLE = /^(?:国務大臣|副大臣|政府参考人|政府委員|政府特別補佐人|公述人|説明員|証人|小委員|分科員)$/u;
/** A surname alone in a post's bracket: one or two kanji (`田中`, `鈴木`, `森`). */
const BRACKETED_SURNAME = new RegExp(`^[${HAN}]{1,2}$`, 'u');
/** Words of business a post's bracket holds instead of a person (`委員長（代理）`, `課長（兼務）`). */
const BRACKET_WORDS = new Set(['代', '仮', '兼', '続', '他', '外', '等', '案', '略', '同', '再', '新', '旧', '前', '元', '副', '正', '長', '主', '全', '各', '〃', '代理', '代行', '兼務', '兼任', '再任', '新任', '前任', '後任', '予定', '臨時', '仮称', '退席', '途中', '書面', '公募', '続き', '再開', '休憩', '発言', '答弁', '質疑', '質問', '回答', '説明', '報告', '補足', '要旨', '概要', '不在', '登壇', '起立', '全員', '挙手', '異議', '賛成', '反対', '留任', '交代', '欠員', '現職', '専任', '非常', '常勤']);

/** `鈴木太郎君` → 鈴木太郎 / 君; `伊藤よしのり議長` → 伊藤よしのり / 議長; a bare name has no suffix. */
function splitBracketSuffix(inner: string): { name: string; suffix: string | null } {
	const suffix = BRACKET_SUFFIXES.find((word) => inner.endsWith(word) && inner.length > word.length) ?? null;
	const name = readPaddedName(suffix === null ? inner : inner.slice(0, -suffix.length));
	return { name, suffix };
}

/**
 * A speaker label of the Diet and assemblies, a post then the person in brackets, or the person alone in
 * brackets: `議長（鈴木太郎君）` → 鈴木太郎 / 議長, `１２番（齊藤大介議員）` → 齊藤大介 / 議員,
 * `市長（櫻田　宏）` → 櫻田 宏 / 市長, `（伊藤よしのり議長）` → 伊藤よしのり / 議長. Null for other labels
 * (`相田 仁（主査）` is a name then its role).
 */
export function splitPostAndBracketedName(text: string): NameParts | null {
	const whole = /^[（(](?<inner>[^（）()]+)[）)]$/u.exec(text);
	const trailing = whole ? { head: '', inner: trimSpaces(whole.groups?.inner ?? '') } : splitTrailingBracket(text);
	// (`２．…の学生数について（教務委員長）`: an item of business with who reports it, no post before a name.)
	if (!trailing || /[\s\u3000]/u.test(trailing.head) || ROLE_TITLES.includes(trailing.inner) || /^[0-9０-９]{1,2}[.．、]|について|に関する|[。、]/u.test(trailing.head)) return null;
	const { name, suffix } = splitBracketSuffix(trailing.inner);
	const compact = name.replace(' ', '');
	// A name written from kana (`とおし勝年君`, as some members write theirs) is a person's with 君 or 議員 after it.
	// (A name that ends as a place does, `山田正道君`, `前川豊市君`, is a person's with an honorific after it or a seat before it.)
	const organisation = isOrganisation(compact) && ((suffix === null && !SEAT_NUMBER.test(trailing.head)) || ORGANISATION_ENDINGS.test(compact));
	if (!(PERSON_NAME.test(compact) || (trailing.head !== '' && BRACKETED_SURNAME.test(compact)) || (suffix !== null && (KANA_FIRST_NAME.test(compact) || KATAKANA_NAME.test(compact)))) || organisation) return null;
	// `大臣官房審議官（公共交通政策）`: the field a post covers, not who holds it.
	if (suffix === null && POST_FIELD.test(compact)) return null;
	const head = trailing.head;
	if (head === '' && suffix === null) {
		// `(中井時弘知事)`, `(田所竜二教育長)`: the person and the post inside one bracket, as kensakusystem writes turns.
		const inside = splitSittingPost(trailing.inner) ?? splitPerson(trailing.inner);
		return inside?.name && inside.title && inside.affiliation === null ? { name: inside.name, title: inside.title, affiliation: null } : null;
	}
	if (head === '') return { name, title: suffix, affiliation: null };
	if (SEAT_NUMBER.test(head)) return { name, title: suffix ?? '議員', affiliation: null };
	// (`河合順子（審議委員）`: a full name, then the role in brackets; a name is no post before another's name.)
	if (!POST_BEFORE_NAME.test(head) && PERSON_NAME.test(head) && [...head].length >= 3 && splitPerson(head) === null && !ROLE_TITLES.some((role) => head.includes(role)) && !/代理|進行|司会|幹事|担当/u.test(head)) return null;
	// Without 君/議員 the bracket could be anything: only a post before a full name (`区長（山本亨）`), or a surname in
	// kanji that is no word of business (`議長（田中）`, `町長（鈴木）`, not `委員長（代理）`), reads so.
	const post = POST_BEFORE_NAME.test(head) && (name.includes(' ') || [...compact].length >= 3 || (BRACKETED_SURNAME.test(compact) && !NOT_SURNAMES.has(compact) && !BRACKET_WORDS.has(compact)));
	if (suffix === null && !(post && splitPerson(head) === null)) return null;
	return { name, title: head, affiliation: null };
}

/** How the field of a post in brackets ends (`公共交通政策`, `国際技術担当`, `地域医療`): never a person's name. */
const POST_FIELD = /(?:政策|担当|調整|戦略|総括|統括|対策|連携|推進|改革|交通|技術|国際|情報|事業|計画|行政|制度|評価|安全|保障|振興|開発|経済|産業|環境|福祉|医療|防災|分析|広報|税制|法制|通信|放送|保健)$/u;

/** The ministries a minister's post names (`外務大臣`, `厚生労働副大臣`), as a regex source: one list for the patterns below. */
const MINISTRIES = '内閣総理|国務|外務|財務|法務|文部科学|厚生労働|農林水産|経済産業|国土交通|環境|防衛|総務|復興|デジタル';

/**
 * Posts of the Diet and local government that follow a surname in a speaker label (the 衆議院's `毛利最高裁判所長官代理者`,
 * `中村会計検査院当局者` among them), longest first; the name may be a full name, its given name in kana (`久保あつこ議員`), with `ノ` (`奥ノ木信夫市長`), a surname in hiragana (`あべ副大臣`, `しのだ江里子議員`) or a name wholly in hiragana (`あおいひろみ議員`). */
const SITTING_POSTS = new RegExp(
	String.raw`^(?<name>[\p{Script=Han}々ヶ](?:[\p{Script=Han}々ヶノ]{0,3}?|[\p{Script=Han}々ヶノ]{0,3}[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,5}|[\p{Script=Han}々ヶノ]{1,6}?)|[\p{Script=Hiragana}]{2,5}[\p{Script=Han}々]{1,3}|[\p{Script=Hiragana}]{2,6})(?<post>(?:${MINISTRIES}|内閣府)(?:副大臣|大臣政務官|大臣)|大臣政務官|副大臣|大臣|内閣官房(?:副)?長官|内閣法制局長官|政府特別補佐人|政府参考人|補佐人|最高裁判所長官代理者|会計検査院当局者|会計検査院長|人事院総裁|政府委員|説明員|参考人|証人|公述人|申出者|事務総長|法制局長|副議長|議長|副知事|知事|副市長|市長|副区長|区長|副町長|町長|副村長|村長|助役|収入役|教育長|副学長|学長|副学部長|学部長|副研究科長|研究科長|副病院長|病院長|館長|副委員長|委員長|議員)$`,
	'u',
);

/** One minister's post, as a regex source (see below). */
const ONE_MINISTER_POST = String.raw`(?:(?:${MINISTRIES}|内閣府)(?:副大臣|大臣(?:政務官)?)|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{1,14}担当(?:副)?大臣(?:[（(][^（()）]{1,12}[）)])?|内閣官房(?:副)?長官|大臣政務官)`;
/**
 * A minister's post alone: `経済産業大臣`, `外務副大臣`, `内閣府副大臣`, `外務大臣政務官`, `経済安全保障担当大臣`,
 * `内閣府特命担当大臣（防災）`, `内閣官房長官`, `大臣政務官`; two held at once (`防衛大臣政務官兼内閣府大臣政務官`).
 */
const MINISTER_POST = new RegExp(`^${ONE_MINISTER_POST}(?:兼${ONE_MINISTER_POST})?$`, 'u');

/** True for a minister's post alone (`外務大臣政務官`, `内閣府副大臣`): a post, held by no one named. */
export function isMinisterPost(text: string): boolean {
	return text.length <= 40 && MINISTER_POST.test(text);
}

/** How the name of a facility ends before its head's 館長: `図書`, `公民`, `美術`, `博物` (図書館長, 公民館長). */
const FACILITY_BEFORE_HEAD = /(?:図書|公民|美術|博物|資料|記念|文化会|体育|交流|科学|郷土)$/u;

/** The ministries a 大臣 post names (`外務大臣` is a post, not 外務 + 大臣). */
const MINISTRY_WORDS = new RegExp(`(?:${MINISTRIES}|特命担当|担当)$`, 'u');

/**
 * `安倍内閣総理大臣` → 安倍 / 内閣総理大臣, `田中副大臣` → 田中 / 副大臣, `向山事務総長` → 向山 / 事務総長,
 * `田中市長` → 田中 / 市長; null otherwise (`外務大臣` alone names no one).
 */
export function splitSittingPost(text: string): NameParts | null {
	const match = SITTING_POSTS.exec(text);
	const name = match?.groups?.name ?? '';
	if (!match || NOT_SURNAMES.has(name) || isOrganisation(name) || OFFICE_WORDS.some((word) => name.endsWith(word))) return null;
	if (MINISTRY_WORDS.test(name)) return null;
	// `中央区長`, `中央公民館長`, `図書館長`: a ward's or a facility's head, the whole a post (no surname is 中央, 図書 or 公民).
	if (isDepartmentPost(name) || (match.groups?.post === '館長' && FACILITY_BEFORE_HEAD.test(name))) return null;
	return { name, title: match.groups?.post ?? null, affiliation: null };
}

/**
 * A name masked in a published record (NFKC): `○○会長`, `□□理事`, `××副会長`, `＊＊課長`, `A会長`: the mask (one symbol written
 * two or three times, or one or two Latin capitals), then a role or a post; the role is all it tells.
 */
const MASK = '(?<symbol>[○◯〇□×✕◇△●■◆*※])\\k<symbol>{1,2}';
const MASKED = new RegExp(`^(?:${MASK}|[A-Z]{1,2})(?<role>${[...ROLE_TITLES].sort((a, b) => b.length - a.length).join('|')}|[\\p{Script=Han}]{0,8}(?:課長|部長|局長|室長|係長|所長|次長|主任|主査|主幹|参事))$`, 'u');
/** A name masked whole (NFKC): `○○`, `□□□`, `××`. */
const MASK_ALONE = new RegExp(`^${MASK}$`, 'u');
/** True for a name masked whole (`□□`, `○○○`), any width. */
export function isMask(text: string): boolean {
	return text.length <= 8 && MASK_ALONE.test(matchForm(text).replace(/[\s\u3000]+/gu, ''));
}
/** True for a masked speaker's label (`○○会長`, `□□理事`, `A会長`), any width. */
export function isMaskedLabel(label: string): boolean {
	return label.length <= 40 && MASKED.test(matchForm(label).replace(/[\s\u3000]+/gu, ''));
}
/**
 * An anonymised member (NFKC): `委員A`, `A委員`, `委員D(座長)`, or one known by a number the record gives them, as a prefecture's
 * 審議会 does (`委員(番号3)`, `委員(3番)`, `3番委員`); the role in brackets, if any.
 */
const ANONYMISED = /^(?:(?<before>委員|構成員|会員|組合員)(?:[A-Z]{1,2}|\((?:番号|No\.?)[ ]?[0-9]{1,3}\)|\([0-9]{1,3}番\))|(?:[A-Z]{1,2}|[0-9]{1,3}番)(?<after>委員|構成員|会員|組合員))(?:\((?<role>[^()]{1,10})\))?$/u;
/** True for an anonymised member (`A委員`, `委員(番号3)`, `3番委員(会長)`), any width: one member the record keeps unnamed. */
export function isAnonymisedMember(text: string): boolean {
	return text.length <= 30 && ANONYMISED.test(text.normalize('NFKC'));
}
/** A role in lenticular brackets after an entry: `青木 健一（東京工業大学教授）【座長】`. */
const LENTICULAR_ROLE = /^(?<head>.+?)(?<![\s\u3000])[\s\u3000]*【(?<role>[^【】]{1,10})】$/u;
/**
 * The post of a member of a local government's board, or of one who manages its business (`会計管理者`, `水道事業管理者`, a
 * joint body's `管理者`), as a roll or a turn writes it before the holder's name: `監査委員`, `教育委員`.
 */
const BOARD_MEMBER_POST = '(?:代表|識見|議選)?監査委員|教育委員|農業委員|選挙管理委員|\\S*管理者';
/**
 * `デジタル庁 戦略企画課長 岡本 信也`, `政策室長 冨田泰`, `委員　田村　和彦（会長）`, an association's `会計 菅野`: (organisation,) post or role, then the
 * person's name (and their role at the meeting in brackets); a local government's board member by the board's post too
 * (`監査委員　小沢`, `教育委員　森　一郎`).
 */
const POST_THEN_NAME = new RegExp(`^(?:(?<org>\\S+)[\\s\\u3000]+)?(?<post>\\S*(?:官|長|監|補佐|主幹|主査|主任|参事|技師|医師|産業医|歯科医|薬剤師|看護師|保健師|助産師|栄養士|保育士|係員|主事|取締役|監査役|執行役|執行役員|理事|監事|幹事|代表|会計|書記|庶務|教授|講師|助教|弁護士|会計士|税理士|書士|弁理士|労務士|専門員|研究員)(?:代理者?)?|\\S*職務代理者?|\\S+担当|${BOARD_MEMBER_POST}|委員|議員|構成員|専門委員|臨時委員|顧問|参与|相談役|世話人|指揮者|総代)[\\s\\u3000]+(?<name>[${HAN}]{1,4}(?:[ \\u3000][${HAN}${KANA}]{1,5}|[${HAN}${KANA}]{1,4})|(?<one>[${HAN}]))(?:[（(](?<role>[^（()）\\s\\u3000]{1,10})[）)]|[\\s\\u3000]+(?<district>第?[0-9０-９一二三四五六七八九十]{1,3}(?:地区|区|支部|支所|組|班|ブロック)))?$`, 'u');

/**
 * The post of a PTA's or an association's committee or part, its field before it (`学級委員長`, `広報副委員長`, `防犯部長`): a post
 * whole, before a surname of one letter too (`学級委員長　岡`), though its first word would read as a surname before `委員長`.
 */
const COMMITTEE_POST = /^(?:学級|学年|広報|文化|厚生|保健|体育|図書|校外|地区|成人|母親|家庭|環境|防犯|防災|防火|交通|福祉|行事|施設|修繕|研修|総務|企画|会計|婦人|女性|青年|衛生|美化|親睦)(?:副?委員長|委員|副?部長|係長|班長)$/u;
/** True for a post of a PTA's or an association's committee or part alone (`広報委員長`, `体育委員`), who speaks as a post does. */
export function isCommitteePost(text: string): boolean {
	return COMMITTEE_POST.test(text);
}
/**
 * A surname glued to the post of a part only an association has, as it labels turns: `伊藤防犯部長`, `北野婦人部長`,
 * `岡学級委員長` (never a local government's department, `健康福祉部長`, whose first word is no surname).
 */
const SURNAMED_COMMITTEE_POST = new RegExp(`^(?<name>[${HAN}]{1,3}?)(?<post>(?:学級|学年|校外|成人|母親|防犯|防火|婦人|女性|青年|美化|親睦|行事)(?:副?委員長|副?部長|係長|班長))$`, 'u');
/** A university's (or an institute's) name, then the academic post held there: `東都大学大学院准教授`, `西海大学特任教授`. */
const ACADEMIC_POST = /^(?<school>\S{2,30}?)(?<title>特任准教授|特任教授|客員教授|名誉教授|准教授|教授|専任講師|講師|助教)$/u;

/** How a university's part ends (`…大学院`, `…工学研究科`, `…医学部`). */
const SCHOOL_ENDING = /(?:大学院|研究科|学部|学院|学校|研究院)$/u;

/** The generic posts a section's name comes before (`就農支援課長`, `林業振興部長`), as a regex source. */
const GENERIC_POSTS = '課長|部長|局長|室長|係長|次長|所長|課長補佐';
/** A generic post alone. */
const BARE_POST = new RegExp(`^(?:${GENERIC_POSTS})$`, 'u');
/** A section's name (four characters or more, seldom a surname) before a generic post: a post without a person. */
const SECTION_POST = new RegExp(`^\\p{Script=Han}{4,}(?:${GENERIC_POSTS})$`, 'u');

/** What a turn is, as a typed turn's label names it. */
const TURN_TYPE = '(?:質疑|答弁|要望|意見|質問|回答|問|答|説明|報告|発言|討論)';
/**
 * A turn labelled with what it is and who speaks, as some committee records write it: `質疑（石津委員）`, `答弁（就農支援課長）`,
 * `Ｑ（代表幹事(時事通信)）`; of two or three kinds at once, `要望・質疑（佐藤委員）`, `要望質疑（高橋委員）`.
 */
const TYPED_TURN = new RegExp(`^(?:${TURN_TYPE}(?:[・･]?${TURN_TYPE}){0,2}(?:[①-⑳]|[0-9０-９]{1,2})?|[QＱAＡ][0-9０-９]{0,3})[（(](?<inner>[^（）()]{1,30}(?:[（(][^（）()]{1,20}[）)])?)[）)]$`, 'u');

/** True for a turn labelled by what it is, then who speaks: `質疑（石津委員）`, `答弁(道路企画課長)`. */
export function isTypedTurn(label: string): boolean {
	return TYPED_TURN.test(label);
}

/** Who gives a turn labelled by what it is (`答（高齢者福祉課長）` → 高齢者福祉課長), or null for any other label. */
export function typedTurnWho(label: string): string | null {
	return TYPED_TURN.exec(label)?.groups?.inner ?? null;
}

/** A spaced full name and an honorific: `秋田 一郎君`, `佐藤　花子さん`. */
const HONOURED_FULL_NAME = new RegExp(`^(?<surname>[${HAN}]{1,4})(?<gap>[ \u3000])(?<given>[${HAN}${KANA}]{1,5})(?<title>君|氏|様|さん)$`, 'u');

/** Roles that follow a spaced full name in a ministry's roll (`石田　和也構成員`), longest first. */
const NAME_ROLES = ROLE_TITLES.filter((role) => !['君', '氏', '様', 'さん', '先生'].includes(role));
/**
 * A spaced full name and a role: `石田　和也構成員`, `長谷部 誠委員（オンライン）`, `森川　博之座長代理`; a surname written in kana
 * before a given name in kanji too, as members write their names for the ballot (`むとう 有子委員`, `やながわ 妙子副議長`).
 */
const SPACED_NAME_ROLE = new RegExp(`^(?<surname>[${HAN}]{1,4}|\\p{Script=Hiragana}{2,5}(?=[ \u3000][${HAN}]))(?<gap>[ \u3000])(?<given>[${HAN}${KANA}]{1,5}?)(?<role>${NAME_ROLES.join('|')})$`, 'u');

/** Kana words before a name that are no surname: `ほか　山田委員`, `および　…`. */
const KANA_NOT_SURNAMES = /^(?:および|ならびに|または|ほか|など|なお|ただし)$/u;

/**
 * `石田　和也構成員` → 石田　和也 / 構成員 (a ministry's roll writes the role against the given name); a bracket after it is
 * a role (`（座長）`) or the member's affiliation or note (`（オンライン）`). Null for other labels.
 */
function splitSpacedNameAndRole(text: string): NameParts | null {
	const trailing = splitTrailingBracket(text);
	const head = trailing?.head ?? text;
	const match = SPACED_NAME_ROLE.exec(head)?.groups;
	if (!match) return null;
	const surname = match.surname ?? '';
	if (KANA_NOT_SURNAMES.test(surname)) return null;
	if (isOrganisation(surname) || NOT_SURNAMES.has(surname) || ROLE_TITLES.includes(surname) || OFFICE_ENDINGS.test(surname)) return null;
	// `山田　副会長`: a surname and a role, no given name; `駒崎高行　田中富造各委員`: two members, each a 委員.
	if (ROLE_TITLES.includes(`${match.given}${match.role}`) || /^[副特専臨]/u.test(match.given ?? '') || /各$/u.test(match.given ?? '')) return null;
	const name = `${surname}${match.gap}${match.given}`;
	const role = match.role ?? null;
	if (!trailing) return { name, title: role, affiliation: null };
	return ROLE_TITLES.includes(trailing.inner) ? { name, title: `${role}（${trailing.inner}）`, affiliation: null } : { name, title: role, affiliation: trailing.inner || null };
}

/**
 * A post written against the name in a roll, the name with 君: `委員長野村 有信君`, `副委員長新藤 義彦君`, `理事吉野 利明君`,
 * `福祉局長篠宮 和彦君`, `子供・子育て支援部長西尾 寛司君`, `委員長かまた 悟君` (a surname in kana), `警視総監緒方 禎己君`,
 * `主席監察員齋藤 進君`; a post held besides another, `次長理事兼務福田 至君`, `総務部長調整担当部長兼務小室 一人君` (the
 * words 兼務 had been read as the name's, or the post and surname as a body).
 */
const GLUED_POST = new RegExp(`^(?<post>[${HAN}${KANA}・]{1,40}?(?:長|官|監|理事|参事|主幹)(?:事務取扱|兼務|兼任|心得)|副委員長|委員長|副議長|議長|理事|[${HAN}・]{0,12}(?:[${KANA}][${HAN}${KANA}・]{0,10})?(?:局長|部長|課長|室長|所長|次長|市長|区長|町長|村長|知事|教育長|参事|審議官|参事官|管理者|総監|技監|管理監|監察員))(?<name>(?:[${HAN}]{1,4}|\\p{Script=Hiragana}{2,6})[ \u3000]{0,3}[${HAN}${KANA}]{1,5})君$`, 'u');

/**
 * A roll's line that writes the post against the name, the name with 君 and maybe padded to its cell (`知事小野百合子君`,
 * `副知事潮田  勉君`, `警視総監緒方 禎己君`): the post and the name; null for any other line.
 */
export function gluedPostMember(text: string): { name: string; title: string } | null {
	const glued = GLUED_POST.exec(trimSpaces(text))?.groups;
	const name = readPaddedName(glued?.name ?? '');
	return glued?.post === undefined || name === '' ? null : { name, title: glued.post };
}

/** The kana words that municipalities name sections with (`ごみ減量推進課`, `まちづくり部`, `こども家庭課`). */
const KANA_SECTION_WORDS = ['こども', '子ども', '子育て', 'ごみ', 'まちづくり', 'まち', 'みどり', 'くらし', 'いきがい', 'ふるさと', 'にぎわい', 'すまい', 'しごと', 'いのち', 'こころ', 'みらい', 'ひと', 'ゆとり', 'やすらぎ', 'すこやか', 'はぐくみ', '障がい', 'いきいき', 'ふれあい', 'おもてなし', 'ささえあい', 'あんしん', 'きずな', 'つながり', 'わかもの', 'げんき', 'うるおい', 'はつらつ'];
/**
 * A municipality's post whose section is named in kana (`ごみ減量推進課長`, `まちづくり部長`, `デジタル推進課長`,
 * `スポーツ振興課長`), a clerk of its section too (`子育て支援課主事`, `こども家庭課主査`), maybe after a kanji surname
 * (`平田ごみ減量推進課長`, `平野デジタル推進課長`, `西尾子育て支援課主事`): the kana word starts the post (`森子ども家庭部長` is 森
 * of 子ども家庭部, not 森子).
 */
const KANA_SECTION_POST = new RegExp(`^(?<surname>[${HAN}]{1,4})?(?<post>(?:${KANA_SECTION_WORDS.join('|')}|[\\p{Script=Katakana}ー]{2,12}|[A-ZＡ-Ｚ]{2,4})[\\p{Script=Hiragana}\\p{Script=Han}\\p{Script=Katakana}ー・]{0,20}(?:${GENERIC_POSTS}|参事|主幹|センター長|統括(?:官)?|審議官|参事官|企画官|[課係室](?:主査|主事|主任|技師)))$`, 'u');

/** Who holds a post whose section is named in kana or Latin letters (`平野デジタル推進課長`), or null. */
function kanaSectionPerson(text: string): NameParts | null {
	const found = KANA_SECTION_POST.exec(text)?.groups;
	if (!found) return null;
	// `中村環境センター所長`, `林環境センター所長`: a department word among the kanji before the kana begins the post, after a
	// surname of two letters or more, or of one when two letters or more follow it.
	const kanji = found.surname ?? '';
	// (`環境センター所長`: the department's own word, no surname.)
	if (isDepartmentPost(kanji)) return { name: null, title: text, affiliation: null };
	const cut = [...Array(kanji.length).keys()].slice(2).find((at) => isDepartmentPost(kanji.slice(at))) ?? (kanji.length >= 3 && isDepartmentPost(kanji.slice(1)) ? 1 : undefined);
	if (cut !== undefined) return { name: kanji.slice(0, cut), title: kanji.slice(cut) + (found.post ?? ''), affiliation: null };
	return { name: found.surname ?? null, title: found.post ?? null, affiliation: null };
}

/** The head or a clerk of a department or section (`財務部長`, `庶務議事課長`, `総務部次長`, `議事課書記`), whatever the first characters read as. */
const SECTION_HEAD = /(?:部|課|局|室|係|所|センター)(?:長|次長|参事|主幹|主任|主事|技師|書記)$/u;
/** A post, then the business it is in charge of (`参事水道担当`, `次長兼庁舎建設担当`, `財務部理事兼庁舎建設担当`), as a regex source. */
export const CHARGE_AFTER_POST = '(?:長|官|監|参事|理事|主幹)兼?\\p{Script=Han}{1,10}担当';
/**
 * A post, then a full name in brackets: `財務部長(古川勝也)`, `総務課長（山田 花子）`; a clerk's too, `庶務議事課主任(塚田志保)`,
 * `議事係主事(山田花子)`, `書記(川口 勉)`; a post in charge of some business, `参事水道担当(三木裕文)`.
 */
const POST_HOLDER = new RegExp(`^(?<post>[${HAN}]{2,14}(?:長|官|監|理事|参事|主幹|主査|補佐|主任|主事|技師)|[${HAN}]{0,12}書記|[${HAN}]{0,12}${CHARGE_AFTER_POST})[（(](?<name>[${HAN}]{1,4}[ \\u3000]?[${HAN}${KANA}]{1,5})[）)]$`, 'u');

/** A section named in Latin letters, then its post, alone (`DX推進課長`, `ICT戦略室長`): a post held by no one named (not `NTT松原部長`). */
const LATIN_SECTION_POST = /^[A-ZＡ-Ｚ]{2,4}(?:推進|戦略|企画|政策|活用|支援|改革|導入|化推進)[\p{Script=Han}]{0,6}(?:課長|部長|室長|係長|局長|所長|センター長|参事|主幹|監|官)$/u;

/** The heads of local governments and their deputies, posts written alone: `市長`, `副町長`, `知事`, `教育長`, `副管理者` (and the deputy and the treasurer of before 2007, `助役`, `収入役`). */
const EXECUTIVE_POST = /^(?:副?(?:市長|町長|村長|区長|知事|管理者|教育長|学長|学部長|研究科長|病院長|館長)|助役|収入役)$/u;

/** Labels read so far, as read: speaker labels and member entries repeat from line to line and meeting to meeting. */
const LABELS_READ = new Map<string, NameParts>();
/** Labels remembered before the map starts again (a bound on memory, not on correctness). */
const LABELS_KEPT = 20_000;

/** Split a participant entry or speaker label into name, title and affiliation (unknown parts are null); a fresh object each call. */
export function parseNameLabel(label: string): NameParts {
	const known = LABELS_READ.get(label);
	if (known) return { ...known };
	const parts = withSurnameKept(withoutRank(readOldForms(label)), label);
	if (LABELS_READ.size >= LABELS_KEPT) LABELS_READ.clear();
	LABELS_READ.set(label, { ...parts });
	return parts;
}

/** A name that may be a given name alone (`圭`, `昌彦`). */
const GIVEN_NAME_ALONE = new RegExp(`^[${HAN}${KANA}]{1,5}$`, 'u');
/** An affiliation ending in a surname set apart (`第一支部　宮本` of `第一支部　宮本　圭（議長）`): the part before it, the surname. */
const AFFILIATION_THEN_SURNAME = new RegExp(`^(?<part>\\S.*?)[ \\u3000]+(?<surname>[${HAN}]{1,4})$`, 'u');

/**
 * The parts with the surname back in the name when the affiliation had taken it (`第一支部　宮本　圭（議長）`, `東地区　高田　昌彦総代`, a
 * union's or an association's part, then the member's full name set apart, then the post): the name had been the given name alone,
 * the surname the affiliation's last word.
 */
function withSurnameKept(parts: NameParts, label: string): NameParts {
	if (parts.name === null || parts.affiliation === null || !GIVEN_NAME_ALONE.test(parts.name)) return parts;
	const split = AFFILIATION_THEN_SURNAME.exec(parts.affiliation)?.groups;
	const surname = split?.surname ?? '';
	if (!split || isOrganisation(surname) || OFFICE_ENDINGS.test(surname) || NOT_SURNAMES.has(surname) || ROLE_TITLES.includes(surname) || /[都道府県課局室係会班組区]$/u.test(surname)) return parts;
	// (Only the surname right before the given name in the label, `宮本　圭`: never a post's letters padded apart, `（総　裁）`.)
	if (!label.includes(`${surname}\u3000${parts.name}`) && !label.includes(`${surname} ${parts.name}`)) return parts;
	const space = /[ \u3000]+$/u.exec(parts.affiliation.slice(0, parts.affiliation.length - surname.length))?.[0] ?? '\u3000';
	return { ...parts, name: `${surname}${space.length === 1 ? space : '\u3000'}${parts.name}`, affiliation: trimSpaces(split.part ?? '') };
}

/**
 * A label in old character forms read as in today's (`櫻内國務大臣` as `櫻内国務大臣`: 櫻内, 國務大臣), each part then taken back
 * as written from the same place of the label (the forms are one character for one); a part not found there is read as written.
 */
function readOldForms(label: string): NameParts {
	const modern = modernForms(label);
	const written = readNameLabel(label);
	if (modern === label) return written;
	const parts = readNameLabel(modern);
	const back = (field: string | null, own: string | null): string | null => {
		if (field === null) return null;
		const at = modern.indexOf(field);
		return at >= 0 ? label.slice(at, at + field.length) : own;
	};
	return { name: back(parts.name, written.name), title: back(parts.title, written.title), affiliation: back(parts.affiliation, written.affiliation) };
}

/**
 * A joint body's post, then in brackets the office its holder has in a member town, a space and the name with 君 or 議員
 * (`管理者（あおい市長　水谷博文君）`, `副管理者（みどり町長　松井早苗君）`, as 一部事務組合 and 広域連合 label turns).
 */
const HELD_BY_OFFICE = new RegExp(
	`^(?<post>[${HAN}${KANA}]{1,12})[（(](?<office>[${HAN}${KANA}]{0,10}?(?:副?(?:市|町|村|区)長|副?知事|副?議長|会計管理者|教育長))[ \\u3000]+(?<name>[${HAN}]{1,4}[ \\u3000]?[${HAN}${KANA}]{1,5}?)(?:君|議員|氏)[）)]$`,
	'u',
);

/**
 * A member's turn labelled 議員 with the seat and the name in brackets, a space between them (`議員（3番　東　千代子君）`,
 * `議員(5番 広瀬 輝男君)`), as some towns' minutes write a member's label after the seat's: the member and 議員.
 */
const MEMBER_BY_SEAT = new RegExp(
	`^議員[（(](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})番[ \\u3000]*(?<name>[${HAN}]{1,4}[ \\u3000]?[${HAN}${KANA}]{1,5}?)(?:君|議員)[）)]$`,
	'u',
);

/** Every holder of a post in an office, as a roll lists the clerks: `議事課各書記`, `総務課各職員`. */
const EACH_OF_OFFICE = /^\p{Script=Han}{1,10}(?:課|局|部|室|係)各(?<post>\p{Script=Han}{1,6})$/u;

/** The mark of a speech taken up again after an interruption, at a label's end: `（續）`, `（続）`, `(続き)`. */
const CONTINUED = /[（(](?:續|続)き?[）)]$/u;

/** A peer's rank before the name, as the 貴族院's records write its members: `男爵井田磐楠君`, `議長（公爵德川家正君）`. */
const PEERAGE = /^(?<rank>公爵|侯爵|伯爵|子爵|男爵)[\s\u3000]*(?<name>\S{2,}.*)$/u;

/**
 * The parts without a peer's rank before the name: the rank is how the record writes the peer's name, no post held at the
 * meeting (`子爵高木正得君` reads as `大澤正之助君` does), as a roll's `委員　男爵　井田磐楠君` leaves it out of the post.
 */
function withoutRank(parts: NameParts): NameParts {
	const ranked = PEERAGE.exec(parts.name ?? '')?.groups;
	if (!ranked?.name || !ranked.rank) return parts;
	return { ...parts, name: ranked.name };
}

/** The head of a numbered unit of a residents' association: `一組長`, `３班長`, `五区副区長`. */
const NUMBERED_UNIT_HEAD = /^[一二三四五六七八九十0-9０-９]{1,3}(?:組|班|区)(?:副)?(?:組長|班長|区長|長)$/u;
/** An association's officer in charge of a part of its business, maybe after a surname: `会計担当理事`, `鈴木広報担当理事`. */
const OFFICER_IN_CHARGE = new RegExp(`^(?<name>[${HAN}]{1,3})?(?<post>(?:会計|広報|防災|防犯|修繕|総務|庶務|企画|渉外|施設|環境|管理|財務|経理|厚生|文化|体育|事業|研修|組織|教育|福利厚生|営業|技術|法務|IR|ＩＲ|IT|ＩＴ|DX|ＤＸ)担当(?:理事|監事|幹事|役員|委員|取締役|執行役員))$`, 'u');
/** A surname, then the post of the clerk in charge of a committee's record: `武部担当書記`. */
const CLERK_IN_CHARGE = new RegExp(`^(?<name>[${HAN}]{1,4})担当書記$`, 'u');
/** True for such an officer's post alone (`会計担当理事`), who speaks as a post does. */
export function isOfficerInCharge(text: string): boolean {
	const charge = OFFICER_IN_CHARGE.exec(text)?.groups;
	return charge !== undefined && charge.name === undefined;
}
/** A numbered 組, 班 or 区 of a residents' association, a space, then who of it: `7組　荻野 進`, `３班 田村`. */
const PART_THEN_NAME = new RegExp(`^(?<part>[0-9０-９]{1,2}(?:組|班|区))[ \u3000]+(?<name>[${HAN}]{1,4}(?:[ \u3000][${HAN}${KANA}]{1,5})?)$`, 'u');
/** Someone kept anonymous by a letter after what they are at the meeting: `質問者A`, `参加者Ｂ`, `話者C`. */
const ANONYMOUS_BY_LETTER = /^(?:質問者|回答者|発言者|発話者|話者|参加者|出席者|傍聴者|来場者|相談者|住民|市民|区民|町民|村民)[A-ZＡ-Ｚ]{1,2}$/u;
/** Someone of the floor kept anonymous, told by sex or age in brackets: `参加者（男性）`, `発言者（７０代女性）`, `市民（男性・６０代）`. */
const ANONYMOUS_BY_DESCRIPTION = /^(?:質問者|回答者|発言者|参加者|出席者|傍聴者|来場者|相談者|住民|市民|区民|町民|村民|会場)[（(][^（()）]{0,12}?(?:男性|女性|[0-9０-９]{2}(?:歳)?代)[^（()）]{0,12}[）)]$/u;
/** True for someone of the floor kept anonymous and told by sex or age (`参加者（男性）`): a speaker, no one's name. */
export function isDescribedAnonymous(label: string): boolean {
	return label.length <= 30 && ANONYMOUS_BY_DESCRIPTION.test(label);
}
/** A person's name in Latin letters: two or three capitalised words (`Yuko Fujimoto`, `Mary Ann Smith`). */
const LATIN_PERSON = new RegExp(`^${LATIN_FULL_NAME}$`, 'u');

/** A municipality written in kana (`さいたま市`, `ひたちなか市`, `いわき市`, `みなかみ町`), then a post in kanji. */
const KANA_MUNICIPALITY = /^(?<stem>[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,8})(?<kind>[市町村区])(?<rest>\p{Script=Han}.{0,40})$/u;
/** A kanji name the kana one is read as (no post or role word begins with it), and put back after. */
const PLACE_STAND_IN = '甲野';


/** A post and the words saying it is held besides another or in charge of its business: `…課長事務取扱`, `…課長兼務`, `…課長心得`. */
const HELD_IN_CHARGE = /^(?<post>\S{2,40}?)(?:事務取扱(?:い)?|事務代理|兼務|兼任|心得)$/u;

/** A label wholly in one pair of brackets: `（門脇子育て支援課長）`. */
const WHOLLY_BRACKETED = /^[（(](?<inner>[^（()）]{2,30})[）)]$/u;

/** Members of the floor at a 総会 or a hearing, as a regex source: `組合員`, `区分所有者`, `会員`, `株主`. */
export const FLOOR_ROLES = '代議員|組合員|区分所有者|会員|住民|株主|社員|保護者|傍聴者|出席者';
/** A role of the floor alone (`会員`, `組合員`): no one's name. */
const FLOOR_ROLE_ALONE = new RegExp(`^(?:${FLOOR_ROLES})$`, 'u');
/** A member of the floor, then in brackets their room or part, maybe with their surname after ・ or a space: `代議員（水道支部・佐藤）`, `会員（３丁目　石田）`. */
const FLOOR_LABEL = new RegExp(`^(?<role>${FLOOR_ROLES})[（(](?<part>[^（()）・\\s\u3000]{1,12}?)(?:[・ \u3000](?<surname>[${HAN}]{1,4}))?[）)]$`, 'u');
/**
 * A member of the floor, one space, then their surname (or full name): `正会員 南`, `賛助会員　西田`, `組合員 小池`, as an
 * association's 総会 labels those who speak from the floor.
 */
const FLOOR_MEMBER = new RegExp(`^(?<role>(?:正|賛助|特別|一般|個人|法人|準|名誉)会員|${FLOOR_ROLES})[ \u3000](?<name>[${HAN}]{1,4}(?:[ \u3000][${HAN}${KANA}]{1,5})?)$`, 'u');
/** Words after a floor's role that say who of it, never a name: `会員 各位`, `組合員 一同`, `株主 総数`. */
const FLOOR_NOT_NAMES = /^(?:各位|一同|全員|全体|総数|以外|有志|多数|数名|代表|の皆様)/u;
/**
 * A member of the floor after their surname, as an association's or a company's minutes label who speaks from the floor
 * (`野口会員：`, `田村組合員：`, `高木株主：`): the surname, then the role.
 */
const SURNAMED_FLOOR = new RegExp(`^(?<name>[${HAN}]{1,3})(?<role>会員|組合員|株主)$`, 'u');
/** Words before 会員, 組合員 or 株主 that say what kind of member, never a surname (`正会員`, `賛助会員`, `准組合員`, `大株主`). */
const MEMBER_KINDS = /^(?:正|準|准|賛助|特別|一般|個人|法人|団体|名誉|終身|功労|永年|学生|家族|普通|優先|機関|外国|安定|新|旧|元|前|現|非|全|各|大|筆頭|主要|少数|同|他|本|当|総|新規|既存|入会|退会|未|員外|協会|友の)$/u;
/** A member's surname, one space, the given name and 議員, 委員 or 君: `森 康哲議員`, `田中　徹委員`. */
const SPACED_MEMBER = new RegExp(`^(?<surname>[${HAN}]{1,4})[ \u3000](?<given>[${HAN}${KANA}]{1,4})(?<title>議員|委員|君)$`, 'u');

/** The sides of a hearing or an interview, as a record without names labels them (`――…` and the answer below it). */
const INTERVIEW_ROLES = new Set(['聞き手', '回答者', 'インタビュアー']);

/** Split a label into its parts: the reading behind `parseNameLabel`, a pure function of the label. */
function readNameLabel(label: string): NameParts {
	const text = trimSpaces(label);
	const none: NameParts = { name: null, title: null, affiliation: null };
	if (text === '') return none;
	// `一組長`, `３班長`: the head of a numbered 組 or 班 of a residents' association, a post without a person.
	if (NUMBERED_UNIT_HEAD.test(text)) return { name: null, title: text, affiliation: null };
	// `議事課各書記`, `総務課各職員`: every clerk of an office, a post without a person (it had been read as a person named 議事課各).
	const each = EACH_OF_OFFICE.exec(text)?.groups;
	if (each && (STAFF_POST_ALONE.test(each.post ?? '') || /^(?:職員|係員|担当者?)$/u.test(each.post ?? ''))) return { name: null, title: text, affiliation: null };
	// `SPEAKER_00`: a transcription app's speaker it could not name, no body written in capitals.
	if (NUMBERED_SPEAKER.test(text)) return none;
	// `会計担当理事`, `鈴木広報担当理事`: an officer in charge of a part of the business is one post, with the surname before it
	// when there is one (it had been read as a person named 会計担当, a 理事).
	const charge = OFFICER_IN_CHARGE.exec(text)?.groups;
	if (charge) return { name: charge.name ?? null, title: charge.post ?? null, affiliation: null };
	// `武部担当書記`: an assembly's clerk who keeps the committee's record, the surname before the post (it had been read as a
	// person named 武部担当, a 書記).
	const clerk = CLERK_IN_CHARGE.exec(text)?.groups;
	if (clerk?.name && !NOT_SURNAMES.has(clerk.name) && !/[都道府県市区町村課部局室係会]$/u.test(clerk.name)) return { name: clerk.name, title: '担当書記', affiliation: null };
	// `広報委員長`, `体育委員`, `防犯部長` alone: the post of a PTA's or an association's committee or part, no one named (it had
	// been read as a person named 広報, a 委員長).
	if (COMMITTEE_POST.test(text)) return { name: null, title: text, affiliation: null };
	// `伊藤防犯部長`, `北野婦人部長`: a surname and the post of a committee or part of an association (it had been read as a post
	// of no one, `伊藤防犯` a section's name).
	const committee = SURNAMED_COMMITTEE_POST.exec(text)?.groups;
	if (committee?.name && !NOT_SURNAMES.has(committee.name) && !/[都道府県市区町村課部局室係会]$/u.test(committee.name)) return { name: committee.name, title: committee.post ?? null, affiliation: null };
	// `7組　荻野 進`, `３班 田村`: who of a numbered 組, 班 or 区, as a residents' association lists its chair and signers (no one had
	// been named).
	const ofPart = PART_THEN_NAME.exec(text)?.groups;
	const partName = ofPart?.name ?? '';
	if (ofPart && !NOT_SURNAMES.has(partName.split(/[ \u3000]/u)[0] ?? '') && !FLOOR_ROLE_ALONE.test(partName) && !ROLE_TITLES.some((role) => partName.endsWith(role))) return { name: partName, title: null, affiliation: ofPart.part ?? null };
	// `山本　誠一（やまもと・せいいち）　みなみ野市長`: the name's reading in kana, in brackets after it, is no part of the entry.
	const unread = text.replace(NAME_READING, '');
	if (unread !== text && unread.trim() !== '') return readNameLabel(unread);
	// `齋藤隆夫君（續）`, `國務大臣（近衞文麿君）（續）`: a speech taken up again after an interruption, as the Imperial Diet's
	// records mark it; the mark is no part of who speaks (it had been read as an affiliation, 續, or as no one).
	const resumed = CONTINUED.exec(text);
	if (resumed !== null && trimSpaces(text.slice(0, resumed.index)) !== '') return readNameLabel(trimSpaces(text.slice(0, resumed.index)));
	// `管理者（あおい市長　水谷博文君）`: a joint body's post, then the office its holder has in a member town and the name.
	const elsewhere = HELD_BY_OFFICE.exec(text)?.groups;
	if (elsewhere) return { name: (elsewhere.name ?? '').replace(/[ \u3000]+/u, ''), title: elsewhere.post ?? null, affiliation: elsewhere.office ?? null };
	// `議員（3番　東　千代子君）`: a member by the seat and the name in brackets after 議員 (it had been read as no one, the
	// bracket an affiliation, and the turn joined to the words before it).
	const bySeat = MEMBER_BY_SEAT.exec(text)?.groups?.name;
	if (bySeat !== undefined && PERSON_NAME.test(bySeat.replace(/[ \u3000]/u, ''))) return { name: bySeat.replace(/[ \u3000]/u, ' '), title: '議員', affiliation: null };
	// `さいたま市企画政策課長`, `つくば市長`: a municipality whose name is written in kana reads as one written in kanji would.
	const kana = KANA_MUNICIPALITY.exec(text)?.groups;
	if (kana) {
		const parts = readNameLabel(`${PLACE_STAND_IN}${kana.kind}${kana.rest}`);
		const back = (field: string | null): string | null => (field?.startsWith(PLACE_STAND_IN) ? `${kana.stem}${field.slice(PLACE_STAND_IN.length)}` : field);
		return { name: back(parts.name), title: back(parts.title), affiliation: back(parts.affiliation) };
	}
	// `総務部次長兼こども政策課長事務取扱`, `産業振興課長兼務`, `岸田次長事務取扱`: a post held besides another or in charge of its
	// business is read as the post before those words, the words kept in the title (it had been read as no post, or a name).
	const charged = HELD_IN_CHARGE.exec(text)?.groups?.post;
	if (charged !== undefined) {
		const held = readNameLabel(charged);
		if (held.title !== null && held.affiliation === null && held.title.length + (held.name?.length ?? 0) === charged.length) return { ...held, title: `${held.title}${text.slice(charged.length)}` };
	}
	// `（門脇子育て支援課長）`, `（藤原健康福祉部次長兼福祉課長）`: a person and post wholly in brackets, as some assemblies label turns.
	const wholly = WHOLLY_BRACKETED.exec(text)?.groups?.inner;
	if (wholly !== undefined) {
		const inner = readNameLabel(wholly);
		if (inner.name !== null && inner.title !== null) return inner;
	}
	// `参加者（男性）`, `発言者（７０代女性）`, `市民（男性・６０代）`: someone of the floor a record keeps anonymous, told by what they
	// are (the bracket had been read as a name, 男性).
	if (isDescribedAnonymous(text)) return none;
	// `理事長（３０２号室）`, `３０２号室（理事長）`: an owners' association's officer known by their room, as its turns name them
	// (`３０２号室：…`): the room is who they are (it had been read as a member named 理事長 of the room).
	const room = text.length <= 30 ? ROOM_HELD.exec(text)?.groups : undefined;
	const roomPost = room?.post ?? room?.post2 ?? '';
	if (room && ROLE_TITLES.includes(roomPost)) return { name: room.room ?? room.room2 ?? null, title: roomPost, affiliation: null };
	// `組合員（４０２号室）`, `会員（３組・野口）`: a member of the floor with their room or part (and surname) in brackets.
	const floor = FLOOR_LABEL.exec(text)?.groups;
	if (floor) return { name: floor.surname ?? null, title: floor.role ?? null, affiliation: floor.part ?? null };
	// `正会員 南`, `賛助会員　西田`: a member of the floor and their surname.
	const floorMember = FLOOR_MEMBER.exec(text)?.groups;
	const floorName = floorMember?.name ?? '';
	if (floorMember && !FLOOR_NOT_NAMES.test(floorName) && !NOT_SURNAMES.has(floorName.split(/[ \u3000]/u)[0] ?? '') && !isOrganisation(floorName) && !ROLE_TITLES.some((role) => floorName.endsWith(role))) return { name: floorName, title: floorMember.role ?? null, affiliation: null };
	// `野口会員`, `田村組合員`, `高木株主`: a member of the floor after their surname (it had been read as a name, 野口会員, and
	// Markdown minutes had kept the turn as text).
	const surnamedFloor = SURNAMED_FLOOR.exec(text)?.groups;
	const floorSurname = surnamedFloor?.name ?? '';
	if (surnamedFloor && !MEMBER_KINDS.test(floorSurname) && !NOT_SURNAMES.has(floorSurname) && !isOrganisation(floorSurname)) return { name: floorSurname, title: surnamedFloor.role ?? null, affiliation: null };
	// `管理会社　株式会社サンライフ管理　フロント担当　岡本`: what the company is to the association, then the company, the post
	// and the person (as an owners' association lists its managing agent's staff).
	const agent = MANAGING_AGENT.exec(text)?.groups?.rest;
	if (agent !== undefined) {
		const staff = readNameLabel(agent);
		if (staff.name !== null && staff.affiliation !== null) return staff;
		// (`管理会社　さつき管理　担当　松岡`: a company named without its legal form, said to be one by the word before it.)
		const named = managingAgentStaff(agent);
		if (named) return named;
	}
	// `株式会社コスモ住宅管理　担当　宇野氏` among an owners' association's officers: a company by its legal form, the post its staff
	// member holds there and their surname (the company and the post had been read as one affiliation, no post).
	const agentStaff = managingAgentStaff(text);
	if (agentStaff && CORPORATE_FORM_FIRST.test(agentStaff.affiliation)) return agentStaff;
	// `森 康哲議員`: a member's surname, a space, the given name and 議員 (委員, 君), as an assembly writes a one-letter given name
	// (`理事吉野 利明君`, a role before the name, is read below).
	const spacedMember = SPACED_MEMBER.exec(text)?.groups;
	if (spacedMember && !NOT_SURNAMES.has(spacedMember.surname ?? '') && !ROLE_TITLES.some((role) => spacedMember.surname?.startsWith(role)) && !GLUED_POST.test(text)) return { name: `${spacedMember.surname} ${spacedMember.given}`, title: spacedMember.title ?? null, affiliation: null };
	// `３番　上田三郎`, `３番　宮城清議員`: a member by seat and name, as a town's minutes label turns (`○３番　上田三郎　　…`).
	const seated = text.length <= 24 ? SEAT_SPACE_NAME.exec(text)?.groups : undefined;
	const seatedName = seated?.name ?? seated?.honoured ?? '';
	if (seated && PERSON_NAME.test(seatedName.replace(/[ \u3000]/u, '')) && !ROLE_TITLES.includes(seatedName) && readNameLabel(seatedName).title === null) return { name: seatedName.replace(/[ \u3000]/u, ' '), title: '議員', affiliation: null };
	// A role alone (`副委員長`, `委員`) names no one, nor does a local government's head (`市長`, `副市長`, `知事`).
	// (`外務大臣政務官`, `防衛大臣政務官`: a minister's post alone, not 外務 the 大臣政務官, though 外務 reads as a surname.)
	if (ROLE_TITLES.includes(text) || isCompoundRole(text) || EXECUTIVE_POST.test(text) || INTERVIEW_ROLES.has(text) || LATIN_SECTION_POST.test(text) || MINISTER_POST.test(text)) return { ...none, title: text };
	// `角田総務課長ほか`, `佐藤委員外2名`, `内閣府規制改革推進室　次長　他`: the entry and the others with them; the entry is who is named.
	const others = /^(?<entry>.+?)(?:ほか|外|[ \u3000]他)(?:[0-9０-９]{1,3}名)?$/u.exec(text)?.groups?.entry;
	if (others !== undefined && others !== text) {
		const entry = readNameLabel(trimSpaces(others));
		if (entry.name !== null || entry.title !== null) return entry;
	}
	// A roll's heading (`出席並びに欠席委員`, `欠席者`) names no one, as `出席委員` does: no surname opens with 出席 or 欠席.
	if (/^(?:出席|欠席)/u.test(text)) return { ...none, name: text };
	// `番外（助役）`: an official who is no member, named by the post in brackets (older village records).
	// (`番外（市長佐藤壽一君）`: the post and the name in the bracket, as a city's records of the 1940s write them.)
	const outside = OUTSIDE_MEMBER.exec(text)?.groups?.post;
	if (outside !== undefined) {
		const inner = /君$/u.test(outside) ? readNameLabel(outside) : null;
		return inner && inner.name !== null && inner.title !== null && inner.title !== '君' ? inner : { ...none, title: outside };
	}
	// `（日本地域観光推進協会）山口専務理事`: the organisation in brackets before who speaks for it.
	const leading = LEADING_ORGANISATION.exec(text)?.groups;
	if (leading && isOrganisation(leading.org ?? '')) {
		const person = splitPerson(leading.rest ?? '');
		if (person?.name && person.title) return { name: person.name, title: person.title, affiliation: leading.org ?? null };
	}
	// `執行委員　Lee`, `委員 John Smith`, `理事　ウィルソン・ジェームス`: a role, a space, a name in Latin letters or in katakana.
	const foreign = text.length <= 60 ? ROLE_FOREIGN_NAME.exec(text)?.groups : undefined;
	if (foreign && ROLE_TITLES.includes(foreign.role ?? '')) return { name: foreign.name ?? null, title: foreign.role ?? null, affiliation: null };
	// `David Kim委員`, `エマ・ワトソン委員`: a foreign name, then the role (the Latin name's space is no affiliation's end).
	const foreignRole = text.length <= 60 && /[A-Za-zＡ-Ｚａ-ｚ・･＝=]/u.test(text) ? ROLE_TITLES.find((role) => text.endsWith(role) && (FOREIGN_NAME.test(text.slice(0, -role.length)) || INITIALLED_NAME.test(text.slice(0, -role.length)))) : undefined;
	if (foreignRole !== undefined) return { name: text.slice(0, -foreignRole.length), title: foreignRole, affiliation: null };
	// `グエン・ティ・ラン（ベトナム人コミュニティ）`, `Rahul Mehta`, `マリア＝ロペス`: a foreign full name alone, maybe with where the
	// person comes from in brackets (a roll's cell after the post).
	const foreignAlone = text.length <= 60 ? FOREIGN_FULL_NAME.exec(text)?.groups : undefined;
	if (foreignAlone) return { name: foreignAlone.name ?? null, title: null, affiliation: foreignAlone.from ?? null };
	// `Ａ．ミラー`, `Ｄｒ．ＬＥＥ`: a foreign name after an initial or a title, alone.
	if (text.length <= 40 && INITIALLED_NAME.test(text)) return { ...none, name: text };
	// `（委員）岡部 光`, `（副会長）大野 久美子（委任状提出）`: a role in brackets before its holder's full name.
	const roleFirst = readLeadingRole(text);
	if (roleFirst && ROLE_TITLES.includes(roleFirst.role) && (isSpacedFullName(roleFirst.name) || LATIN_PERSON.test(roleFirst.name))) return { name: roleFirst.name, title: roleFirst.role, affiliation: null };
	// `質疑（石津委員）`, `答弁（就農支援課長）`: what the turn is, then who speaks.
	const typed = TYPED_TURN.exec(text);
	if (typed?.groups) return parseNameLabel(typed.groups.inner ?? '');
	// An anonymised member names nobody: its role only (never an organisation).
	const anonymised = ANONYMISED.exec(text.normalize('NFKC'));
	if (anonymised?.groups) return { ...none, title: anonymised.groups.role ?? anonymised.groups.before ?? anonymised.groups.after ?? null };
	const masked = text.length <= 40 ? MASKED.exec(matchForm(text).replace(/[\s\u3000]+/gu, '')) : null;
	if (masked?.groups) return { ...none, title: masked.groups.role ?? null };
	// (Tried only on a label that ends with 】: on a long run of spaces the pattern backtracks over every split of it.)
	const lenticular = text.endsWith('】') ? LENTICULAR_ROLE.exec(text) : null;
	if (lenticular?.groups) {
		const head = parseNameLabel(lenticular.groups.head ?? '');
		if (head.name !== null) return { ...head, title: lenticular.groups.role ?? head.title };
	}
	// `財務部長(古川勝也)`, `庶務議事課長(中谷善治)`: a post, then who holds it in brackets (a full name).
	const held = POST_HOLDER.exec(text)?.groups;
	// (`教育長（中村花子君）`, with 君 or 議員 in the bracket, is read below.)
	const holder = (held?.name ?? '').replace(/[ \u3000]+/u, ' ');
	if (held && ![...BRACKET_SUFFIXES, '様'].some((suffix) => holder.endsWith(suffix)) && !isOrganisation(holder) && !NOT_SURNAMES.has(holder) && !BRACKET_WORDS.has(holder) && !POST_FIELD.test(holder) && !ROLE_TITLES.includes(holder) && !OFFICE_ENDINGS.test(holder)) {
		const post = readNameLabel(held.post ?? '');
		if ((post.name === null && post.title === held.post) || SECTION_HEAD.test(held.post ?? '')) return { name: holder, title: held.post ?? null, affiliation: null };
	}
	// `委員(教育長) 尾崎 完治`, `委員(教育長職務代理者) 井上 康輝`: a member and the office held among the members, then the
	// name (an education board's roll): the person, with that office.
	const office = /^(?<post>委員|構成員|理事|役員)[（(](?<role>[^（()）\s\u3000]{2,12})[）)][\s\u3000]+(?<rest>\S.*)$/u.exec(text)?.groups;
	if (office) {
		const person = POST_THEN_NAME.exec(`${office.post} ${office.rest}`)?.groups;
		// (`理事（広報担当）　林　守`: the field the member covers, no office of its own; the post keeps it.)
		if (person?.name && person.role === undefined && person.org === undefined) return { name: person.name, title: POST_FIELD.test(office.role ?? '') ? `${office.post}（${office.role}）` : (office.role ?? null), affiliation: null };
	}
	// `監査委員（識見）　小川　美紀`, `監査委員（議会選出）　石井　健太`: a post, what kind of holder in brackets, then a full name.
	const qualified = text.length <= 60 ? QUALIFIED_POST_NAME.exec(text)?.groups : undefined;
	// (`参事（企画担当）　山口　誠`: an official's post, the field it covers in brackets.)
	if (qualified && (ROLE_TITLES.includes(qualified.post ?? '') || POST_ENDS_AS_MEMBER.test(qualified.post ?? '') || (POST_FIELD.test(qualified.kind ?? '') && isPostAlone(qualified.post ?? ''))) && isSpacedFullName(qualified.name ?? '') && !BRACKET_WORDS.has(qualified.kind ?? '')) {
		return { name: (qualified.name ?? '').replace(/[ \u3000]+/u, ' '), title: `${qualified.post}（${qualified.kind}）`, affiliation: null };
	}
	const posted = POST_THEN_NAME.exec(text);
	// `企画官　林`, `課長　森`: a surname of one letter after a post that reads as a post alone (no honorific, no `長` of a post).
	const oneLetter = posted?.groups?.one !== undefined;
	const postAlone = !oneLetter || (!HONORIFICS.includes(posted?.groups?.one ?? '') && !BRACKET_WORDS.has(posted?.groups?.one ?? '') && !/^[長員官]$/u.test(posted?.groups?.one ?? '') && (ROLE_TITLES.includes(posted?.groups?.post ?? '') || isPostAlone(posted?.groups?.post ?? '') || COMMITTEE_POST.test(posted?.groups?.post ?? '')));
	if (posted?.groups && postAlone && (posted.groups.org === undefined || isOrganisation(posted.groups.org) || CORPORATE_FORM_FIRST.test(posted.groups.org)) && !isOrganisation(posted.groups.name ?? '')) {
		const role = posted.groups.role;
		// `東都大学大学院准教授　川村　恵`: a university's post after its name, the university the affiliation.
		const academic = role === undefined && posted.groups.org === undefined ? ACADEMIC_POST.exec(posted.groups.post ?? '')?.groups : undefined;
		if (academic?.school && (isOrganisation(academic.school) || SCHOOL_ENDING.test(academic.school))) return { name: posted.groups.name ?? null, title: academic.title ?? null, affiliation: academic.school };
		// (`総代　岡崎　康夫　第２地区`: the district a cooperative's 総代 stands for.)
		if (role === undefined) return { name: posted.groups.name ?? null, title: posted.groups.post ?? null, affiliation: posted.groups.org ?? posted.groups.district ?? null };
		if (ROLE_TITLES.includes(role)) return { name: posted.groups.name ?? null, title: `${posted.groups.post}（${role}）`, affiliation: posted.groups.org ?? null };
		// `幹事長　大曽根　聡（内閣審議官）`: the post held at the meeting, then the person's own office in brackets.
		if (posted.groups.org === undefined && OFFICE_ENDINGS.test(role)) return { name: posted.groups.name ?? null, title: posted.groups.post ?? null, affiliation: role };
	}
	const bracketed = splitPostAndBracketedName(text);
	if (bracketed) return bracketed;
	// `大臣官房審議官（公共交通政策）`: a post with the field it covers in brackets, held by no one named.
	const field = splitTrailingBracket(text);
	if (field && field.head !== '' && POST_FIELD.test(field.inner)) {
		const head = parseNameLabel(field.head);
		if (head.name === null && head.title === field.head && OFFICE_ENDINGS.test(field.head)) return { name: null, title: text, affiliation: null };
	}
	// `副委員長・三浦`, `執行委員・上田`: the role, then the surname after ・ (a union's minutes in brackets before the words).
	const roleDot = ROLE_DOT_SURNAME.exec(text)?.groups;
	if (roleDot && (ROLE_TITLES.includes(roleDot.role ?? '') || isPostAlone(roleDot.role ?? '')) && !OFFICE_ENDINGS.test(roleDot.name ?? '') && !ROLE_TITLES.includes(roleDot.name ?? '')) return { name: roleDot.name ?? null, title: roleDot.role ?? null, affiliation: null };
	// `山口（美）委員`: a surname told apart from another member's by a character of the given name, then the role.
	const told = TOLD_APART.exec(text)?.groups;
	// (An official's post after the bracket too: `鈴木(美)保健所長`, `田中（一）総務課長`; the Diet's roles, `鈴木（俊）国務大臣`.)
	if (told && (ROLE_TITLES.includes(told.role ?? '') || isPostAlone(told.role ?? '') || DIET_ROLE.test(told.role ?? '') || isMinisterPost(told.role ?? ''))) return { name: `${told.surname}（${told.initial}）`, title: told.role ?? null, affiliation: null };
	// `鈴木(良)`, `鈴木(良)（SE）`: the same without a role, maybe with what they do in brackets (and `(記)`, who writes the minutes).
	const toldOnly = TOLD_APART_BARE.exec(text)?.groups;
	if (toldOnly && !NOT_INITIALS.test(toldOnly.initial ?? '') && !/[君氏様]$/u.test(toldOnly.surname ?? '') && !isOrganisation(toldOnly.surname ?? '') && !NOT_SURNAMES.has(toldOnly.surname ?? '')) return { name: `${toldOnly.surname}（${toldOnly.initial}）`, title: null, affiliation: toldOnly.affiliation ?? null };
	// `大野 部長`, `川上 課長（情報システム課）`: a surname, a space, a company's or an office's post (its department in brackets).
	const spacedPost = SURNAME_SPACE_POST.exec(text)?.groups;
	if (spacedPost && isPostWord(spacedPost.post ?? '') && !isOrganisation(spacedPost.surname ?? '') && !NOT_SURNAMES.has(spacedPost.surname ?? '')) return { name: spacedPost.surname ?? null, title: spacedPost.post ?? null, affiliation: spacedPost.affiliation ?? null };
	// `白石孝雄 議長`, `中川 次郎 議員`: a full name, one space, the post (the whole had been read as one name, or as no one).
	const namePost = NAME_SPACE_POST.exec(text)?.groups;
	const fullName = namePost?.name ?? '';
	if (namePost && (namePost.post === '議員' || isPostAlone(namePost.post ?? '')) && !isOrganisation(fullName) && !NOT_SURNAMES.has(fullName) && !OFFICE_ENDINGS.test(fullName)) {
		const asName = readNameLabel(fullName);
		if (asName.title === null && asName.affiliation === null) return { name: fullName, title: namePost.post ?? null, affiliation: null };
	}
	// `全国商店街振興組合連合会（小松専務理事）`: an organisation, then who speaks for it in brackets (a company by its name in
	// Latin letters too, `ＮＴＴ東日本（鈴木部長）`).
	const spokesperson = splitTrailingBracket(text);
	if (spokesperson && spokesperson.head !== '' && (isOrganisation(spokesperson.head) || LATIN_START.test(spokesperson.head))) {
		const person = splitPerson(spokesperson.inner);
		if (person?.title) return { name: person.name, title: person.title, affiliation: spokesperson.head };
	}
	// `委員長野村 有信君` (a roll that writes the post against the name): the post, then the name and 君.
	const glued = GLUED_POST.exec(text);
	if (glued?.groups) return { name: readPaddedName(glued.groups.name ?? '') || null, title: glued.groups.post ?? null, affiliation: null };
	// `秋田 一郎君`: a full name with one space, then an honorific (not an affiliation before a person).
	const honoured = HONOURED_FULL_NAME.exec(text);
	if (honoured?.groups && !isOrganisation(honoured.groups.surname ?? '') && !NOT_SURNAMES.has(honoured.groups.surname ?? '')) {
		return { name: `${honoured.groups.surname}${honoured.groups.gap}${honoured.groups.given}`, title: honoured.groups.title ?? null, affiliation: null };
	}
	// `技術部 西田`, `総務課　佐藤 花子`: a company's or an office's department, a space, the person (the department had been
	// read as a surname, `技術部 西田` one person's full name, or the whole left nameless).
	const unitName = UNIT_NAME.exec(text)?.groups;
	if (unitName && isDepartmentPost(unitName.unit ?? '') && !splitPerson(unitName.name ?? '')?.title && !OFFICE_ENDINGS.test(unitName.name ?? '') && !isPostWord((unitName.name ?? '').split(/[ \u3000]/u)[0] ?? '')) return { name: unitName.name ?? null, title: null, affiliation: unitName.unit ?? null };
	const roled = splitSpacedNameAndRole(text);
	if (roled) return roled;
	const spaced = splitSpacedName(text);
	if (spaced) return spaced;
	const listed = splitListedMember(text);
	if (listed) return listed;
	// `物流部 部長 大野`, `総務課　係長　森`: a department, its post and the surname of who holds it, a space apart.
	const posted3 = DEPARTMENT_POST_NAME.exec(text)?.groups;
	if (posted3 && isPostWord(posted3.post ?? '') && !isOrganisation(posted3.name ?? '')) return { name: posted3.name ?? null, title: posted3.post ?? null, affiliation: posted3.unit ?? null };
	// `NTT 松原氏`, `JPCERT コーディネーションセンター 小宮山氏`: affiliation, space, person.
	const space = /^(?<before>.+)[\s\u3000]+(?<after>\S+)$/u.exec(text);
	if (space?.groups) {
		const before = trimSpaces(space.groups.before ?? '');
		const person = splitPerson(space.groups.after ?? '') ?? kanaSectionPerson(space.groups.after ?? '');
		if (person && (person.title !== null || LATIN.test(before) || isOrganisation(before))) {
			return { name: person.name, title: person.title, affiliation: person.affiliation ?? before };
		}
		// `事務局 医政局地域医療計画課長`: an organisation, then a post without a person.
		const after = space.groups.after ?? '';
		if (!person && isOrganisation(before) && OFFICE_ENDINGS.test(after) && isPost(after)) return { ...none, title: after, affiliation: before };
	}
	const latin = LATIN_PREFIX.exec(text);
	if (latin?.groups) {
		const person = splitPerson(latin.groups.rest ?? '');
		if (person?.title) return { ...person, affiliation: person.affiliation ?? latin.groups.affiliation ?? null };
	}
	const person = splitPerson(text);
	if (person) return person;
	const kanaPost = kanaSectionPerson(text);
	if (kanaPost) return kanaPost;
	const sitting = splitSittingPost(text);
	if (sitting) return sitting;
	// `質問者A`, `参加者Ｂ`: someone a transcript keeps anonymous by a letter, no one's name and no organisation.
	if (ANONYMOUS_BY_LETTER.test(text)) return none;
	if (isOrganisation(text) || (LATIN.test(text) && !/\s/u.test(text))) return { ...none, affiliation: text };
	// `Yuko Fujimoto`: a name in Latin letters, as an online meeting's account shows it (given name and surname, capitalised).
	if (LATIN_PERSON.test(text)) return { ...none, name: text };
	// A post without a person (大臣官房審議官): a title, never a guessed name.
	if (OFFICE_ENDINGS.test(text)) return isPost(text) ? { ...none, title: text } : none;
	// (`開催通知`, `出席者名簿`: a document's word, no one's name.)
	if (PERSON_NAME.test(text) && !DOCUMENT_ENDING.test(text)) return { ...none, name: text };
	return none;
}

/** How the name of a company's or an office's unit ends: `技術部`, `総務課`, `情報システム室`, `大阪支店`. */
const UNIT_END = '(?:部|課|室|局|係|センター|グループ|チーム|事業所|支店|本部)';
/** A department and a surname or full name, a space apart: `技術部 西田`, `総務課　佐藤 花子`. */
const UNIT_NAME = new RegExp(`^(?<unit>[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10}${UNIT_END})[ \\u3000]+(?<name>[${HAN}]{1,4}(?:[ \\u3000][${HAN}${KANA}]{1,5})?)$`, 'u');

/** A department, a post and a surname or full name, a space between each: `物流部 部長 大野`. */
const DEPARTMENT_POST_NAME = new RegExp(`^(?<unit>[^\\s\\u3000]{1,20}${UNIT_END})[ \\u3000]+(?<post>[^\\s\\u3000]{1,10})[ \\u3000]+(?<name>[${HAN}]{1,4}(?:[ \\u3000][${HAN}${KANA}]{1,5})?)$`, 'u');

/** A word that is a post or role alone: `部長`, `係長`, `主任`, `理事`. */
function isPostWord(word: string): boolean {
	return ROLE_TITLES.includes(word) || BARE_POST.test(word) || /^(?:主任|主査|主幹|参事|課長補佐|係員|担当|技師|主事|マネージャー|リーダー)$/u.test(word);
}

/** True when a text reads as an official's post and nothing else (`保健所長`, `総務課長`): no person in it. */
function isPostAlone(text: string): boolean {
	if (!OFFICE_ENDINGS.test(text)) return false;
	const parts = parseNameLabel(text);
	return parts.name === null && parts.title === text;
}

/** True when a text is a post without a person: it starts with an office, department or bureau word. */
function isPost(text: string): boolean {
	return OFFICE_WORDS.some((word) => text.startsWith(word)) || isDepartmentPost(text) || BUREAU_POST.test(text) || SECTION_POST.test(text);
}

/** A section's name before a generic post (`保育課長`, `財政課長`): in a roll's cell before a name, the post of that name, not a person. */
const SHORT_SECTION_POST = new RegExp(`^\\p{Script=Han}{2,}(?:${GENERIC_POSTS})$`, 'u');

/** True when a cell of a roll is a section's post (`保育課長`) rather than a surname with a post; only a name in the next cell tells. */
export function isSectionPost(text: string): boolean {
	return SHORT_SECTION_POST.test(text);
}

/** True when a label reads as a person with a role or post (used to tell speakers from other text). */
export function isPersonLabel(label: string): boolean {
	const parts = parseNameLabel(label);
	return parts.name !== null && parts.title !== null;
}

/** A transcription app's speaker it could not name: `参加者 3`, `話者1`, `Speaker 2`, WhisperX's `SPEAKER_00`. */
const NUMBERED_SPEAKER = /^(?:(?:参加者|話者|発言者|発話者|スピーカー|Speaker|Participant)[ \u3000]?[0-9０-９]{1,3}|SPEAKER_[0-9]{1,3})$/u;

/** True for a transcription app's numbered speaker (`参加者 3`, `話者1`), with the time into the recording after it when `stamped` (`参加者 3 01:52`). */
export function isNumberedSpeaker(text: string, stamped = false): boolean {
	if (!stamped) return NUMBERED_SPEAKER.test(text);
	// (Only a short text is looked at: the pattern run over a long line of spaces would take time growing with its square.)
	if (text.length > 30) return false;
	const clock = /[ \u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/u.exec(text);
	return clock !== null && NUMBERED_SPEAKER.test(text.slice(0, clock.index));
}

/** A particle between words (`理事会は7月`, `集合を15時`): words of a sentence, not a name. */
const SENTENCE_PARTICLE = /[\p{Script=Han}\p{Script=Katakana}ー）)][はをがにでへ][\p{Script=Han}\p{Script=Katakana}0-9０-９]/u;

/**
 * Whether what stands before a colon at a transcript line's or a caption's start is who speaks: not a clock time cut at
 * its colon (`当日の集合は15:30で…`, `盆踊りは18:00から…`) nor the words of a sentence (`次回の理事会は7月20日：場所は…`),
 * as captions without speakers hold them.
 */
export function speaksBeforeColon(label: string, text: string): boolean {
	if (/[0-9０-９]$/u.test(label) && /^[0-9０-９]/u.test(text)) return false;
	return !SENTENCE_PARTICLE.test(label);
}
