/**
 * An online meeting's invitation left above its minutes (Zoom's `トピック: …` / `時刻: 2024年6月3日 07:30 PM 大阪、札幌、東京` /
 * `Zoomミーティングに参加する` / the link / `ミーティングID: …` / `パスコード: …`, Teams' `Microsoft Teams 会議` / `件名：…` /
 * `会議 ID: …`): the topic is the minutes' title, the time their date field (in the 24-hour clock, without the time zone),
 * the service their place, and the rest (links, IDs, passcodes, dial-in numbers) no part of the minutes.
 */
import type { SourceLine } from './normalize.ts';
import { trimSpaces } from './normalize.ts';
import { matchSectionLine } from './sections.ts';

/** The service's own line: `Zoomミーティングに参加する`, `Microsoft Teams 会議`, `Join Zoom Meeting`, `Google Meet に参加する`. */
const SERVICE_LINE =
	/^(?:(?<teams>Microsoft\s*Teams)\s*(?:会議|ミーティング|meeting|Meeting)?(?:に参加(?:する)?)?|(?<zoom>Zoom)\s*ミーティング(?:に参加する|に招待されています)?|Join\s+(?<zoomEn>Zoom)\s+Meeting|(?<webex>Webex)\s*(?:ミーティング|会議|meeting|Meeting)(?:に参加(?:する)?)?|(?<meet>Google\s*Meet)\s*(?:に参加(?:する)?|の参加情報|ビデオ通話のリンク)?|.{0,40}(?:が|さんが)?(?:あなたを)?(?:予約された)?(?<invitedTo>Zoom|Teams|Webex)\s*ミーティングに(?:あなたを)?招待しています。?)$/iu;
/** The invitation's other lines: the meeting's ID and passcode, its links and dial-in numbers, Teams' help and options. */
const INVITATION_LINE =
	/^(?:(?:ミーティング|会議|Meeting|Conference)\s*ID\s*[:：]\s*[0-9][0-9\s]{5,}|(?:パスコード|パスワード|Passcode|Password)\s*[:：]\s*\S{1,40}|https?:\/\/\S+|<https?:\/\/\S+>|(?:ワンタップモバイル|所在地でダイヤル|ダイヤルイン|One tap mobile|Dial by your location|Find your local number)(?:[:：].*)?|ミーティングIDを(?:検索|お探し).*|(?:今すぐ)?会議に参加するには(?:ここを)?クリック(?:してください)?。?|(?:今すぐ)?会議に参加する|(?:会議の)?オプション|詳細情報|ヘルプ|Microsoft Teams\s*ヘルプが必要ですか[?？]?|\+?[0-9][0-9\s,#*]{9,}(?:\s+\S{1,20})?|[_＿]{10,})$/iu;
/** The topic's field: the minutes' title. */
const TOPIC = /^(?:トピック|Topic|件名|会議名)\s*[:：]\s*(?<title>\S.*)$/iu;
/** The time's field (`時刻: 2024年6月3日 07:30 PM 大阪、札幌、東京`, `日時：… (UTC+09:00) 大阪、札幌、東京`). */
const TIME_FIELD = /^(?:時刻|日時|Time)\s*[:：]\s*(?<when>\S.*)$/iu;
/** A time zone after the time: `(UTC+09:00) 大阪、札幌、東京`, `Osaka, Sapporo, Tokyo`, `JST`. */
const TIME_ZONE = /[\s\u3000]*(?:[(（]\s*(?:UTC|GMT)\s*[+＋]\s*0?9:?00\s*[)）])?[\s\u3000]*(?:大阪、札幌、東京|Osaka,\s*Sapporo,\s*Tokyo|東京|Tokyo|JST|日本時間)?[\s\u3000]*$/u;
/** A clock in the 12-hour form (`07:30 PM`, `7:30pm`, `10:00 A.M.`). */
const TWELVE_HOUR = /(?<![0-9])(?<hour>[0-9]{1,2})[:：](?<minute>[0-9]{2})\s*(?<half>[AaPp])\.?\s*[Mm]\.?(?![A-Za-z])/gu;
/** Lines with text from the top within which an invitation stands. */
const INVITATION_LINES = 25;

/** `07:30 PM` → `19:30`, `12:15 AM` → `00:15`. */
function to24Hour(text: string): string {
	return text.replace(TWELVE_HOUR, (_match, hour: string, minute: string, half: string) => {
		const h = Number(hour) % 12 + (/[Pp]/u.test(half) ? 12 : 0);
		return `${String(h).padStart(2, '0')}:${minute}`;
	});
}

/** The service a line names, as a place (`オンライン（Zoom）`). */
function serviceName(groups: Record<string, string | undefined>): string {
	if (groups.teams) return 'Microsoft Teams';
	if (groups.webex) return 'Webex';
	if (groups.meet) return 'Google Meet';
	return groups.invitedTo === 'Teams' ? 'Microsoft Teams' : (groups.invitedTo ?? 'Zoom');
}

/**
 * The lines with an online meeting's invitation at the top rewritten (topic → title, time → `日時`, service → `場所`) and
 * its links, IDs and passcodes blanked, line numbers kept; null when the file opens with no invitation (at least the
 * service's line or an ID, with a passcode, a link or a topic).
 */
export function rewriteInvitation(lines: readonly SourceLine[]): { lines: SourceLine[]; first: number; count: number } | null {
	const top: number[] = [];
	for (let index = 0; index < lines.length && top.length < INVITATION_LINES; index++) if ((lines[index]?.text.trim() ?? '') !== '') top.push(index);
	const text = (index: number): string => trimSpaces(lines[index]?.text ?? '');
	const services = top.filter((index) => SERVICE_LINE.test(text(index)));
	const others = top.filter((index) => INVITATION_LINE.test(text(index)));
	const ids = others.filter((index) => /ID\s*[:：]/iu.test(text(index)));
	const topic = top.find((index) => TOPIC.test(text(index)));
	if (services.length + ids.length === 0 || services.length + others.length + (topic === undefined ? 0 : 1) < 2) return null;
	const rewritten = lines.map((source) => ({ ...source }));
	const blanked = [...services, ...others].sort((a, b) => a - b);
	for (const index of blanked) rewritten[index]!.text = '';
	// The service is the place, written on the first of those lines below the title (the topic, else the file's first line).
	const service = services.length > 0 ? SERVICE_LINE.exec(text(services[0]!))?.groups : undefined;
	const titleAt = topic ?? top.find((index) => !blanked.includes(index)) ?? -1;
	const placeAt = blanked.find((index) => index > titleAt);
	const placed = service !== undefined && placeAt !== undefined && !top.some((index) => matchSectionLine(lines[index]?.text ?? '')?.key === 'location');
	if (placed) rewritten[placeAt]!.text = `場所：オンライン（${serviceName(service)}）`;
	if (topic !== undefined) rewritten[topic]!.text = TOPIC.exec(text(topic))?.groups?.title?.trim() ?? text(topic);
	for (const index of top) {
		const when = TIME_FIELD.exec(text(index))?.groups?.when;
		if (when) rewritten[index]!.text = `日時：${to24Hour(when).replace(TIME_ZONE, '')}`;
	}
	return { lines: rewritten, first: lines[blanked[0]!]?.line ?? 1, count: blanked.length - (placed ? 1 : 0) };
}
