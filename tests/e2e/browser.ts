import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian's Chromium lives; `.ci/run` installs it with apt. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Debian's package of a Japanese font for the bench's Chromium: Noto Sans CJK JP, a family the site's font
 * stack names, as a reader's phone or computer has one. Without any Japanese font Chromium looks through every
 * font for each character it lays out and draws boxes, which is neither what readers see nor how long it takes
 * them. (The browser tests need none: they inherit the project's fontconfig, see global-setup.ts.)
 */
export const japaneseFontPackage = 'fonts-noto-cjk';

/** The families in `fc-list … family` output: the first name of each line, once each, sorted. */
export function fontFamilies(output: string): string[] {
	const families = output
		.split('\n')
		.map((line) => line.split(',')[0]!.replace(/\\/g, '').trim())
		.filter((family) => family !== '');
	return [...new Set(families)].sort();
}

/** Installed font families that cover Japanese (fontconfig's `fc-list :lang=ja`); none when fontconfig's tools are missing. */
export function japaneseFonts(): string[] {
	const listed = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
	return listed.status === 0 ? fontFamilies(listed.stdout) : [];
}

const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** A running browser with a throwaway profile, and how to dispose of both. */
export interface BrowserSession {
	context: BrowserContext;
	close: () => Promise<void>;
}

/** The screen a session emulates: viewport size and the reader's colour scheme. */
export interface Screen {
	width: number;
	height: number;
	colorScheme?: 'light' | 'dark';
	/** A touch screen (a phone's: `pointer: coarse`, touch events, the mobile viewport). */
	touch?: boolean;
}

/** A phone (390×844) and a desktop (1280×800) screen, the widths pages are checked at. */
export const screens = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 800 },
} as const satisfies Record<string, Screen>;

/** Launch headless Debian Chromium with a fresh temporary profile (desktop size and light scheme unless told). */
export async function launchBrowser(screen: Screen = screens.desktop): Promise<BrowserSession> {
	const profile = await mkdtemp(join(tmpdir(), 'minutes-e2e-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		args: chromiumArgs,
		viewport: { width: screen.width, height: screen.height },
		colorScheme: screen.colorScheme ?? 'light',
		locale: 'ja-JP',
		...(screen.touch ? { hasTouch: true, isMobile: true } : {}),
	});
	return {
		context,
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
	};
}

/** Problems seen while a page was open: dialogs (alert/confirm) and uncaught script errors. */
export interface PageWatch {
	dialogs: string[];
	pageErrors: string[];
}

/** Open a new page that records (and dismisses) every dialog and uncaught error. */
export async function openPage(session: BrowserSession): Promise<{ page: Page; watch: PageWatch }> {
	const page = await session.context.newPage();
	const watch: PageWatch = { dialogs: [], pageErrors: [] };
	page.on('dialog', (dialog) => {
		watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss().catch(() => {});
	});
	page.on('pageerror', (error) => watch.pageErrors.push(error.message));
	return { page, watch };
}

/**
 * Lay out every remark of a meeting page now: the page lays out and draws a remark far from the screen only when it comes near
 * (`content-visibility: auto`, a guessed size until then), so a test that measures remarks all over the page, or scrolls to where
 * it measured one, draws them all first.
 */
export function drawAllRemarks(page: Page): Promise<void> {
	return page.evaluate(() => {
		for (const remark of document.querySelectorAll<HTMLElement>('.remark')) remark.style.contentVisibility = 'visible';
	});
}

/** True when the element's bounding box lies (at least partly, top edge included) inside the viewport. */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.height > 0 && box.top >= 0 && box.top < window.innerHeight && box.bottom > 0;
	});
}

/**
 * Whether the element lies wholly inside what the screen shows of the page (the visual viewport, which an on-screen keyboard
 * shrinks), to the pixel; `firstLine`: its first line does (words found that run on to a second line).
 */
export function isShown(page: Page, selector: string, firstLine = false): Promise<boolean> {
	return page.locator(selector).evaluate((element, first) => {
		const box = first ? element.getClientRects()[0]! : element.getBoundingClientRect();
		const view = window.visualViewport!;
		return box.height > 0 && box.top >= view.offsetTop - 1 && box.bottom <= view.offsetTop + view.height + 1;
	}, firstLine);
}
