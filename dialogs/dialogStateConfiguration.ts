import type { TurnContext } from 'botbuilder';
import type { DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { DialogsComponentRegistration } from 'botbuilder-dialogs/lib/dialogsComponentRegistration';

/** Where botbuilder-dialogs' DialogStateManager looks for its configuration in turn state (memory/dialogStateManager.js). */
export const DIALOG_STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * The dialog system's memory scopes and path resolvers, built once. Unless turn state already holds
 * them, botbuilder-dialogs builds them afresh on every turn (a service collection and a dozen scope
 * objects); they keep nothing of a turn (each reads the turn's memory from the dialog context), so
 * one set serves every turn.
 */
export function createDialogStateConfiguration(): DialogStateManagerConfiguration {
  const dialogs = new DialogsComponentRegistration();
  return { memoryScopes: dialogs.getMemoryScopes(), pathResolvers: dialogs.getPathResolvers() };
}

/** Hands the turn the configuration built once; call before the turn's first dialog context is created. */
export function useDialogStateConfiguration(context: TurnContext, configuration: DialogStateManagerConfiguration): void {
  context.turnState.set(DIALOG_STATE_CONFIGURATION_KEY, configuration);
}
