/** Message keys of the framework's text; see the scheme in types.ts. */
import type { Effort, Level, OwnerRole, PrincipleId, StepLevel } from './types';

export const principleTitleKey = (id: PrincipleId) => `principle.${id}.title`;
export const principleShortKey = (id: PrincipleId) => `principle.${id}.short`;
export const principleSummaryKey = (id: PrincipleId) => `principle.${id}.summary`;
export const questionTextKey = (id: string) => `question.${id}.text`;
export const questionWhyKey = (id: string) => `question.${id}.why`;
export const levelKey = (id: string, level: Level) => `question.${id}.level.${level}`;
export const stepKey = (id: string, fromLevel: StepLevel) => `question.${id}.step.${fromLevel}`;
export const referenceKey = (id: string) => `reference.${id}`;
export const bandNameKey = (level: Level) => `scale.${level}.name`;
export const bandDescriptionKey = (level: Level) => `scale.${level}.description`;
/** How to read the scale (levels are cumulative). */
export const scaleNoteKey = 'scale.note';
export const roleKey = (role: OwnerRole) => `role.${role}`;
export const effortKey = (effort: Effort) => `effort.${effort}`;
