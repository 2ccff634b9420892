/**
 * Saves generated text as a file in the browser: a Blob behind a temporary object URL,
 * so the download is exactly the rows on screen with no server involved.
 */
export function downloadText(text: string, fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a tick later is safe.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
