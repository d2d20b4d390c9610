/**
 * The presenter view's screens between the questions: a principle's overview and the end. They
 * load when the view first moves to one (or opens on one), which keeps them out of the first load.
 */
export { default as PresenterEnd } from './PresenterEnd.svelte';
export { default as PrincipleOverview } from './PrincipleOverview.svelte';
