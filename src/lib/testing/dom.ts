/** jsdom has no modal dialogs: enough of showModal()/close() for components that use them. */
export function stubDialogs(): void {
	const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
	if (typeof proto.showModal === 'function') return;
	proto.showModal = function (this: HTMLDialogElement) {
		this.setAttribute('open', '');
	};
	proto.close = function (this: HTMLDialogElement) {
		this.removeAttribute('open');
	};
}
