/** Add a "copy link" button next to every remark permalink (progressive enhancement; browser only). */
export function enhanceCopyLinks(root: ParentNode): void {
	if (!navigator.clipboard) return;
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	document.body.append(status);
	for (const permalink of root.querySelectorAll<HTMLAnchorElement>('.remark a.permalink')) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-link';
		button.textContent = 'リンクをコピー';
		button.addEventListener('click', async () => {
			const url = new URL(permalink.href);
			url.search = '';
			try {
				await navigator.clipboard.writeText(url.href);
				button.textContent = 'コピーしました';
				status.textContent = 'この発言へのリンクをコピーしました';
			} catch {
				button.textContent = 'コピーできませんでした';
			}
			setTimeout(() => (button.textContent = 'リンクをコピー'), 2000);
		});
		permalink.after(button);
	}
}
