/**
 * What the combine page shows once the session has participants (the coverage warning, the
 * flagged questions' queue, the question table, the adoption panel), one step away from the
 * page: SvelteKit preloads the styles of every component a page imports dynamically, so the page
 * imports this module instead, and a first visit loads none of their code or styles.
 */
export const loadCoverageWarning = () => import('./CoverageWarning.svelte');
export const loadFlaggedQueue = () => import('./FlaggedQueue.svelte');
export const loadQuestionTable = () => import('./QuestionTable.svelte');
export const loadAdoptPanel = () => import('./AdoptPanel.svelte');
